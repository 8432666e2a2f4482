// @vitest-environment happy-dom
/**
 * With a prefilter, sibling paragraphs of plain inline markup are gathered in runs, tested
 * from one string, and a run ruled out is never walked. That is only a shortcut if it
 * changes nothing the matcher sees. On random pages (inline and block elements, hidden and
 * styled ones, editable ones, comments, empty text, open and closed shadow roots), a run
 * that passes must come out as the same blocks (element, text, nodes, offsets) as the walk
 * of every node, and with the real prefilter, the candidates must be the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile';
import { createMatcher } from '../../../core/matcher/matcher';
import { locate, textBlocks } from '../../../entrypoints/content/text-blocks';
import { entities } from '../matcher/fixtures';

type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'comment' }
  | { kind: 'element'; tag: string; attribute: string; shadow?: Tree[]; children: Tree[] };

const tags = ['p', 'div', 'li', 'span', 'b', 'a', 'em', 'i', 'br', 'code', 'x-card', 'x-sealed'];
const attributes = ['', '', '', 'hidden', 'style=display:none', 'style=color:red', 'contenteditable=true'];
const words = ['Evo', 'Morales', ' ', 'Senkata', '\n  ', 'El Alto', 'de', ''];

const treeArbitrary = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...words).map((text): Tree => ({ kind: 'text', text })),
    fc.constant<Tree>({ kind: 'comment' }),
    fc
      .record({
        tag: fc.constantFrom(...tags),
        attribute: fc.constantFrom(...attributes),
        children: tie('nodes'),
        shadow: fc.option(tie('nodes'), { nil: undefined }),
      })
      .map(({ tag, attribute, children, shadow }): Tree => {
        const element: Tree = { kind: 'element', tag, attribute, children };
        // Custom elements, `div` and `span` may host a shadow root.
        if (shadow && (tag.startsWith('x-') || tag === 'div' || tag === 'span')) element.shadow = shadow;
        return element;
      }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }),
}));

/** Two paragraphs of text and plain inline elements: a run of two, with `runLength: 2`. */
const plainParagraphs = fc.array(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...words).map((text): Tree => ({ kind: 'text', text })),
        fc.constantFrom(...words).map(
          (text): Tree => ({
            kind: 'element',
            tag: 'em',
            attribute: '',
            children: [{ kind: 'text', text }],
          }),
        ),
      ),
      { maxLength: 3 },
    )
    .map((children): Tree => ({ kind: 'element', tag: 'p', attribute: '', children })),
  { minLength: 2, maxLength: 2 },
);

function build(parent: Node, trees: Tree[]): void {
  for (const tree of trees) {
    if (tree.kind === 'text') parent.appendChild(document.createTextNode(tree.text));
    else if (tree.kind === 'comment') parent.appendChild(document.createComment('Evo Morales'));
    else {
      const element = document.createElement(tree.tag);
      if (tree.attribute) {
        const [name, value = ''] = tree.attribute.split('=') as [string, string | undefined];
        element.setAttribute(name, value);
      }
      if (tree.shadow)
        build(element.attachShadow({ mode: tree.tag === 'x-sealed' ? 'closed' : 'open' }), tree.shadow);
      if (tree.tag !== 'br') build(element, tree.children);
      parent.appendChild(element);
    }
  }
}

/** Every block, with every run let through (`mayMatch` always true) or without runs. */
function blocks(inRuns: boolean, shadowRoots: ShadowRoot[], tested: string[] = []) {
  const mayMatch = (text: string) => {
    tested.push(text);
    return true;
  };
  const options = inRuns ? { mayMatch, runLength: 2 } : {};
  return [...textBlocks(document.body, (root) => shadowRoots.push(root), options)];
}

