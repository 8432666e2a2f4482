/**
 * Benchmark part 3: what the popover costs. The content script's size and compile time
 * as shipped (React injected on first use) against the same code with the popover UI
 * bundled in; and how long a click takes to show the popover, the first time on a page
 * (UI injected, card fetched) and after that. Measured in one run on this machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { extensionDir, launchChromium } from './chromium.ts';
import { mentionRect } from './mention-probe.ts';
import { dialogNames } from './popover-probe.ts';
import { startStaticServer } from './static-server.ts';

type Row = Record<string, string | number>;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** V8 compile time of a script (what a page pays before the first line runs), median of 30. */
function compileMs(source: string): number {
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    new vm.Script(`${source}\n//${i}`, { filename: `bench-${i}.js` });
    times.push(performance.now() - started);
  }
  return median(times);
}

function sizeRows(): Row[] {
  const content = readFileSync(join(extensionDir, 'content-scripts/content.js'), 'utf8');
  const ui = readFileSync(join(extensionDir, 'page-ui.js'), 'utf8');
  const kb = (text: string) => Number((Buffer.byteLength(text) / 1024).toFixed(1));
  const shipped = compileMs(content);
  const bundled = compileMs(`${content};\n${ui}`);
  return [
    {
      measure: 'content script size, as shipped (React loads on first popover)',
      value: kb(content),
      unit: 'KB',
      note: `popover UI injected on demand: ${kb(ui)} KB`,
    },
    {
      measure: 'content script size if the popover UI were bundled in',
      value: kb(content) + kb(ui),
      unit: 'KB',
      note: 'content.js + page-ui.js',
    },
    {
      measure: 'content script compile time, as shipped',
      value: Number(shipped.toFixed(2)),
      unit: 'ms',
      note: 'node vm.Script, median of 30',
    },
    {
      measure: 'content script compile time if the popover UI were bundled in',
      value: Number(bundled.toFixed(2)),
      unit: 'ms',
      note: `${(bundled / shipped).toFixed(1)}× the shipped script`,
    },
  ];
}

/**
 * Clicks the mention `text` and returns the ms from the click's pointerdown to the first
 * frame in which the popover covers the point just below (or above) the mention. Measured in the
 * page (the popover's host element is what the page sees there), to a frame.
 */
async function clickToDialog(page: import('@playwright/test').Page, text: string): Promise<number> {
  const rect = await mentionRect(page, text);
  const point = rect && {
    x: rect.left + 4,
    y: rect.top + rect.height / 2,
    below: rect.top + rect.height + 24,
    above: rect.top - 24,
  };
  if (!point) throw new Error(`no mention "${text}" to click`);
  // Strings, not functions: tsx would wrap named inner functions in a helper the page lacks.
  // The listener is in place before the click is sent.
  await page.evaluate(`addEventListener('pointerdown', (event) => { window.__benchPressed = event.timeStamp; },
    { capture: true, once: true })`);
  await page.mouse.click(point.x, point.y);
  const shown = page.evaluate<number>(`new Promise((resolve, reject) => {
    const deadline = performance.now() + 10000;
    const look = () => {
      // The popover sits below the mention, or above it when there is more room there.
      const covered = [${point.below}, ${point.above}].some(
        (y) => document.elementFromPoint(${point.x}, y)?.localName === 'glosa-page-ui',
      );
      if (covered) resolve(performance.now() - window.__benchPressed);
      else if (performance.now() > deadline) reject(new Error('the popover did not open'));
      else requestAnimationFrame(look);
    };
    look();
  })`);
  const elapsed = await shown;
  await page.keyboard.press('Escape');
  while ((await dialogNames(page)).length > 0) {
    /* wait for it to close */
  }
  return elapsed;
}

async function latencyRows(): Promise<Row[]> {
  const server = await startStaticServer();
  const context = await launchChromium();
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/left-on-the-move-coup.html`);
      // Glosa has drawn its mentions (more than the few in the page's first screen).
      await page.waitForFunction(() => (CSS.highlights.get('glosa-mention')?.size ?? 0) > 100);
      cold.push(await clickToDialog(page, 'Senkata'));
      for (const text of ['Sacaba', 'Senkata', 'El Alto', 'Sacaba'])
        warm.push(await clickToDialog(page, text));
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  return [
    {
      measure: 'popover open latency, first on a page (pointerdown → first frame showing it)',
      value: Math.round(median(cold)),
      unit: 'ms',
      note: `median of ${cold.length} fresh pages: injects the React UI and fetches the card; to the frame`,
    },
    {
      measure: 'popover open latency, later opens on the same page',
      value: Math.round(median(warm)),
      unit: 'ms',
      note: `median of ${warm.length}; a new entity's card is one message to the background`,
    },
  ];
}

export async function benchPopover(): Promise<Row[]> {
  return [...sizeRows(), ...(await latencyRows())];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchPopover());
}
