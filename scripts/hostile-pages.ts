/**
 * Generated hostile pages (issue 12), for the bench's "hostile pages" part and the
 * end-to-end tests: a million text nodes (with mentions, and without), one 10 MB text
 * node, 10,000-deep nesting, a mutation storm, an article re-added every second and
 * 50,000 mentions. Each page builds itself with an inline script (HTML parsers cap
 * nesting at 512 levels, and 40 MB of markup would only measure the parser) and keeps a
 * page-owned timer, `setInterval(…, 50)`, whose longest gap after the page has settled is
 * what a reader would feel as jank.
 *
 * Every page states how many mentions it plants (`expected`), all of strong aliases in the
 * bundled dataset, in filler text that names nothing in it. Same page, same bytes.
 */

export interface HostilePage {
  /** Served at `/hostile/<name>.html`. */
  name: string;
  title: string;
  expected: number;
  /** How long the page keeps changing itself after it is built, in ms (0: it does not). */
  churnMs: number;
  html: string;
}

/** Full names of the bundled dataset (not needsContext): each links on its own. */
export const plantedNames = ['Evo Morales', 'Senkata', 'Luis Arce', 'Qaqachaka'];

/** Words that name nothing in the dataset (checked by tests/unit/content/hostile-pages.test.ts). */
export const fillerWords =
  'the quiet river ran past a small town where people walked to the market every day and ' +
  'the baker opened early while rain fell on the roofs of the old houses near the bridge';

/**
 * The page-owned probe: `window.__hostile` holds every tick of a 50 ms interval from when
 * the page built itself (`ticks`, the page's clock), when the page had settled, the number
 * of mentions drawn and when that number last changed. The bench takes the timer's gaps
 * from these ticks over its window (scripts/bench-hostile.ts), so it can open the window
 * earlier than the page settled when Glosa's first task came earlier.
 */
const probe = `
window.__hostile = { built: 0, startedAt: 0, measuring: false, ticks: [], drawn: 0, doneAt: 0 };
setInterval(() => {
  const h = window.__hostile;
  if (!h.built) return;
  const now = performance.now();
  h.ticks.push(now);
  const size = CSS.highlights.get('glosa-mention')?.size ?? 0;
  if (size !== h.drawn) { h.drawn = size; h.doneAt = now; }
}, 50);
// Settled at the end of the second frame after the page built itself. The first frame lays
// the page out (laying out 10 MB of text is the page's own cost, with Glosa or not); in the
// second, Chromium does its own one-off work after a page's first paint, which is
// uninstrumented in a trace and starts with a forced style and layout: 1.2-1.9 s on the
// page of a million text nodes, with Glosa or not.
function __built() {
  const h = window.__hostile;
  h.built = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
    h.startedAt = performance.now();
    h.measuring = true;
    // A mark at that moment puts the page's clock on the trace's.
    performance.mark('hostile-measuring', { startTime: h.startedAt });
  })));
}
`;

