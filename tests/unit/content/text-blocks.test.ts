// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { hasMeaningfulText, locate, readNodes, textBlocks } from '../../../entrypoints/content/text-blocks';

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return [...textBlocks(document.body)];
}

describe('textBlocks', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins text across inline elements into one block', () => {
    const [block] = blocksOf('<p>Evo <b>Morales</b> and <a href="#">Jeanine</a> Áñez</p>');
    expect(block?.text).toBe('Evo Morales and Jeanine Áñez');
    expect(block?.element.tagName).toBe('P');
  });

  it('splits blocks at block elements and <br>', () => {
    const texts = blocksOf('<div>One<p>Two</p>Three<br>Four</div>').map((block) => block.text);
    expect(texts).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('never reads code, form fields, editable or hidden content', () => {
    const texts = blocksOf(
      [
        '<p>Visible</p>',
        '<textarea>Evo Morales</textarea><input value="Evo Morales">',
        '<pre>Evo Morales</pre><p><code>Evo Morales</code></p>',
        '<div contenteditable="true">Jeanine Áñez</div>',
        '<div contenteditable="false"><p>Readable</p></div>',
        '<div hidden>Carlos Mesa</div><div style="display:none">Carlos Mesa</div>',
        '<script>var evo = "Evo Morales"</script><style>p{}</style>',
        '<div data-glosa-ui="popover">Glosa UI</div>',
      ].join(''),
    ).map((block) => block.text);
    expect(texts).toEqual(['Visible', 'Readable']);
  });

  it('maps block offsets back to the text nodes they came from', () => {
    const [block] = blocksOf('<p>Evo <b>Morales</b> spoke</p>');
    if (!block) throw new Error('no block');
    const start = locate(block, 4, false);
    const end = locate(block, 11, true);
    expect(start.node.data).toBe('Morales');
    expect(start.offset).toBe(0);
    expect(end.node.data).toBe('Morales');
    expect(end.offset).toBe(7);
    const range = document.createRange();
    range.setStart(locate(block, 0, false).node, 0);
    range.setEnd(end.node, end.offset);
    expect(range.toString()).toBe('Evo Morales');
  });

  it('tells a page with text from an empty shell', () => {
    document.body.innerHTML = '<div id="app"></div><script>1</script>';
    expect(hasMeaningfulText(document.body)).toBe(false);
    document.body.innerHTML =
      '<p>Bolivia’s free territory of Chapare has ousted the police, its unions say.</p>';
    expect(hasMeaningfulText(document.body)).toBe(true);
  });
});

describe('textBlocks edge cases', () => {
  it('breaks a block at an empty block element between two words', () => {
    const texts = blocksOf('<div>Evo <div></div>Morales</div>').map((block) => block.text);
    expect(texts).toEqual(['Evo ', 'Morales']);
  });

  it('breaks at a <br> after inline markup', () => {
    const texts = blocksOf('<p><a href="#">Evo</a><br><b>Morales</b></p>').map((block) => block.text);
    expect(texts).toEqual(['Evo', 'Morales']);
  });

  it('skips a rejected subtree inside a block: a hidden inline joins, code separates', () => {
    const texts = blocksOf('<p>Evo <span hidden>X</span>Morales <code>code</code>spoke</p>').map(
      (b) => b.text,
    );
    expect(texts).toEqual(['Evo Morales ', 'spoke']);
  });
});

describe('blocks read whole', () => {
  /** Whether a block's text nodes are looked up on demand: the block was read whole. */
  const readWhole = (block: object | undefined) =>
    Object.getOwnPropertyDescriptor(block, 'nodes')?.get !== undefined;

  it('reads a paragraph of plain inline markup in one go, and finds its text nodes when asked', () => {
    const [block] = blocksOf('<p>Evo <b>Morales</b> <!-- note --><em>spoke</em></p>');
    expect(readWhole(block)).toBe(true);
    expect(block?.text).toBe('Evo Morales spoke');
    if (!block) throw new Error('no block');
    expect(block.nodes.map((node) => node.data)).toEqual(['Evo ', 'Morales', ' ', 'spoke']);
    expect(block.starts).toEqual([0, 4, 11, 12]);
    expect(locate(block, 4, false).node.data).toBe('Morales');
  });

  it('walks a paragraph node by node when it holds a span, a line break or anything hidden', () => {
    for (const html of [
      '<p>Evo <span>Morales</span></p>',
      '<p>Evo<br>Morales</p>',
      '<p>Evo <b hidden>X</b>Morales</p>',
      '<p>Evo <b style="color: red">Morales</b></p>',
    ]) {
      const blocks = blocksOf(html);
      expect(blocks.some(readWhole), html).toBe(false);
    }
  });

  it('keeps the text nodes it read: a later change to the page does not move the offsets', () => {
    const [block] = blocksOf('<p>Evo <b>Morales</b></p>');
    if (!block) throw new Error('no block');
    readNodes(block);
    document.querySelector('b')?.remove();
    expect(block.nodes.map((node) => node.data)).toEqual(['Evo ', 'Morales']);
  });
});
