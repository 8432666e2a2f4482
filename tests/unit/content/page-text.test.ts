// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageText, readPageText } from '../../../entrypoints/content/page-text';

function pageText(html: string) {
  document.body.innerHTML = html;
  return readPageText(document.body);
}

/** The text a range covers, read from the DOM (what the reader sees painted). */
function rangeText(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

describe('readPageText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads prose across inline markup as one line and puts a line break between blocks', () => {
    const { text } = pageText('<p>Evo <b>Morales</b> spoke.</p><p>Then <i>Arce</i>.</p>');
    expect(text).toBe('Evo Morales spoke.\nThen Arce.');
  });

  it('includes <pre> and <code> but skips scripts, styles, templates, form fields and Glosa’s own UI', () => {
    const { text } = pageText(
      [
        '<p>Before <code>x = 1</code> after</p>',
        '<pre>line one\nline two</pre>',
        '<script>var secret = 1;</script><style>p{}</style><noscript>no js</noscript>',
        '<template><p>template</p></template><textarea>typed</textarea>',
        '<div data-glosa-ui="page-ui">Glosa note</div>',
        '<p>End</p>',
      ].join(''),
    );
    expect(text).toBe('Before x = 1 after\nline one\nline two\nEnd');
  });

  it('includes hidden content, so offsets do not depend on what is shown', () => {
    const { text } = pageText('<p>Shown</p><p hidden>Hidden</p><p style="display:none">Gone</p>');
    expect(text).toBe('Shown\nHidden\nGone');
  });

  it('maps text offsets to DOM positions and back, through inline elements', () => {
    const snapshot = pageText('<p>Evo <b>Morales</b> spoke at length.</p><p>Second paragraph.</p>');
    const start = snapshot.text.indexOf('Morales spoke');
    const end = start + 'Morales spoke'.length;
    const range = snapshot.rangeOf(start, end);
    expect(range).toBeDefined();
    expect(rangeText(range as StaticRange)).toBe('Morales spoke');
    const { startContainer, startOffset, endContainer, endOffset } = range as StaticRange;
    expect(snapshot.offsetOf(startContainer, startOffset)).toBe(start);
    expect(snapshot.offsetOf(endContainer, endOffset)).toBe(end);
  });

  it('maps element boundary points (a selection of whole paragraphs) to the text they hold', () => {
    const snapshot = pageText('<p id="a">First.</p><p id="b">Second.</p><p id="c">Third.</p>');
    const b = document.getElementById('b') as HTMLElement;
    // Before <p id=b> (body, 1) and after it (body, 2).
    expect(snapshot.offsetOf(document.body, 1)).toBe(snapshot.text.indexOf('Second.'));
    expect(snapshot.offsetOf(b, 0)).toBe(snapshot.text.indexOf('Second.'));
    expect(snapshot.offsetOf(document.body, 2)).toBe(snapshot.text.indexOf('Third.'));
    expect(snapshot.offsetOf(document.body, 3)).toBe(snapshot.text.length);
  });

  it('puts a range across a block break on real text at both ends', () => {
    const snapshot = pageText('<p>One two</p><p>three four</p>');
    const start = snapshot.text.indexOf('two');
    const end = snapshot.text.indexOf(' four');
    const range = snapshot.rangeOf(start, end) as StaticRange;
    expect(rangeText(range)).toBe('twothree');
    // The break belongs to no node: a range from it covers only the next paragraph's text,
    // and one that ends just after it stops at the end of the previous paragraph.
    const onBreak = snapshot.text.indexOf('\n');
    expect(rangeText(snapshot.rangeOf(onBreak, onBreak + 6) as StaticRange)).toBe('three');
    const toBreak = snapshot.rangeOf(0, onBreak + 1) as StaticRange;
    expect(toBreak.endContainer.textContent).toBe('One two');
    expect(toBreak.endOffset).toBe(7);
  });

  it('answers -1 for points outside the text it read', () => {
    const snapshot = pageText('<p>Text</p>');
    const elsewhere = document.createElement('div');
    elsewhere.textContent = 'detached';
    expect(snapshot.offsetOf(elsewhere.firstChild as Text, 0)).toBe(-1);
  });

  it('has no range for a page without text', () => {
    expect(pageText('<div></div>').rangeOf(0, 0)).toBeUndefined();
  });
});

describe('PageText', () => {
  it('reads the page once and again only after invalidate()', () => {
    document.body.innerHTML = '<p>Before</p>';
    const model = new PageText(() => document.body);
    const first = model.current();
    expect(first.text).toBe('Before');
    document.body.innerHTML = '<p>After</p>';
    expect(model.current()).toBe(first);
    const version = model.version;
    model.invalidate();
    expect(model.version).toBe(version + 1);
    expect(model.current().text).toBe('After');
  });
});

describe('PageText.read', () => {
  const paragraphs = (count: number) =>
    Array.from({ length: count }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');

  it('reads a long page in slices to the same text as reading it at once', async () => {
    document.body.innerHTML = paragraphs(3_000);
    const sliced = await new PageText(() => document.body).read(0);
    expect(sliced.text).toBe(readPageText(document.body).text);
    expect(sliced.text.endsWith('Paragraph 2999.')).toBe(true);
  });

  it('starts again when the page changes while it is being read', async () => {
    document.body.innerHTML = paragraphs(3_000);
    const model = new PageText(() => document.body);
    const reading = model.read(0);
    // The reading has paused after its first step; text it has already read changes, and
    // the observer reports it.
    (document.body.firstChild as HTMLElement).textContent = 'Rewritten while reading.';
    model.invalidate();
    const snapshot = await reading;
    expect(snapshot.text.startsWith('Rewritten while reading.')).toBe(true);
  });
});
