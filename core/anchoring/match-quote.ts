/**
 * The fuzzy step of anchoring: find a saved quote that the page has since edited.
 * Shaped like hypothesis/client's match-quote.ts (approx-string-match, then a scored
 * choice between candidates), with one difference: a candidate must clear a minimum
 * that depends on the quote's length, or there is no match. Hypothesis has no minimum,
 * and its users report short quotes anchored in the wrong place (hypothesis/h#2634);
 * Glosa would rather report an orphan than draw a highlight on the wrong words.
 */
import search from 'approx-string-match';
import { contextFit, type PlaceContext, placeScore } from './score.ts';
import { nearbyWindows, type SearchWindow, seedWindows } from './search-windows.ts';

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
const contextBackedMinFit = 0.8;

/** Over this many errors approx-string-match gets slow and long rewrites are not edits. */
const maxErrorsCap = 1_000;

/**
 * Quotes up to this length are searched in the whole text when the windows fail. They
 * are too short for more than a few seeds, and at two 32-character blocks the search
 * costs well under a millisecond on a 50,000-character page; a 190-character quote
 * would cost several, for every deleted passage, and has twelve seeds to be found by.
 */
const fullTextSearchLimit = 64;

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
function searchErrors(quoteLength: number, contextBacked: boolean): number {
  return Math.min(maxErrorsCap, Math.round(quoteLength * 1.15 * errorRate(quoteLength, contextBacked)));
}

export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  /** 0–1, from `placeScore`: how the candidate's quote, context and position fit. */
  score: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function accept(text: string, quote: string, candidate: Candidate, context: PlaceContext): QuoteMatch | null {
  const fit = contextFit(text, candidate.start, candidate.end, context);
  const contextBacked = fit.prefix >= contextBackedMinFit && fit.suffix >= contextBackedMinFit;
  if (candidate.errors > maxAcceptedErrors(quote.length, contextBacked, candidate.end - candidate.start))
    return null;
  const quoteSimilarity = 1 - candidate.errors / Math.max(quote.length, candidate.end - candidate.start);
  return { ...candidate, score: placeScore(text, candidate.start, quoteSimilarity, fit, context.hint) };
}

function best(matches: QuoteMatch[]): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const match of matches) if (!top || match.score > top.score) top = match;
  return top;
}

function searchIn(text: string, from: number, to: number, quote: string, maxErrors: number): Candidate[] {
  return search(text.slice(from, to), quote, maxErrors).map((found) => ({
    start: from + found.start,
    end: from + found.end,
    errors: found.errors,
  }));
}

/** Occurrences of the stored context measured directly, at most. */
const maxContextOccurrences = 4;

function occurrences(text: string, piece: string): number[] {
  const found: number[] = [];
  for (
    let at = text.indexOf(piece);
    at !== -1 && found.length < maxContextOccurrences;
    at = text.indexOf(piece, at + 1)
  ) {
    found.push(at);
  }
  return found;
}

/** Above this many cells the exact distance costs more than a millisecond or two. */
const maxDistanceCells = 400_000;

/** Levenshtein distance, two rows at a time. */
function editDistance(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/**
 * Fewest edits turning the quote into `region` entirely. Exact when cheap; for long
 * quotes, approx-string-match's best substring plus whatever of the region it leaves
 * out, which can only overcount (and long quotes have the window search besides).
 */
function errorsSpanning(region: string, quote: string): number {
  if (region.length * quote.length <= maxDistanceCells) return editDistance(region, quote);
  let fewest = Math.max(region.length, quote.length);
  for (const found of search(region, quote, searchErrors(quote.length, true))) {
    fewest = Math.min(fewest, found.errors + region.length - (found.end - found.start));
  }
  return fewest;
}

/**
 * Candidates right next to exact occurrences of the stored context. A short quote
 * reworded by a word or two can have fewer errors at some chance place in a window
 * than at its own place, and the window search reports only the fewest; next to its
 * unchanged context, its own place is measured directly.
 */
function besideContext(text: string, quote: string, context: PlaceContext): Candidate[] {
  const { prefix, suffix } = context;
  const candidates: Candidate[] = [];
  const reach = quote.length + (quote.length >> 1) + 8;
  const budget = searchErrors(quote.length, true);
  const suffixes = suffix.length >= 8 ? occurrences(text, suffix) : [];
  const prefixEnds = prefix.length >= 8 ? occurrences(text, prefix).map((at) => at + prefix.length) : [];
  for (const start of prefixEnds) {
    const end = suffixes.find((at) => at > start && at - start <= reach);
    if (end !== undefined) {
      candidates.push({ start, end, errors: errorsSpanning(text.slice(start, end), quote) });
      continue;
    }
    // Only the prefix is left: the quote starts here, its end is the best match's.
    for (const found of search(text.slice(start, start + reach), quote, budget)) {
      candidates.push({ start, end: start + found.end, errors: found.errors + found.start });
    }
  }
  for (const end of suffixes) {
    if (prefixEnds.some((start) => start < end && end - start <= reach)) continue;
    const from = Math.max(0, end - reach);
    for (const found of search(text.slice(from, end), quote, budget)) {
      candidates.push({ start: from + found.start, end, errors: found.errors + (end - from - found.end) });
    }
  }
  return candidates;
}

/**
 * The best place for `quote` in `text` allowing edits, or null when no candidate clears
 * the length-dependent minimum. Looks in stages, surest and cheapest evidence first,
 * and stops at the first stage with an accepted candidate: beside the unchanged context,
 * around the stored position and the context, around the quote's seeds, and, for quotes
 * short enough that it is cheap, in the whole text.
 */
export function matchQuote(text: string, quote: string, context: PlaceContext): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const windowErrors = searchErrors(quote.length, true);
  const inWindows = (windows: SearchWindow[]) =>
    windows.flatMap((window) => searchIn(text, window.start, window.end, quote, windowErrors));
  let searched: SearchWindow[] = [];
  const stages: Array<() => Candidate[]> = [
    () => besideContext(text, quote, context),
    () => {
      searched = nearbyWindows(text, { quote, ...context });
      return inWindows(searched);
    },
    () => inWindows(seedWindows(text, quote, searched)),
    // A short quote may have moved far: without context evidence only its own error
    // budget applies, which also keeps this search fast.
    () =>
      quote.length <= fullTextSearchLimit
        ? searchIn(text, 0, text.length, quote, searchErrors(quote.length, false))
        : [],
  ];
  for (const stage of stages) {
    const accepted = best(stage().flatMap((candidate) => accept(text, quote, candidate, context) ?? []));
    if (accepted) return accepted;
  }
  return null;
}