function page(title: string, build: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script>${probe}</script></head><body><h1>${title}</h1>
<script>
const filler = ${JSON.stringify(fillerWords)};
const names = ${JSON.stringify(plantedNames)};
${build}
__built();
</script></body></html>`;
}

/**
 * 200,000 paragraphs of five text nodes each; every 1,000th names someone, or, with
 * `planted` false, nobody: the page without mentions, where Glosa must add no stylesheet
 * and so almost no DOM heap (issue 12's ≤ 5 MB). The `<a>` has no `href`: Chromium's
 * navigation predictor measures every link of a page after its load (AnchorElementMetrics,
 * one task of 1.5-3.8 s for 200,000 links, with Glosa or not), which would hide Glosa's
 * gaps behind the browser's own.
 */
function millionTextNodes(planted = true): HostilePage {
  const paragraphs = 200_000;
  const build = `
const parts = [];
for (let i = 0; i < ${paragraphs}; i++) {
  const lead = ${planted} && i % 1000 === 0 ? names[(i / 1000) % names.length] + ' and' : 'one';
  parts.push('<p>' + lead + ' ' + i + ' <em>river</em> town <a>market</a> day</p>');
}
const main = document.createElement('main');
main.innerHTML = parts.join('');
document.body.append(main);
`;
  return planted
    ? {
        name: 'million-text-nodes',
        title: '1,000,000 text nodes',
        expected: paragraphs / 1000,
        churnMs: 0,
        html: page('A page of a million text nodes', build),
      }
    : {
        name: 'million-text-nodes-no-mentions',
        title: '1,000,000 text nodes, no mentions',
        expected: 0,
        churnMs: 0,
        html: page('A page of a million text nodes that names nobody', build),
      };
}

/** The text of the 10 MB text node: filler with a planted name every 100,000 characters. */
export const hugeTextMentions = 100;
function hugeTextNode(): HostilePage {
  const build = `
const pieces = [];
let length = 0;
let planted = 0;
while (length < 10_000_000) {
  if (length >= planted * 100_000 && planted < ${hugeTextMentions}) {
    const name = names[planted % names.length];
    pieces.push(' ' + name + ' ');
    length += name.length + 2;
    planted++;
  }
  pieces.push(filler + ' ');
  length += filler.length + 1;
}
const p = document.createElement('p');
p.append(document.createTextNode(pieces.join('')));
document.body.append(p);
`;
  return {
    name: 'huge-text-node',
    title: 'a 10 MB text node',
    expected: hugeTextMentions,
    churnMs: 0,
    html: page('One text node of 10 MB', build),
  };
}

/** 10,000 nested elements, text at every level, a name every 100 levels. */
function deepNesting(): HostilePage {
  const depth = 10_000;
  const build = `
// Blink's layout crashes the tab on 10,000 nested boxes: the nesting is the DOM's (what a
// scanner walks), while \`display: contents\` keeps the boxes flat.
const style = document.createElement('style');
style.textContent = 'div, section { display: contents }';
document.head.append(style);
let parent = document.body;
for (let i = 0; i < ${depth}; i++) {
  const div = document.createElement(i % 2 ? 'div' : 'section');
  div.append(i % 100 === 0 ? names[(i / 100) % names.length] + ' at level ' + i : 'level ' + i);
  parent.append(div);
  parent = div;
}
`;
  return {
    name: 'deep-nesting',
    title: '10,000-deep nesting',
    expected: depth / 100,
    churnMs: 0,
    html: page('Ten thousand levels deep', build),
  };
}

/** An article, then 10 changes every 10 ms for 10 s: paragraphs added, edited and removed. */
function mutationStorm(): HostilePage {
  const article = 200;
  const kept = 50;
  const build = `
const main = document.createElement('main');
for (let i = 0; i < ${article}; i++) {
  const p = document.createElement('p');
  p.textContent = names[i % names.length] + ' ' + filler;
  main.append(p);
}
const feed = document.createElement('section');
document.body.append(main, feed);
let n = 0;
const started = performance.now();
const storm = setInterval(() => {
  if (performance.now() - started > 10_000) { clearInterval(storm); window.__hostile.churnDone = true; return; }
  for (let k = 0; k < 10; k++, n++) {
    if (n % 2 === 0) {
      const p = document.createElement('p');
      p.textContent = 'Update ' + n + ': ' + names[n % names.length] + ' ' + filler;
      feed.append(p);
      if (feed.childElementCount > ${kept}) feed.firstElementChild.remove();
    } else if (feed.lastElementChild) {
      feed.lastElementChild.firstChild.data += '.';
    }
  }
}, 10);
`;
  return {
    name: 'mutation-storm',
    title: '1,000 mutations/s for 10 s',
    expected: article + kept,
    churnMs: 10_000,
    html: page('A thousand changes a second', build),
  };
}

/** An article of 300 mentions, replaced by a fresh copy every second for 10 s. */
function articleReAdded(): HostilePage {
  const paragraphs = 300;
  const build = `
const make = () => {
  const article = document.createElement('article');
  for (let i = 0; i < ${paragraphs}; i++) {
    const p = document.createElement('p');
    p.textContent = filler + ' ' + names[i % names.length] + ' ' + filler;
    article.append(p);
  }
  return article;
};
let current = make();
document.body.append(current);
let rounds = 0;
const timer = setInterval(() => {
  const next = make();
  current.replaceWith(next);
  current = next;
  if (++rounds >= 10) { clearInterval(timer); window.__hostile.churnDone = true; }
}, 1000);
`;
  return {
    name: 'article-re-added',
    title: 'an article re-added every second',
    expected: paragraphs,
    churnMs: 10_000,
    html: page('An article re-added every second', build),
  };
}

/** 10,000 paragraphs of five mentions each. */
function manyMentions(): HostilePage {
  const paragraphs = 10_000;
  const build = `
const parts = [];
for (let i = 0; i < ${paragraphs}; i++) {
  parts.push('<p>' + names.map((name) => name + ' by the river').join(', ') + ', and ' + names[i % names.length] + '.</p>');
}
const main = document.createElement('main');
main.innerHTML = parts.join('');
document.body.append(main);
`;
  return {
    name: 'many-mentions',
    title: '50,000 mentions',
    expected: paragraphs * (plantedNames.length + 1),
    churnMs: 0,
    html: page('Fifty thousand mentions', build),
  };
}

export function hostilePages(): HostilePage[] {
  return [
    millionTextNodes(),
    millionTextNodes(false),
    hugeTextNode(),
    deepNesting(),
    mutationStorm(),
    articleReAdded(),
    manyMentions(),
  ];
}

export function hostilePage(name: string): HostilePage {
  const found = hostilePages().find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no hostile page named ${name}`);
  return found;
}

export const hostilePath = (page: HostilePage) => `/hostile/${page.name}.html`;
