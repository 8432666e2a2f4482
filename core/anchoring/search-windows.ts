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
/** Seeds per quote at most: enough to survive rewording, few enough to stay cheap. */
const maxSeeds = 24;
/** A seed found more often than this is common text, not evidence of the passage. */
const maxSeedOccurrences = 4;
/** Windows searched at most; the stored position's window is always among them. */
export const maxWindows = 6;

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

/**
 * Windows to search, in text order, none overlapping. Each piece of evidence
 * implies where the quote starts; starts close together are one place and their votes
 * add up. A window spans the implied starts plus room for the quote to have grown.
 */
export function searchWindows(text: string, evidence: WindowEvidence): SearchWindow[] {
  const { quote, prefix, suffix, hint } = evidence;
  const votes = new Map<number, number>();
  const vote = (start: number, weight: number) => {
    if (start < -quote.length || start > text.length) return;
    votes.set(start, (votes.get(start) ?? 0) + weight);
  };
  // Context found exactly says where the quote starts (or ends) almost to the character.
  if (prefix.length >= 8)
    for (const at of occurrences(text, prefix, maxSeedOccurrences)) vote(at + prefix.length, 4);
  if (suffix.length >= 8)
    for (const at of occurrences(text, suffix, maxSeedOccurrences)) vote(at - quote.length, 4);
  for (const offset of seedOffsets(quote.length)) {
    const seed = quote.slice(offset, offset + seedLength);
    for (const at of occurrences(text, seed, maxSeedOccurrences)) vote(at - offset, 1);
  }

  // Rewording changes the quote's length: starts within a quarter of it are one place.
  const sameplace = Math.max(32, quote.length >> 2);
  const starts = [...votes.keys()].sort((a, b) => a - b);
  const places: Array<{ first: number; last: number; votes: number }> = [];
  for (const start of starts) {
    const place = places.at(-1);
    const weight = votes.get(start) ?? 0;
    if (place && start - place.last <= sameplace) {
      place.last = start;
      place.votes += weight;
    } else {
      places.push({ first: start, last: start, votes: weight });
    }
  }
  places.sort((a, b) => b.votes - a.votes);

  // Room for a quote that grew by half, plus what a fuzzy match's edges need.
  const room = (quote.length >> 1) + 32;
  const windows: SearchWindow[] = [
    // Edits elsewhere shift the passage, by a few hundred characters on a typical page.
    { start: hint - room - 256, end: hint + quote.length + room + 256 },
    ...places.slice(0, maxWindows - 1).map((place) => ({
      start: place.first - room,
      end: place.last + quote.length + room,
    })),
  ];
  return mergeWindows(
    windows.map((window) => ({ start: Math.max(0, window.start), end: Math.min(text.length, window.end) })),
  ).filter((window) => window.end > window.start);
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
