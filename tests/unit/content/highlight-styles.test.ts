// @vitest-environment happy-dom
/**
 * The content side of "no stylesheet until there is something to draw" (issue 12): the
 * highlighter reports a draw only when a flush has ranges, and the request built on it
 * asks the background once per document, whatever the answer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStylesRequest } from '../../../entrypoints/content/highlight-styles';
import { createHighlighter } from '../../../entrypoints/content/highlighter';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function mentionRange(): Range {
  document.body.innerHTML = '<p>Senkata</p>';
  const text = (document.querySelector('p') as HTMLElement).firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 7);
  return range;
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(window, 'CSS');
  document.body.innerHTML = '';
});

describe('the stylesheet request', () => {
  it('asks once, however often it is called', () => {
    const send = vi.fn(async () => ({ injected: true }));
    const request = createStylesRequest(send);
    request();
    request();
    request();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not ask again after a refusal, and the refusal does not escape', async () => {
    const send = vi.fn(() => Promise.reject(new Error('Cannot access contents of the page')));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const request = createStylesRequest(send);
    request();
    await new Promise((resolve) => setTimeout(resolve, 0));
    request();
    process.off('unhandledRejection', unhandled);
    expect(send).toHaveBeenCalledTimes(1);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe('the highlighter asks for the stylesheet only when it draws', () => {
  it('with the Highlight API: not for empty flushes, once for many flushes with ranges', () => {
    vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
    Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true });
    const send = vi.fn(async () => ({ injected: true }));
    const highlighter = createHighlighter(document, { onDraw: createStylesRequest(send) });
    highlighter.flush();
    highlighter.flush();
    expect(send).not.toHaveBeenCalled();
    highlighter.add(mentionRange());
    highlighter.flush();
    highlighter.add(mentionRange());
    highlighter.flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('a range removed before the flush draws nothing, so nothing is asked', () => {
    vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
    Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true });
    const onDraw = vi.fn();
    const highlighter = createHighlighter(document, { onDraw });
    const range = mentionRange();
    highlighter.add(range);
    highlighter.remove(range);
    highlighter.flush();
    expect(onDraw).not.toHaveBeenCalled();
  });

  it('with the wrapping fallback: at the frame that wraps, not before', async () => {
    const onDraw = vi.fn();
    const highlighter = createHighlighter(document, { onDraw });
    highlighter.add(mentionRange());
    expect(onDraw).not.toHaveBeenCalled();
    await frame();
    expect(onDraw).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('glosa-mark')).toHaveLength(1);
  });
});
