// @vitest-environment happy-dom
/**
 * The fallback for browsers without the CSS Custom Highlight API: mentions are wrapped
 * in <glosa-mark> elements, in a batch per animation frame, and unwrapping restores the
 * page's text exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../entrypoints/content/highlighter';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function rangeOver(node: Node, start: number, endNode: Node, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  return range;
}

describe('wrapping highlighter (no CSS.highlights)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is the one chosen where the Highlight API is missing', () => {
    expect((globalThis as { Highlight?: unknown }).Highlight).toBeUndefined();
  });

  it('wraps a mention that spans inline markup, in the next frame, and unwraps it to the same text', async () => {
    document.body.innerHTML = '<p id="p">Said Evo <b>Morales</b> today.</p>';
    const before = document.body.innerHTML;
    const paragraph = document.getElementById('p') as HTMLElement;
    const first = paragraph.firstChild as Text;
    const bold = (paragraph.querySelector('b') as HTMLElement).firstChild as Text;
    const highlighter = createHighlighter(document);
    const range = rangeOver(first, 5, bold, 7);
    highlighter.add(range);
    highlighter.flush();
    expect(document.querySelectorAll('glosa-mark')).toHaveLength(0);
    await frame();
    const marks = [...document.querySelectorAll('glosa-mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['Evo ', 'Morales']);
    expect(paragraph.textContent).toBe('Said Evo Morales today.');
    highlighter.remove(range);
    expect(document.querySelectorAll('glosa-mark')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('drops a queued range that is removed before its frame', async () => {
    document.body.innerHTML = '<p>Senkata</p>';
    const text = (document.querySelector('p') as HTMLElement).firstChild as Text;
    const highlighter = createHighlighter(document);
    const range = rangeOver(text, 0, text, 7);
    highlighter.add(range);
    highlighter.remove(range);
    await frame();
    expect(document.querySelectorAll('glosa-mark')).toHaveLength(0);
  });
});
