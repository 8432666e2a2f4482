/**
 * What a page pays for registered highlight ranges (issue 12, "huge mention counts"), in
 * Chromium without the extension: the 50,000-mention hostile page, its mentions registered
 * as StaticRanges in one of several ways, then the page edits one text node ten times and
 * scrolls ten times. Each step is timed from the change to a task after the next frame, so
 * the rendering the change causes is inside it. This decided how highlighter.ts registers
 * mentions on a page with very many of them. Run: `npx tsx scripts/highlight-cost.ts`.
 */
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.ts';
import { hostilePage, hostilePath } from './hostile-pages.ts';
import { startStaticServer } from './static-server.ts';

export interface Layout {
  name: string;
  /** Ranges per Highlight object (each its own name and ::highlight rule). */
  perHighlight: number;
  /** How many of the page's ranges are registered, from the top of the page. */
  registered: number;
}

export const layouts: Layout[] = [
  { name: 'nothing registered', perHighlight: 1, registered: 0 },
  { name: 'one Highlight, 50,000 ranges', perHighlight: 50_000, registered: 50_000 },
  { name: '50 Highlights of 1,000 ranges', perHighlight: 1000, registered: 50_000 },
  { name: 'one Highlight, 5,000 ranges', perHighlight: 5000, registered: 5000 },
  { name: 'one Highlight, 2,000 ranges', perHighlight: 2000, registered: 2000 },
];

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const measure = (layout: Layout) => `(async () => {
  const layout = ${JSON.stringify(layout)};
  const names = ${JSON.stringify(['Evo Morales', 'Senkata', 'Luis Arce', 'Qaqachaka'])};
  const ranges = [];
  for (const p of document.querySelectorAll('main p')) {
    const node = p.firstChild;
    for (const name of names) {
      for (let at = node.data.indexOf(name); at >= 0; at = node.data.indexOf(name, at + 1)) {
        ranges.push(new StaticRange({ startContainer: node, startOffset: at, endContainer: node, endOffset: at + name.length }));
      }
    }
  }
  const chosen = ranges.slice(0, layout.registered);
  const style = document.createElement('style');
  let css = '';
  for (let i = 0, n = 0; i < chosen.length; i += layout.perHighlight, n++) {
    CSS.highlights.set('m' + n, new Highlight(...chosen.slice(i, i + layout.perHighlight)));
    css += '::highlight(m' + n + ') { text-decoration: underline 2px #0b7a75; }';
  }
  style.textContent = css || '::highlight(m0) { text-decoration: underline; }';
  document.head.append(style);
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  await frame();
  await frame();
  const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
  const edits = [];
  const target = document.querySelector('main p:last-child').firstChild;
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    target.data = target.data + '.';
    await frame();
    edits.push(performance.now() - start);
  }
  const scrolls = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    window.scrollBy(0, 400);
    await frame();
    scrolls.push(performance.now() - start);
  }
  return { ranges: ranges.length, edit: median(edits), editMax: Math.max(...edits), scroll: median(scrolls) };
})()`;

export async function highlightCost() {
  const hostile = hostilePage('many-mentions');
  const server = await startStaticServer(undefined, 0, new Map([[hostilePath(hostile), () => hostile.html]]));
  const context = await launchChromium({ extension: false, viewport: { width: 1280, height: 900 } });
  const rows = [];
  try {
    for (const layout of layouts) {
      const page = await context.newPage();
      await page.goto(server.origin + hostilePath(hostile));
      const result = (await page.evaluate(measure(layout))) as {
        ranges: number;
        edit: number;
        editMax: number;
        scroll: number;
      };
      rows.push({
        layout: layout.name,
        'edit → next frame, median ms': Math.round(result.edit),
        'edit, worst ms': Math.round(result.editMax),
        'scroll → next frame, median ms': Math.round(result.scroll),
      });
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await highlightCost());
}
