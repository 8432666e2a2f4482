/**
 * The fuzzy step of anchoring: find a saved quote that the page has since edited.
 * Shaped like hypothesis/client's match-quote.ts (approx-string-match, then a scored
 * choice between candidates), with one difference: a candidate must clear a minimum
 * that depends on the quote's length (`thresholds.ts`), or there is no match. Hypothesis has no minimum,
 * and its users report short quotes anchored in the wrong place (hypothesis/h#2634);
 * Glosa would rather report an orphan than draw a highlight on the wrong words.
 */
import search from 'approx-string-match';
import { alignAtEnd, alignAtStart, editDistance } from './edit-distance.ts';
import { contextFit, type PlaceContext, placeScore } from './score.ts';
import { nearbyWindows, type SearchWindow, seedWindows } from './search-windows.ts';
import { contextBackedMinFit, maxAcceptedErrors, searchErrors } from './thresholds.ts';

/**
 * Quotes up to this length are searched in the whole text when the windows fail. They
 * are too short for more than a few seeds, and at two 32-character blocks the search
 * costs well under a millisecond on a 50,000-character page; a 190-character quote
 * would cost several, for every deleted passage, and has twelve seeds to be found by.
 */
const fullTextSearchLimit = 64;

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

/**
 * Which sides of the stored context must fit for the context-backed error rate. Both,
 * for a quote; only the outer one for an end of a long quote, whose inner side is the
 * rest of the quote, edited with it.
 */
export type BackingSides = 'both' | 'prefix' | 'suffix';

function accept(
  text: string,
  quote: string,
  candidate: Candidate,
  context: PlaceContext,
  backing: BackingSides,
): QuoteMatch | null {
  const fit = contextFit(text, candidate.start, candidate.end, context);
  const prefixFits = fit.prefix >= contextBackedMinFit;
  const suffixFits = fit.suffix >= contextBackedMinFit;
  const contextBacked =
    backing === 'both' ? prefixFits && suffixFits : backing === 'prefix' ? prefixFits : suffixFits;
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

/** How far the stored suffix may overlap the stored prefix: the two paragraph breaks around a removed paragraph. */
const overlapSlack = 8;

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
 * than at its own place, and a long one that grew can match best without its last
 * words; the window search reports only the fewest errors. Next to its unchanged
 * context, its own place is measured directly, by dynamic programming where that is
 * cheap (`maxDistanceCells`).
 */
function besideContext(text: string, quote: string, context: PlaceContext): Candidate[] {
  const { prefix, suffix } = context;
  const candidates: Candidate[] = [];
  const reach = quote.length + (quote.length >> 1) + 8;
  const budget = searchErrors(quote.length, true);
  const suffixes = suffix.length >= 8 ? occurrences(text, suffix) : [];
  const prefixEnds = prefix.length >= 8 ? occurrences(text, prefix).map((at) => at + prefix.length) : [];
  for (const start of prefixEnds) {
    // The suffix may follow at once, or even overlap the prefix when the quote's whole
    // paragraph went and the two paragraph breaks around it became one: nothing is left
    // between them, and there is no need to look further.
    const end = suffixes.find((at) => at >= start - overlapSlack && at - start <= reach);
    if (end !== undefined && end <= start) continue;
    if (end !== undefined) {
      candidates.push({ start, end, errors: errorsSpanning(text.slice(start, end), quote) });
      continue;
    }
    // Only the prefix is left: the quote starts here and ends where it aligns best.
    const region = text.slice(start, start + reach);
    if (region.length * quote.length <= maxDistanceCells) {
      const { errors, length } = alignAtStart(region, quote);
      candidates.push({ start, end: start + length, errors });
      continue;
    }
    for (const found of search(region, quote, budget)) {
      candidates.push({ start, end: start + found.end, errors: found.errors + found.start });
    }
  }
  for (const end of suffixes) {
    if (prefixEnds.some((start) => start - overlapSlack <= end && end - start <= reach)) continue;
    const from = Math.max(0, end - reach);
    const region = text.slice(from, end);
    if (region.length * quote.length <= maxDistanceCells) {
      const { errors, length } = alignAtEnd(region, quote);
      candidates.push({ start: end - length, end, errors });
      continue;
    }
    for (const found of search(region, quote, budget)) {
      candidates.push({ start: from + found.start, end, errors: found.errors + (end - from - found.end) });
    }
  }
  return candidates;
}

/**
 * Quotes longer than this are matched by their two ends. Fuzzy search costs the text
 * searched times the quote's length: a 10,000-character quote in its windows takes
 * about 100 ms, more than a whole page's budget for anchoring, and its error budget
 * would hit `maxErrorsCap` besides.
 */
const longQuoteLength = 1_024;
/** The length of each end matched for a long quote: long enough to be its own evidence. */
const endLength = 512;

/**
 * A long quote is where both its first and its last `endLength` characters are found
 * (each with its own minimum, as a quote of that length, backed by the context on its
 * outer side), in that order, and about as far apart as they were. With only one end
 * found, the passage was cut or rewritten beyond telling where it now ends: no match.
 */
function matchByEnds(text: string, quote: string, context: PlaceContext): QuoteMatch | null {
  const tailStart = quote.length - endLength;
  const head = matchQuote(
    text,
    quote.slice(0, endLength),
    {
      prefix: context.prefix,
      suffix: quote.slice(endLength, endLength + context.suffix.length),
      hint: context.hint,
    },
    'prefix',
  );
  if (!head) return null;
  const tail = matchQuote(
    text,
    quote.slice(tailStart),
    {
      prefix: quote.slice(Math.max(0, tailStart - context.prefix.length), tailStart),
      suffix: context.suffix,
      hint: head.start + tailStart,
    },
    'suffix',
  );
  if (!tail || tail.start < head.end) return null;
  const span = tail.end - head.start;
  // Rewording changes the length by a few percent; a span far from it is another passage.
  if (span < quote.length * 0.6 || span > quote.length * 1.5) return null;
  return {
    start: head.start,
    end: tail.end,
    errors: head.errors + tail.errors,
    score: (head.score + tail.score) / 2,
  };
}

/**
 * The best place for `quote` in `text` allowing edits, or null when no candidate clears
 * the length-dependent minimum. Looks in stages, surest and cheapest evidence first,
 * and stops at the first stage with an accepted candidate: beside the unchanged context,
 * around the stored position and the context, around the quote's seeds, and, for quotes
 * short enough that it is cheap, in the whole text.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: PlaceContext,
  backing: BackingSides = 'both',
): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  if (quote.length > longQuoteLength) return matchByEnds(text, quote, context);
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
    const accepted = best(
      stage().flatMap((candidate) => accept(text, quote, candidate, context, backing) ?? []),
    );
    if (accepted) return accepted;
  }
  return null;
}
