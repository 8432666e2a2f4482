/**
 * `describe()`: the selectors Glosa stores for a passage the reader selected, as
 * hypothesis/client's `describe()` does. The position is the fast path back to the
 * passage; the quote and its context are what find it again after the page changes.
 */
import { contextLength, maxQuoteLength, type PassageSelectors } from './selectors.ts';

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Describes `text.slice(start, end)`. Offsets are UTF-16 code units into the page text.
 * Throws a RangeError for an empty, reversed or out-of-range selection, or one longer
 * than `maxQuoteLength`: the caller refuses the save rather than storing a selector
 * that the schema would reject.
 */
export function describe(text: string, start: number, end: number): PassageSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`No passage at ${start}–${end} in a text of ${text.length} characters`);
  }
  if (end - start > maxQuoteLength) {
    throw new RangeError(`A passage of ${end - start} characters is longer than ${maxQuoteLength}`);
  }
  let prefixStart = Math.max(0, start - contextLength);
  let suffixEnd = Math.min(text.length, end + contextLength);
  // A context cut through a surrogate pair would store half an emoji: drop the half.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
