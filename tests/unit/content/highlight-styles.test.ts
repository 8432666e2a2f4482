// @vitest-environment happy-dom
/**
 * The content side of "no stylesheet until there is something to draw" (issue 12): the
 * highlighter reports a draw only when a flush has ranges; the frame asks the background
 * for the rules once while something draws, and takes them out again (with the reader's
 * underline rule) once mentions stop and no saved highlight is drawn. Switching back on
 * asks again, even after a refusal.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Underline } from '../../../core/underline-css';
import { createHighlightStyles, type HighlightRules } from '../../../entrypoints/content/highlight-styles';
import { createHighlighter } from '../../../entrypoints/content/highlighter';
import { createMentionUnderline } from '../../../entrypoints/content/mention-underline';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

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

function countingRules() {
  const rules = { insertRules: vi.fn(async () => undefined), removeRules: vi.fn(async () => undefined) };
  return rules satisfies HighlightRules;
}

/**
 * A background that answers as `lib/highlight-styles.ts` does, and keeps the frame's
 * sheets as Chromium does: each insertion adds one, each removal takes out one of the
 * same text. `refuse` makes the next insertions answer `{ injected: false }`.
 */
function fakeBackground() {
  const sheets: string[] = [];
  const sent: [string, unknown][] = [];
  const state = { refuse: false, failRemoval: false, reject: false };
  const rule = (underline?: Underline | null) =>
    underline ? `underline ${underline.underlineStyle} ${underline.underlineColour}` : undefined;
  const takeOut = (text: string) => {
    const at = sheets.lastIndexOf(text);
    if (at >= 0) sheets.splice(at, 1);
  };
  const send = vi.fn(async (type: string, payload: Record<string, Underline | null | undefined>) => {
    sent.push([type, payload]);
    if (state.reject) throw new Error('Could not establish connection');
    if (type === 'inject-highlight-styles') {
      if (state.refuse) return { injected: false };
      sheets.push('base');
      const own = rule(payload.underline);
      if (own) sheets.push(own);
      return { injected: true };
    }
    if (type === 'remove-highlight-styles') {
      if (state.failRemoval) return { removed: false };
      const own = rule(payload.underline);
      if (own) takeOut(own);
      takeOut('base');
      return { removed: true };
    }
    if (type === 'restyle-mentions') {
      const from = rule(payload.from);
      const to = rule(payload.to);
      if (from) takeOut(from);
      if (to) sheets.push(to);
      return { restyled: true };
    }
    throw new Error(`unexpected ${type}`);
  });
  const underline = createMentionUnderline(send as never);
  const styles = createHighlightStyles(underline);
  /** Every request the frame queued has been answered: the fake answers without timers. */
  const idle = settle;
  return { sheets, sent, state, underline, styles, idle };
}

const wavy: Underline = { underlineStyle: 'wavy', underlineColour: '#aa3300' };
const red: Underline = { underlineStyle: 'solid', underlineColour: '#cc0000' };

