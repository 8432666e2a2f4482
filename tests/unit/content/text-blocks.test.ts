// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { hasMeaningfulText, locate, textBlocks } from '../../../entrypoints/content/text-blocks';

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

describe('runs of paragraphs tested together', () => {
  const texts = (html: string, mayMatch: (text: string) => boolean) => {
    document.body.innerHTML = html;
    return [...textBlocks(document.body, () => {}, { mayMatch, runLength: 2 })].map((block) => block.text);
  };

  it('yields one empty block for a run ruled out, and walks a run that may match', () => {
    const seen: string[] = [];
    const html = '<p>one <b>river</b></p><p>town</p><p>Evo <em>Morales</em></p><p>day</p>';
    const mayMatch = (text: string) => {
      seen.push(text);
      return text.includes('Evo');
    };
    expect(texts(html, mayMatch)).toEqual(['', 'Evo Morales', 'day']);
    expect(seen).toEqual(['one rivertown', 'Evo Moralesday']);
  });

  it('never puts a paragraph in a run when it holds a span, a line break or anything hidden', () => {
    for (const html of [
      '<p>Evo <span>Morales</span></p>',
      '<p>Evo<br>Morales</p>',
      '<p>Evo <b hidden>X</b>Morales</p>',
      '<p>Evo <b style="color: red">Morales</b></p>',
    ]) {
      const seen: string[] = [];
      texts(html + html, (text) => {
        seen.push(text);
        return false;
      });
      expect(seen, html).toEqual([]);
    }
  });
});
