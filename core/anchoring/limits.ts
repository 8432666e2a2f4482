/**
 * The sizes a saved passage's selectors keep. Apart from the schemas (selectors.ts) so
 * that code needing only a number (the library's text fragments) does not load zod.
 */

/** How many characters of context a quote selector keeps on each side (as Hypothesis). */
export const contextLength = 32;

/** Longest passage Glosa saves: a long paragraph, not a whole article. */
export const maxQuoteLength = 20_000;