describe('when the frame asks for the rules and takes them out', () => {
  it('asks once, however often and whoever draws', () => {
    const rules = countingRules();
    const styles = createHighlightStyles(rules);
    styles.drawn('mentions');
    styles.drawn('mentions');
    styles.drawn('saved-highlights');
    expect(rules.insertRules).toHaveBeenCalledTimes(1);
    expect(rules.removeRules).not.toHaveBeenCalled();
  });

  it('takes them out only once nothing draws: mentions stopped and no saved highlight', () => {
    const rules = countingRules();
    const styles = createHighlightStyles(rules);
    styles.drawn('mentions');
    styles.drawn('saved-highlights');
    styles.cleared('mentions');
    expect(rules.removeRules).not.toHaveBeenCalled();
    styles.cleared('saved-highlights');
    expect(rules.removeRules).toHaveBeenCalledTimes(1);
    styles.cleared('saved-highlights');
    styles.cleared('mentions');
    expect(rules.removeRules).toHaveBeenCalledTimes(1);
  });

  it('sends nothing for a feature that stops without having drawn (a switched-off page without mentions)', () => {
    const rules = countingRules();
    const styles = createHighlightStyles(rules);
    styles.cleared('mentions');
    styles.cleared('saved-highlights');
    expect(rules.insertRules).not.toHaveBeenCalled();
    expect(rules.removeRules).not.toHaveBeenCalled();
  });

  it('asks again at the first draw after switching back on', () => {
    const rules = countingRules();
    const styles = createHighlightStyles(rules);
    styles.drawn('mentions');
    styles.cleared('mentions');
    styles.drawn('mentions');
    styles.drawn('mentions');
    expect(rules.insertRules).toHaveBeenCalledTimes(2);
    expect(rules.removeRules).toHaveBeenCalledTimes(1);
  });

  it('a failed request does not escape', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const styles = createHighlightStyles({
      insertRules: () => Promise.reject(new Error('Cannot access contents of the page')),
      removeRules: () => Promise.reject(new Error('Cannot access contents of the page')),
    });
    styles.drawn('mentions');
    styles.cleared('mentions');
    await settle();
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe('the frame’s rules against a background that keeps its sheets', () => {
  it('switched off then on: the rules and the reader’s underline go out, then come back with the latest underline', async () => {
    const frame = fakeBackground();
    await frame.underline.set(wavy);
    frame.styles.drawn('mentions');
    await frame.idle();
    expect(frame.sheets).toEqual(['base', 'underline wavy #aa3300']);

    frame.styles.cleared('mentions');
    await frame.idle();
    expect(frame.sheets).toEqual([]);
    expect(frame.sent.at(-1)).toEqual(['remove-highlight-styles', { underline: wavy }]);

    // A change of underline while switched off is only remembered.
    const before = frame.sent.length;
    await frame.underline.set(red);
    expect(frame.sent).toHaveLength(before);

    frame.styles.drawn('mentions');
    await frame.idle();
    expect(frame.sheets).toEqual(['base', 'underline solid #cc0000']);
    expect(frame.sent.at(-1)).toEqual(['inject-highlight-styles', { underline: red }]);
  });

  it('switching off and on faster than the background answers ends with one copy of the rules', async () => {
    const frame = fakeBackground();
    frame.styles.drawn('mentions');
    frame.styles.cleared('mentions');
    frame.styles.drawn('mentions');
    frame.styles.cleared('mentions');
    frame.styles.drawn('mentions');
    await frame.idle();
    expect(frame.sheets).toEqual(['base']);
  });

  it('a refused insertion is not stuck: nothing to remove, and switching back on asks again', async () => {
    const frame = fakeBackground();
    frame.state.refuse = true;
    frame.styles.drawn('mentions');
    await frame.idle();
    // Later draws of the same session do not ask at every flush.
    frame.styles.drawn('mentions');
    await frame.idle();
    expect(frame.sent.map(([type]) => type)).toEqual(['inject-highlight-styles']);
    // Nothing was inserted, so nothing is removed, and the underline has nothing to swap.
    frame.styles.cleared('mentions');
    await frame.underline.set(red);
    await frame.idle();
    expect(frame.sent.map(([type]) => type)).toEqual(['inject-highlight-styles']);

    frame.state.refuse = false;
    frame.styles.drawn('mentions');
    await frame.idle();
    expect(frame.sent.map(([type]) => type)).toEqual(['inject-highlight-styles', 'inject-highlight-styles']);
    expect(frame.sheets).toEqual(['base', 'underline solid #cc0000']);
  });

  it('an insertion that throws (no answer) is treated as refused', async () => {
    const frame = fakeBackground();
    frame.state.reject = true;
    frame.styles.drawn('mentions');
    frame.styles.cleared('mentions');
    await frame.idle();
    expect(frame.sent.map(([type]) => type)).toEqual(['inject-highlight-styles']);
    frame.state.reject = false;
    frame.styles.drawn('mentions');
    await frame.idle();
    expect(frame.sheets).toEqual(['base']);
  });

  it('a removal the background could not do keeps the rules counted: no second copy, and the next stop tries again', async () => {
    const frame = fakeBackground();
    frame.styles.drawn('mentions');
    frame.state.failRemoval = true;
    frame.styles.cleared('mentions');
    await frame.idle();
    frame.styles.drawn('mentions');
    await frame.idle();
    expect(frame.sheets).toEqual(['base']);
    expect(frame.sent.map(([type]) => type)).toEqual(['inject-highlight-styles', 'remove-highlight-styles']);
    frame.state.failRemoval = false;
    frame.styles.cleared('mentions');
    await frame.idle();
    expect(frame.sheets).toEqual([]);
  });

  it('saved highlights keep the rules where mentions stopped, and the last one drawn takes them out', async () => {
    const frame = fakeBackground();
    frame.styles.drawn('mentions');
    frame.styles.drawn('saved-highlights');
    frame.styles.cleared('mentions');
    await frame.idle();
    expect(frame.sheets).toEqual(['base']);
    frame.styles.cleared('saved-highlights');
    await frame.idle();
    expect(frame.sheets).toEqual([]);
  });
});

describe('the highlighter asks for the stylesheet only when it draws', () => {
  it('with the Highlight API: not for empty flushes, once for many flushes with ranges', () => {
    vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
    Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true });
    const send = vi.fn(async () => ({ injected: true }));
    const styles = createHighlightStyles({ insertRules: send, removeRules: async () => undefined });
    const highlighter = createHighlighter(document, { onDraw: () => styles.drawn('mentions') });
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
