/**
 * `anchor()`: where a saved passage is in the page text now. Pure and synchronous; the
 * content script calls it once per saved highlight inside its time slices, so each call
 * must stay cheap (see `npm run bench`, part "anchoring").
 *
 * In order, cheapest and surest first:
 * 1. the stored position, if the text there is still the quote and its context fits;
 * 2. exact occurrences of the quote, the one whose context and position fit best;
 * 3. a fuzzy match (`matchQuote`), accepted only above a length-dependent minimum.
 * Steps 1 and 2 give `anchored`; step 3 gives `uncertain`; otherwise `orphan`.
 * It never guesses: an exact quote found several times with no context to choose by
 * is `uncertain`, and nothing is ever deleted here.
 */
import { matchQuote } from './match-quote.ts';
import { type ContextFit, contextFit, type PlaceContext, placeScore } from './score.ts';
import type { AnchorResult, PassageSelectors } from './selectors.ts';

/** One side of context at least this similar says "this is the place the quote was saved". */
const plausibleContext = 0.5;
/** Occurrences of an exact quote scored at most, the nearest the stored position: scoring costs. */
const maxExactOccurrences = 200;

const fits = (fit: ContextFit) => fit.prefix >= plausibleContext || fit.suffix >= plausibleContext;

function atStoredPosition(
  text: string,
  selectors: PassageSelectors,
  context: PlaceContext,
): AnchorResult | null {
  const { start, end } = selectors.position;
  const { exact } = selectors.quote;
  if (end - start !== exact.length || text.slice(start, end) !== exact) return null;
  const fit = contextFit(text, start, end, context);
  // The same words at the same offset but in other surroundings may be a repeat of the
  // phrase that edits elsewhere moved here: let step 2 weigh every occurrence.
  if (!fits(fit) && text.indexOf(exact) !== text.lastIndexOf(exact)) return null;
  return { state: 'anchored', start, end, score: placeScore(text, start, 1, fit, start) };
}

function exactOccurrences(text: string, exact: string, hint: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  if (found.length <= maxExactOccurrences) return found;
  return found.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, maxExactOccurrences);
}

function bestExact(text: string, exact: string, context: PlaceContext): AnchorResult | null {
  const scored = exactOccurrences(text, exact, context.hint).map((start) => {
    const fit = contextFit(text, start, start + exact.length, context);
    return { start, fit, score: placeScore(text, start, 1, fit, context.hint) };
  });
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0] as (typeof scored)[number];
  const end = top.start + exact.length;
  // The only occurrence, or one its context picks out, is the passage; several with no
  // context to tell them apart is the position's guess, and the UI must say so.
  const state = scored.length === 1 || fits(top.fit) ? 'anchored' : 'uncertain';
  return { state, start: top.start, end, score: top.score };
}

export function anchor(text: string, selectors: PassageSelectors): AnchorResult {
  const { exact, prefix, suffix } = selectors.quote;
  const context: PlaceContext = { prefix, suffix, hint: selectors.position.start };
  const found =
    atStoredPosition(text, selectors, context) ??
    bestExact(text, exact, context) ??
    matchQuote(text, exact, context);
  if (!found) return { state: 'orphan' };
  if ('state' in found) return found;
  return { state: 'uncertain', start: found.start, end: found.end, score: found.score };
}
