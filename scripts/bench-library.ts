/**
 * Benchmark part 7: the library page at 10,000 highlights, in headless Chromium with the
 * built extension. The highlights are written straight into the extension's IndexedDB,
 * then the page is reloaded and measured: time to the first highlight on screen, how many
 * rows are mounted, long tasks (over 50 ms) while opening, while scrolling from top to
 * bottom, and while deleting about 1,000 (a tag's highlights) and undoing it.
 * Run alone with `npx tsx scripts/bench-library.ts` after `npm run build`.
 * `GLOSA_BENCH_CPU_SLOWDOWN=4` runs the page on a CPU slowed that many times (Chromium's
 * throttling): a quiet machine then shows the long tasks a loaded one has.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { pageAddresses } from '../core/highlights/address.ts';
import { launchChromium } from './chromium.ts';
import { generateHighlights } from './highlight-corpus.ts';

type Row = Record<string, string | number>;

/** Long tasks since the observer started, via a buffered PerformanceObserver kept on `window`. */
async function startLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = globalThis as unknown as { glosaLongTasks?: number[] };
    // One observer per page: a second would count every long task twice.
    if (store.glosaLongTasks) {
      store.glosaLongTasks = [];
      return;
    }
    store.glosaLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.glosaLongTasks?.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const store = globalThis as unknown as { glosaLongTasks: number[] };
    const tasks = store.glosaLongTasks;
    store.glosaLongTasks = [];
    return tasks;
  });
}

const summarise = (tasks: number[]) =>
  tasks.length === 0 ? 'none' : `${tasks.length}, longest ${Math.round(Math.max(...tasks))} ms`;

export async function benchLibrary(count = 10_000): Promise<Row[]> {
  const highlights = generateHighlights(count);
  const rows = highlights.map((highlight) => ({
    ...highlight,
    addresses: pageAddresses(highlight.target.source, highlight.target.canonical),
  }));
  const context = await launchChromium();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}/library.html`;
    const page = await context.newPage();
    const slowdown = Number(process.env.GLOSA_BENCH_CPU_SLOWDOWN ?? 1);
    if (slowdown > 1) {
      const session = await context.newCDPSession(page);
      await session.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    }
    await page.goto(base);
    await page.getByRole('searchbox').waitFor();
    await page.evaluate(async (records) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('glosa');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('highlights', 'readwrite');
        const store = transaction.objectStore('highlights');
        for (const record of records) store.put(record);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }, rows);

    // Opening: navigation start to the first highlight on screen, median of 3 loads.
    const opens: number[] = [];
    let openTasks: number[] = [];
    let mounted = 0;
    for (let i = 0; i < 3; i++) {
      await page.goto('about:blank');
      await page.goto(base);
      await page.getByRole('article').first().waitFor();
      opens.push(await page.evaluate(() => performance.now()));
      await startLongTasks(page);
      openTasks = await takeLongTasks(page);
      mounted = await page.getByRole('article').count();
    }
    opens.sort((a, b) => a - b);

    // Scrolling from top to bottom, a screen per frame, once every highlight is read.
    await page.locator('main.list[aria-busy="false"]').waitFor();
    await startLongTasks(page);
    await takeLongTasks(page);
    await page.evaluate(async () => {
      const list = document.querySelector('main.list') as HTMLElement;
      while (list.scrollTop + list.clientHeight < list.scrollHeight - 1) {
        list.scrollTop += list.clientHeight;
        await new Promise(requestAnimationFrame);
      }
    });
    const scrollTasks = await takeLongTasks(page);

    // Deleting a tag's highlights (about a thousand) and undoing it.
    await page.getByLabel('Tag', { exact: true }).selectOption('coup');
    const selectAll = page.getByRole('checkbox', { name: /^Select all/ });
    const label =
      (await selectAll.getAttribute('aria-label')) ??
      (await page.locator('label.check').nth(1).textContent()) ??
      '';
    await selectAll.check();
    await takeLongTasks(page);
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Restored/ })
      .waitFor();
    const deleteTasks = await takeLongTasks(page);
    const deleted = Number(/\d+/.exec(label)?.[0] ?? 0);

    return [
      {
        measure: `library: navigation to first highlight on screen, ${count} highlights`,
        value: Math.round(opens[1] as number),
        unit: 'ms',
        note: `median of 3 loads (JS, database read of ${count}, first render); long tasks while opening: ${summarise(openTasks)}`,
      },
      {
        measure: 'library: highlights mounted at once',
        value: mounted,
        unit: '',
        note: `of ${count}: the list is virtualised`,
      },
      {
        measure: 'library: long tasks scrolling top to bottom',
        value: scrollTasks.length,
        unit: '',
        target: '0',
        met: scrollTasks.length === 0 ? 'met' : 'not met',
        note: summarise(scrollTasks),
      },
      {
        measure: `library: long tasks deleting ${deleted} and undoing`,
        value: deleteTasks.length,
        unit: '',
        target: '0',
        met: deleteTasks.length === 0 ? 'met' : 'not met',
        note: summarise(deleteTasks),
      },
    ];
  } finally {
    await context.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await benchLibrary()) console.log(row);
}
