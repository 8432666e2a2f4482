import { describe, expect, it } from 'vitest';
import { describe as describePassage } from '../../../core/anchoring/describe.ts';
import { contextLength, passageSelectorsSchema } from '../../../core/anchoring/selectors.ts';

const text =
  'According to the police commander, last Wednesday, June 11, four police officers were killed during an operation to lift the blockade.';

describe('describe', () => {
  it('stores the exact quote, 32 characters of context each side, and the position', () => {
    const start = text.indexOf('four police');
    const end = start + 'four police officers were killed'.length;
    const selectors = describePassage(text, start, end);
    expect(selectors.quote.exact).toBe('four police officers were killed');
    expect(selectors.quote.prefix).toBe(text.slice(start - contextLength, start));
    expect(selectors.quote.prefix).toHaveLength(32);
    expect(selectors.quote.suffix).toBe(text.slice(end, end + contextLength));
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(passageSelectorsSchema.parse(selectors)).toEqual(selectors);
  });

  it('keeps shorter context at the edges of the text', () => {
    const selectors = describePassage(text, 0, 4);
    expect(selectors.quote.prefix).toBe('');
    expect(describePassage(text, text.length - 9, text.length).quote.suffix).toBe('');
  });

  it('does not cut a surrogate pair in half at the edge of the context', () => {
    const emoji = '😊';
    const page = `${emoji}${'a'.repeat(31)}quote${'b'.repeat(31)}${emoji}`;
    const start = page.indexOf('quote');
    const selectors = describePassage(page, start, start + 5);
    expect(selectors.quote.prefix).toBe('a'.repeat(31));
    expect(selectors.quote.suffix).toBe('b'.repeat(31));
  });

  it('refuses empty, reversed and out-of-range selections', () => {
    expect(() => describePassage(text, 5, 5)).toThrow(RangeError);
    expect(() => describePassage(text, 6, 5)).toThrow(RangeError);
    expect(() => describePassage(text, -1, 5)).toThrow(RangeError);
    expect(() => describePassage(text, 0, text.length + 1)).toThrow(RangeError);
  });
});
