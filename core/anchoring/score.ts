/**
 * How well a candidate place for a saved passage fits what was saved: the quote, the
 * 32 characters of context on each side, and the stored position. The weights are
 * hypothesis/client's (match-quote.ts): the quote counts most, each side of context
 * almost half as much, and the position only breaks ties, because edits elsewhere on
 * the page move every later passage.
 */
import search from 'approx-string-match';

const quoteWeight = 50;
const prefixWeight = 20;
const suffixWeight = 20;
const positionWeight = 2;
const totalWeight = quoteWeight + prefixWeight + suffixWeight + positionWeight;

export interface PlaceContext {
  prefix: string;
  suffix: string;
  /** The stored start offset: where the passage was when it was saved. */
  hint: number;
}

export interface ContextFit {
  /** 0–1: how closely the text just before the candidate matches the stored prefix. */
  prefix: number;
  /** 0–1: how closely the text just after the candidate matches the stored suffix. */
  suffix: number;
}

/**
 * 1 − (fewest edits to find `pattern` somewhere in `text`) / its length. The search is
 * loose on purpose: a fuzzy candidate's edges can be a character or two off, and the
 * context next to it should still count.
 */
export function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  const [best] = search(text, pattern, pattern.length);
  return best ? 1 - best.errors / pattern.length : 0;
}

/**
 * How the stored context fits around `start`–`end`. An empty stored side (the passage
 * began or ended the page) fits only where the candidate is at that edge of the text.
 */
export function contextFit(text: string, start: number, end: number, context: PlaceContext): ContextFit {
  // A few characters of slack on each side: the fuzzy candidate's edges are approximate.
  const slack = 4;
  const prefix =
    context.prefix.length === 0
      ? Number(start === 0)
      : similarity(
          text.slice(Math.max(0, start - context.prefix.length - slack), start + slack),
          context.prefix,
        );
  const suffix =
    context.suffix.length === 0
      ? Number(end === text.length)
      : similarity(text.slice(Math.max(0, end - slack), end + context.suffix.length + slack), context.suffix);
  return { prefix, suffix };
}

/** The combined 0–1 score used to choose between candidates. */
export function placeScore(
  text: string,
  start: number,
  quoteSimilarity: number,
  fit: ContextFit,
  hint: number,
): number {
  const distance = Math.abs(start - hint) / Math.max(1, text.length);
  const position = Math.max(0, 1 - distance);
  return (
    (quoteWeight * quoteSimilarity +
      prefixWeight * fit.prefix +
      suffixWeight * fit.suffix +
      positionWeight * position) /
    totalWeight
  );
}
