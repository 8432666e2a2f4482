// @vitest-environment happy-dom
/**
 * The scanner's walk is driven by hand for speed (one TreeWalker, an explicit stack, shadow
 * roots entered on the way). This checks it against the plainest possible statement of the
 * same rules, a recursive walk, on random pages: inline and block elements, line breaks,
 * skipped subtrees, and web components with open and closed shadow roots.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInline, isRejected, textBlocks } from '../../../entrypoints/content/text-blocks';

type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: string; shadow?: Tree[]; children: Tree[] };

const tags = ['p', 'div', 'section', 'li', 'span', 'b', 'a', 'em', 'br', 'code', 'x-card', 'x-sealed'];
const words = ['Evo', 'Morales', ' ', 'Senkata', '\n  ', 'El Alto', 'de', ''];

const treeArbitrary = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...words).map((text): Tree => ({ kind: 'text', text })),
    fc
      .record({
        tag: fc.constantFrom(...tags),
        hidden: fc.boolean(),
        children: tie('nodes'),
        shadow: tie('nodes'),
      })
      .map(({ tag, hidden, children, shadow }): Tree => {
        const element: Tree = { kind: 'element', tag: hidden ? `${tag} hidden` : tag, children };
        if (tag.startsWith('x-')) element.shadow = shadow;
        return element;
      }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }),
}));

function build(parent: Node, trees: Tree[]): void {
  for (const tree of trees) {
    if (tree.kind === 'text') {
      parent.appendChild(document.createTextNode(tree.text));
      continue;
    }
    const [tag, hidden] = tree.tag.split(' ') as [string, string | undefined];
    const element = document.createElement(tag);
    if (hidden) element.setAttribute('hidden', '');
    if (tree.shadow)
      build(element.attachShadow({ mode: tag === 'x-sealed' ? 'closed' : 'open' }), tree.shadow);
    if (tag !== 'br') build(element, tree.children);
    parent.appendChild(element);
  }
}

/** The same rules, said as plainly as possible. */
function referenceBlocks(root: Element): Array<{ element: Element; text: string }> {
  const blocks: Array<{ element: Element; text: string }> = [];
  let text = '';
  const flush = (element: Element) => {
    if (/\S/.test(text)) blocks.push({ element, text });
    text = '';
  };
  const visit = (node: Node, block: Element) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += (node as Text).data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const inline = isInline(element);
    if (!inline) flush(block);
    if (isRejected(element)) return;
    const shadow = element.localName.includes('-') ? element.shadowRoot : null;
    if (shadow) {
      flush(block);
      for (const child of shadow.childNodes) visit(child, element);
      flush(element);
    }
    const inner = inline ? block : element;
    for (const child of element.childNodes) visit(child, inner);
    if (!inline) flush(inner);
  };
  for (const child of root.childNodes) visit(child, root);
  flush(root);
  return blocks;
}

describe('textBlocks on random pages', () => {
  it('finds the same blocks, with the same text and block element, as a plain recursive walk', () => {
    fc.assert(
      fc.property(treeArbitrary.nodes, (trees) => {
        document.body.innerHTML = '';
        build(document.body, trees);
        const walked = [...textBlocks(document.body)].map(({ element, text }) => ({ element, text }));
        expect(walked).toEqual(referenceBlocks(document.body));
      }),
      { numRuns: 300 },
    );
  });
});
