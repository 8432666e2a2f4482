/**
 * Where in the page text a fuzzy search for a saved quote is worth running. Searching
 * the whole text with an error budget proportional to a long quote costs tens of
 * milliseconds, and the content script anchors every saved highlight of the page; so
 * the fuzzy step first looks only around places with evidence: the stored position,
 * exact occurrences of the stored context, and exact occurrences of short pieces
 * ("seeds") of the quote, which survive rewording between the changed words.
 */

/** Seed length: long enough to be rare in news text, short enough to fall between edits. */
const seedLength = 16;
/**
 * Seeds per quote at most: enough that some survive rewording a third of the words,
 * few enough to stay cheap (each is an `indexOf` over the whole text).
 */
const maxSeeds = 12;
/** A seed found more often than this is common text, not evidence of the passage. */
const maxSeedOccurrences = 4;
/** Windows searched per kind of evidence at most. */
const maxWindows = 6;

export interface SearchWindow {
  start: number;
  end: number;
}

export interface WindowEvidence {
  quote: string;
  prefix: string;
  suffix: string;
  /** The stored start offset. */
  hint: number;
}

function occurrences(text: string, piece: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(piece); at !== -1 && found.length <= limit; at = text.indexOf(piece, at + 1)) {
    found.push(at);
  }
  return found.length > limit ? [] : found;
}

/** Offsets in the quote where seeds start, evenly spread, the last one flush with its end. */
function seedOffsets(quoteLength: number): number[] {
  if (quoteLength < seedLength * 2) return [];
  const count = Math.min(maxSeeds, Math.floor(quoteLength / seedLength));
  const step = (quoteLength - seedLength) / (count - 1);
  return Array.from({ length: count }, (_, i) => Math.round(i * step));
}

type Votes = Map<number, number>;

function placeWindows(quoteLength: number, votes: Votes, limit: number): SearchWindow[] {
  // Rewording changes the quote's length: starts within a quarter of it are one place.
  const samePlace = Math.max(32, quoteLength >> 2);
  const starts = [...votes.keys()].sort((a, b) => a - b);
  const places: Array<{ first: number; last: number; votes: number }> = [];
  for (const start of starts) {
    const place = places.at(-1);
    const weight = votes.get(start) ?? 0;
    if (place && start - place.last <= samePlace) {
      place.last = start;
      place.votes += weight;
    } else {
      places.push({ first: start, last: start, votes: weight });
    }
  }
  places.sort((a, b) => b.votes - a.votes);
  return places.slice(0, limit).map((place) => ({
    start: place.first - roomAround(quoteLength),
    end: place.last + quoteLength + roomAround(quoteLength),
  }));
}

/** Room for a quote that grew by half, plus what a fuzzy match's edges need. */
const roomAround = (quoteLength: number) => (quoteLength >> 1) + 32;

function clipped(text: string, windows: SearchWindow[]): SearchWindow[] {
  return mergeWindows(
    windows.map((window) => ({ start: Math.max(0, window.start), end: Math.min(text.length, window.end) })),
  ).filter((window) => window.end > window.start);
}

/**
 * The cheap evidence, in text order, none overlapping: the stored position, which edits
 * elsewhere shift by a few hundred characters on a typical page, and exact occurrences
 * of the stored context, which say where the quote starts (or ends) almost to the character.
 */
export function nearbyWindows(text: string, evidence: WindowEvidence): SearchWindow[] {
  const { quote, prefix, suffix, hint } = evidence;
  const votes: Votes = new Map();
  if (prefix.length >= 8) {
    for (const at of occurrences(text, prefix, maxSeedOccurrences)) votes.set(at + prefix.length, 1);
  }
  if (suffix.length >= 8) {
    for (const at of occurrences(text, suffix, maxSeedOccurrences)) votes.set(at - quote.length, 1);
  }
  const room = roomAround(quote.length) + 256;
  return clipped(text, [
    { start: hint - room, end: hint + quote.length + room },
    ...placeWindows(quote.length, votes, maxWindows - 1),
  ]);
}

/**
 * Windows around exact occurrences of the quote's seeds, best supported first, leaving
 * out those inside `searched`. Each seed found implies where the quote starts; starts
 * close together are one place and their votes add up.
 */
export function seedWindows(text: string, quote: string, searched: SearchWindow[]): SearchWindow[] {
  const votes: Votes = new Map();
  for (const offset of seedOffsets(quote.length)) {
    const seed = quote.slice(offset, offset + seedLength);
    for (const at of occurrences(text, seed, maxSeedOccurrences)) {
      if (at - offset >= -quote.length) votes.set(at - offset, (votes.get(at - offset) ?? 0) + 1);
    }
  }
  const isNew = (window: SearchWindow) =>
    !searched.some((done) => done.start <= window.start && window.end <= done.end);
  return clipped(text, placeWindows(quote.length, votes, maxWindows)).filter(isNew);
}

/** Overlapping windows searched twice would cost twice and report the same match twice. */
function mergeWindows(windows: SearchWindow[]): SearchWindow[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  const merged: SearchWindow[] = [];
  for (const window of sorted) {
    const last = merged.at(-1);
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}