describe('runs of paragraphs that pass the test', () => {
  it('are the same blocks, text, nodes and offsets as walking every node', () => {
    let runsTested = 0;
    fc.assert(
      fc.property(plainParagraphs, treeArbitrary.nodes, (paragraphs, trees) => {
        document.body.innerHTML = '';
        // Two plain paragraphs first: every page holds at least one run.
        build(document.body, [...paragraphs, ...trees]);
        const rootsInRuns: ShadowRoot[] = [];
        const rootsWalked: ShadowRoot[] = [];
        const tested: string[] = [];
        expect(blocks(true, rootsInRuns, tested)).toEqual(blocks(false, rootsWalked));
        expect(rootsInRuns).toEqual(rootsWalked);
        runsTested += tested.length;
      }),
      { numRuns: 500 },
    );
    expect(runsTested).toBeGreaterThanOrEqual(500);
  });
});

const matcher = createMatcher(compileMatcher(entities));
/** Short runs, so that random pages have many. */
const runLength = 3;
const names = ['Evo Morales', 'EVO', 'Morales', 'Senkata', 'Mo', 'rales', '\u00ad'];
const fillers = ['river', 'town', ' ', 'day', 'market', ' ', 'one'];

/** Every candidate of every block, with where it starts and ends in the page's text nodes. */
function candidates(mayMatch?: (text: string) => boolean) {
  const found: unknown[] = [];
  for (const block of textBlocks(document.body, () => {}, { mayMatch, runLength })) {
    for (const candidate of matcher.findCandidates(block.text)) {
      const start = locate(block, candidate.start, false);
      const end = locate(block, candidate.end, true);
      found.push({ ...candidate, element: block.element, start, end });
    }
  }
  return found;
}

describe('runs of paragraphs ruled out together', () => {
  it('leave every candidate the walk of every node finds, at the same nodes', () => {
    const paragraph = fc.record({
      tag: fc.constantFrom('p', 'p', 'p', 'li', 'div', 'br', 'span'),
      words: fc.array(
        fc.oneof(
          { arbitrary: fc.constantFrom(...names), weight: 3 },
          { arbitrary: fc.constantFrom(...fillers), weight: 30 },
        ),
        { maxLength: 4 },
      ),
      markup: fc.constantFrom('', 'em', 'a', 'b hidden'),
    });
    let ruledOut = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 150 }), fc.boolean(), (paragraphs, spaced) => {
        document.body.innerHTML = paragraphs
          .map(({ tag, words, markup }) => {
            const [inline, hidden] = markup.split(' ');
            const inner = inline
              ? `${words.slice(0, 2).join('')}<${inline}${hidden ? ' hidden' : ''}>${words.slice(2).join('')}</${inline}>`
              : words.join('');
            return tag === 'br' ? '<br>' : `<${tag}>${inner}</${tag}>`;
          })
          .join(spaced ? '\n' : '');
        const everyNode = [...textBlocks(document.body)];
        expect([...textBlocks(document.body, () => {}, { mayMatch: () => true, runLength })]).toEqual(
          everyNode,
        );
        const walked = candidates();
        expect(candidates((text) => matcher.mayMatchWithin(text))).toEqual(walked);
        for (const block of textBlocks(document.body, () => {}, {
          mayMatch: (text) => matcher.mayMatchWithin(text),
          runLength,
        })) {
          if (block.text === '') ruledOut++;
        }
      }),
      { numRuns: 500 },
    );
    // The property is about skipping: runs must have been ruled out on the random pages.
    expect(ruledOut).toBeGreaterThan(20);
  });
});

describe('a run ruled out', () => {
  it('says how much text it stood for, so the scan reads its clock as often as for text it walked', () => {
    document.body.innerHTML = ['one river', 'town <b>market</b>', 'day', 'x', 'yz', 'last one']
      .map((text) => `<p>${text}</p>`)
      .join('');
    const blocks = [...textBlocks(document.body, () => {}, { mayMatch: () => false, runLength: 3 })];
    expect(blocks.map((block) => [block.text, block.skipped])).toEqual([
      ['', 'one rivertown marketday'.length],
      ['', 'xyzlast one'.length],
    ]);
  });
});
