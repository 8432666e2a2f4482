/**
 * How different from the saved quote a fuzzy match may be and still be accepted: the
 * length-dependent minimum that Hypothesis's match-quote.ts lacks. Pure numbers, so the
 * thresholds are read and tested in one place.
 */

/**
 * Errors allowed, as a share of the quote's length, when only the quote is evidence.
 *
 * A short quote is a few words: one or two changed characters already make it another
 * phrase, and news text is full of near-repeats ("the police said", "the police say").
 * So a 12-character quote may differ by 1 character (8%). A long quote is its own
 * evidence: rewording 30% of its words (synonyms, a word added or dropped) changes
 * 35–40% of its characters, while an unrelated passage of news text, however it is
 * aligned, differs by 65–75% (at the 5th percentile about 60%, measured on the
 * re-anchoring corpus), so a 160-character passage within 40% of the saved one is
 * that passage edited. Between 16 and 160 characters the share grows in a straight line.
 */
export function ownErrorRate(quoteLength: number): number {
  const shortRate = 0.08;
  const longRate = 0.4;
  const t = Math.min(1, Math.max(0, (quoteLength - 16) / (160 - 16)));
  return shortRate + t * (longRate - shortRate);
}

/**
 * Errors allowed when the stored context on both sides is also found right around the
 * candidate (each side at least 80% similar). Then 64 characters of unchanged text pin
 * the place, whatever the quote's length, and the quote only has to show it was edited
 * rather than replaced: up to 45% of it may differ, still well short of the 60% or
 * more by which unrelated text differs.
 */
export const contextBackedErrorRate = 0.45;
/** How similar (0–1) a side of stored context must be to count as found around a candidate. */
export const contextBackedMinFit = 0.8;

/** Over this many errors approx-string-match gets slow and long rewrites are not edits. */
const maxErrorsCap = 1_000;

function errorRate(quoteLength: number, contextBacked: boolean): number {
  return contextBacked
    ? Math.max(contextBackedErrorRate, ownErrorRate(quoteLength))
    : ownErrorRate(quoteLength);
}

/**
 * Most errors a quote of this length may have and still be accepted, where the text
 * found is `foundLength` long. The share is of the longer of the two, as edit distance
 * is usually normalised: an added word lengthens the text found, and its characters
 * count against a longer whole.
 */
export function maxAcceptedErrors(
  quoteLength: number,
  contextBacked: boolean,
  foundLength = quoteLength,
): number {
  return Math.min(
    maxErrorsCap,
    Math.round(Math.max(quoteLength, foundLength) * errorRate(quoteLength, contextBacked)),
  );
}

/**
 * The error budget to search with. A candidate is judged against the longer of quote
 * and text found, so an edit that adds words earns a few more errors; the search allows
 * for text found up to 15% longer than the quote. A bigger budget would not find more
 * passages, only more junk: near 60% of a long quote's length, unrelated text matches
 * everywhere and approx-string-match slows down by two orders of magnitude.
 */
export function searchErrors(quoteLength: number, contextBacked: boolean): number {
  return Math.min(maxErrorsCap, Math.round(quoteLength * 1.15 * errorRate(quoteLength, contextBacked)));
}
