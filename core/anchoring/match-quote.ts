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
import { searchWindows } from './search-windows.ts';

/**
 * Errors allowed, as a share of the quote's length, when only the quote is evidence.
 *
 * A short quote is a few words: one or two changed characters already make it another
 * phrase, and news text is full of near-repeats ("the police said", "the police say").
 * So a 12-character quote may differ by 1 character (8%). A long quote is its own
 * evidence: a 200-character passage within 30% of the saved one does not occur by
 * chance, and rewording 30% of its words (synonyms, a word added or dropped) changes
 * 35–40% of its characters. Unrelated text of the same length differs by over half.
 * Between 16 and 160 characters the share grows in a straight line.
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
 * rather than replaced: up to 45% of it may differ.
 */
export const contextBackedErrorRate = 0.45;
const contextBackedMinFit = 0.8;

/** Over this many errors approx-string-match gets slow and long rewrites are not edits. */
const maxErrorsCap = 1_000;

/** Quotes up to this length are searched in the whole text when the windows fail. */
const fullTextSearchLimit = 256;

/** Most errors a quote of this length may have and still be accepted. */
export function maxAcceptedErrors(quoteLength: number, contextBacked: boolean): number {
  const rate = contextBacked
    ? Math.max(contextBackedErrorRate, ownErrorRate(quoteLength))
    : ownErrorRate(quoteLength);
  return Math.min(maxErrorsCap, Math.round(quoteLength * rate));
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
  if (candidate.errors > maxAcceptedErrors(quote.length, contextBacked)) return null;
  const quoteSimilarity = 1 - candidate.errors / quote.length;
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

/**
 * Fewest edits turning the quote into `region` entirely, through approx-string-match:
 * whatever of the region its best match leaves out counts as deleted from the quote.
 */
function errorsSpanning(region: string, quote: string): number {
  let fewest = Math.max(region.length, quote.length);
  for (const found of search(region, quote, quote.length)) {
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
  const suffixes = suffix.length >= 8 ? occurrences(text, suffix) : [];
  const prefixEnds = prefix.length >= 8 ? occurrences(text, prefix).map((at) => at + prefix.length) : [];
  for (const start of prefixEnds) {
    const end = suffixes.find((at) => at > start && at - start <= reach);
    if (end !== undefined) {
      candidates.push({ start, end, errors: errorsSpanning(text.slice(start, end), quote) });
      continue;
    }
    // Only the prefix is left: the quote starts here, its end is the best match's.
    for (const found of search(text.slice(start, start + reach), quote, quote.length)) {
      candidates.push({ start, end: start + found.end, errors: found.errors + found.start });
    }
  }
  for (const end of suffixes) {
    if (prefixEnds.some((start) => start < end && end - start <= reach)) continue;
    const from = Math.max(0, end - reach);
    for (const found of search(text.slice(from, end), quote, quote.length)) {
      candidates.push({ start: from + found.start, end, errors: found.errors + (end - from - found.end) });
    }
  }
  return candidates;
}

/**
 * The best place for `quote` in `text` allowing edits, or null when no candidate clears
 * the length-dependent minimum. Looks around the evidence first (`searchWindows`), then,
 * for quotes short enough that it is cheap, in the whole text.
 */
export function matchQuote(text: string, quote: string, context: PlaceContext): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const windowErrors = maxAcceptedErrors(quote.length, true);
  const windows = searchWindows(text, { quote, ...context });
  const near = [
    ...besideContext(text, quote, context),
    ...windows.flatMap((window) => searchIn(text, window.start, window.end, quote, windowErrors)),
  ];
  const accepted = best(
    near.map((candidate) => accept(text, quote, candidate, context)).filter((m) => m !== null),
  );
  if (accepted || quote.length > fullTextSearchLimit) return accepted;
  // No window holds it: a short quote may have moved far. Without context evidence
  // only its own error budget applies, which also keeps this search fast.
  const anywhere = searchIn(text, 0, text.length, quote, maxAcceptedErrors(quote.length, false));
  return best(anywhere.map((candidate) => accept(text, quote, candidate, context)).filter((m) => m !== null));
}
