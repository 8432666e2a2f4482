/**
 * How long re-anchoring takes on a visit: saves N passages of a demo article (every
 * sentence-like stretch of its paragraphs, through the content script's own save path),
 * reloads, and reads the content script's `glosa-anchoring` performance measure (User
 * Timing entries are shared by the page's worlds). The measure is wall time from the
 * start of reading the page text (in slices that yield to the page) to the last anchor. Run after `npm run build`: `npx tsx scripts/bench-highlights.ts [N] [--big]`, where
 * `--big` uses the benchmark's generated 2 MB news page instead of a demo article.
 */
import { benchPagePath, generateNewsPage } from './bench-page.ts';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const wanted = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 50);
const big = process.argv.includes('--big');
const path = big ? benchPagePath : '/left-on-the-move-coup.html';

const html = big ? generateNewsPage() : '';
const server = await startStaticServer(
  undefined,
  0,
  big ? new Map([[benchPagePath, () => html]]) : new Map(),
);
const context = await launchChromium({ viewport: { width: 1280, height: 900 } });
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(() => CSS.highlights.has('glosa-saved'));
  const count = await page.evaluate(() => document.querySelectorAll('article p, main p, p').length);
  let saved = 0;
  for (let i = 0; i < count && saved < wanted; i++) {
    // The first 60 characters of paragraph i (or all of it) as the selection.
    const selected = await page.evaluate((index) => {
      const paragraph = document.querySelectorAll('p')[index];
      const text = paragraph?.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE || (text as Text).data.trim().length < 30) return false;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(60, (text as Text).data.length));
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return true;
    }, i);
    if (!selected) continue;
    const ok = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
      const [tab] = await chrome.tabs.query({ active: true });
      const reply = (await chrome.tabs.sendMessage(
        tab?.id as number,
        { glosa: 'save-selection', payload: {} },
        { frameId: 0 },
      )) as { ok: boolean; value?: { saved: boolean } };
      return reply.ok && reply.value?.saved === true;
    });
    if (ok) saved++;
  }
  const timings: number[] = [];
  for (let run = 0; run < 5; run++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('glosa-anchoring').length > 0, undefined, {
      timeout: 60_000,
    });
    await page.waitForFunction((n) => (CSS.highlights.get('glosa-saved')?.size ?? 0) >= n, saved, {
      timeout: 30_000,
    });
    const duration = await page.evaluate(
      () => performance.getEntriesByName('glosa-anchoring')[0]?.duration ?? Number.NaN,
    );
    timings.push(duration);
  }
  timings.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      page: path,
      highlights: saved,
      anchoringMs: { median: timings[2], min: timings[0], max: timings[4] },
    }),
  );
} finally {
  await context.close();
  await server.close();
}
