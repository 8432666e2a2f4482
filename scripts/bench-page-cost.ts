/**
 * Benchmark part 4: does Glosa slow the page's own scripts? On the generated 2 MB news
 * page, once every mention is drawn, the page inserts and removes 5,000 elements and
 * edits 2,000 text nodes; the same is timed without the extension. (Mentions were once
 * live Ranges, which the browser updates on every DOM change: see entrypoints/content/ranges.ts.)
 * Then a live ticker rewrites one line ("Evo Morales speaks at N") 20 times, 250 ms apart,
 * and the frames over 50 ms are counted. After any DOM change Chromium re-processes every
 * registered highlight range (about 9 µs each, measured), so with 9,000 mentions drawn each
 * edit costs a long frame, though Glosa's rescan redraws nothing; by the same measure, a
 * page with 200 mentions pays about 2 ms. Last, 1,306 paragraphs change at once (a page
 * re-rendering its article), and the longest task that follows is Glosa's rescan.
 */
import type { BrowserContext } from '@playwright/test';
import { benchPagePath, generateNewsPage } from './bench-page.ts';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

type Row = Record<string, string | number>;

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const pageWork = `(() => {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.length > 10) texts.push(node);
  const host = document.querySelector('main') || document.body;
  let started = performance.now();
  for (let i = 0; i < 5000; i++) {
    const p = document.createElement('p');
    p.textContent = 'x' + i;
    host.appendChild(p);
    host.removeChild(p);
  }
  const mutate = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < 2000 && i < texts.length; i++) texts[i].data = texts[i].data + '';
  return { mutate, edit: performance.now() - started };
})()`;

const tickerWork = `(async () => {
  const frames = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) frames.push(entry.duration);
  }).observe({ type: 'long-animation-frame' });
  const ticker = document.createElement('p');
  ticker.textContent = 'LIVE: Evo Morales speaks at 0';
  (document.querySelector('main p') || document.body.firstElementChild).before(ticker);
  await new Promise((done) => setTimeout(done, 1000));
  frames.length = 0;
  for (let i = 1; i <= 20; i++) {
    await new Promise((done) => setTimeout(done, 250));
    ticker.firstChild.data = 'LIVE: Evo Morales speaks at ' + i;
  }
  await new Promise((done) => setTimeout(done, 1000));
  frames.sort((a, b) => a - b);
  return { longFrames: frames.length, medianFrame: frames[frames.length >> 1] ?? 0 };
})()`;

const batchWork = `(async () => {
  const tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  const paragraphs = [...document.querySelectorAll('p')].filter((p) => p.textContent.includes('Morales'));
  for (const p of paragraphs) p.append(' More.');
  await new Promise((done) => setTimeout(done, 3000));
  return { changed: paragraphs.length, longestTask: Math.max(0, ...tasks) };
})()`;

async function timePage(context: BrowserContext, url: string, withGlosa: boolean) {
  const page = await context.newPage();
  await page.goto(url);
  if (withGlosa) {
    // Beyond highlighter.ts's registerLimit only the mentions near the viewport are
    // registered, so the scan's end shows as a highlight that stops changing.
    const deadline = Date.now() + 60_000;
    let last = -1;
    let stableSince = Date.now();
    while (Date.now() < deadline) {
      const size = await page.evaluate(() => CSS.highlights.get('glosa-mention')?.size ?? 0);
      if (size !== last) {
        last = size;
        stableSince = Date.now();
      } else if (size > 0 && Date.now() - stableSince > 2000) break;
      await page.waitForTimeout(250);
    }
  }
  const result = (await page.evaluate(pageWork)) as { mutate: number; edit: number };
  const ticker = (await page.evaluate(tickerWork)) as { longFrames: number; medianFrame: number };
  const batch = (await page.evaluate(batchWork)) as { changed: number; longestTask: number };
  await page.close();
  return { ...result, ...ticker, ...batch };
}

export async function benchPageCost(): Promise<Row[]> {
  const html = generateNewsPage();
  const server = await startStaticServer(undefined, 0, new Map([[benchPagePath, () => html]]));
  const url = server.origin + benchPagePath;
  const withGlosa = await launchChromium();
  const plain = await launchChromium({ extension: false });
  try {
    const glosa = await timePage(withGlosa, url, true);
    const bare = await timePage(plain, url, false);
    return [
      {
        measure: 'page script: 5,000 element insertions and removals, with Glosa’s 8,997 mentions found',
        value: Math.round(glosa.mutate),
        unit: 'ms',
        note: `${Math.round(bare.mutate)} ms without the extension`,
      },
      {
        measure: 'page script: 2,000 text node edits, with Glosa’s mentions drawn',
        value: Math.round(glosa.edit),
        unit: 'ms',
        note: `${Math.round(bare.edit)} ms without the extension`,
      },
      {
        measure: 'live ticker: frames over 50 ms while one line is rewritten 20 times, with Glosa',
        value: glosa.longFrames,
        unit: 'frames',
        note:
          `median ${Math.round(glosa.medianFrame)} ms; without the extension ${bare.longFrames}` +
          ' (after any DOM change Chromium re-processes every registered highlight range, about 9 µs each; Glosa registers at most 2,000, those nearest the viewport, and redraws nothing)',
      },
      {
        measure: `${glosa.changed} paragraphs changed at once: longest task afterwards, with Glosa`,
        value: glosa.longestTask > 0 ? Math.round(glosa.longestTask) : 'none over 50 ms',
        unit: glosa.longestTask > 0 ? 'ms' : '',
        note: `${bare.longestTask > 0 ? `${Math.round(bare.longestTask)} ms` : 'none'} without the extension; one rescan for the batch, in slices (it was one 4,022 ms task)`,
      },
    ];
  } finally {
    await withGlosa.close();
    await plain.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchPageCost());
}
