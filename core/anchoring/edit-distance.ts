/**
 * Edit distance by dynamic programming, for the places where anchoring must measure a
 * quote against one region exactly rather than search for its best substring
 * (approx-string-match's job). Costs quote × region cells: callers bound it.
 */

/**
 * The last row of the edit-distance table of `quote` (rows) against `region` (columns):
 * cell j is the fewest edits turning the quote into `region.slice(0, j)`. Two typed rows,
 * and plain comparisons rather than Math.min: this loop is the hot one in
 * anchoring, run on up to a few hundred thousand cells.
 */
function lastDistanceRow(region: string, quote: string): Uint32Array {
  const width = region.length + 1;
  // Code units copied out once: charCodeAt on a slice of the page text is slower.
  const codes = new Uint16Array(region.length);
  for (let j = 0; j < region.length; j++) codes[j] = region.charCodeAt(j);
  let previous = new Uint32Array(width);
  let current = new Uint32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= quote.length; i++) {
    current[0] = i;
    const code = quote.charCodeAt(i - 1);
    let left = i;
    for (let j = 1; j < width; j++) {
      let cell = (previous[j - 1] as number) + (code === codes[j - 1] ? 0 : 1);
      const above = (previous[j] as number) + 1;
      if (above < cell) cell = above;
      if (left + 1 < cell) cell = left + 1;
      current[j] = cell;
      left = cell;
    }
    [previous, current] = [current, previous];
  }
  return previous;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  return lastDistanceRow(a, b)[a.length] as number;
}

/**
 * The alignment of `quote` with the start of `region` that needs fewest edits, where it
 * may end anywhere in the region: its errors and the length of region it covers. Ties
 * go to the length nearest the quote's.
 */
export function alignAtStart(region: string, quote: string): { errors: number; length: number } {
  const row = lastDistanceRow(region, quote);
  let best = { errors: Number.POSITIVE_INFINITY, length: 0 };
  row.forEach((errors, length) => {
    const nearer = Math.abs(length - quote.length) < Math.abs(best.length - quote.length);
    if (errors < best.errors || (errors === best.errors && nearer)) best = { errors, length };
  });
  return best;
}

const reversed = (text: string) => text.split('').reverse().join('');

/** `alignAtStart` from the other end: the quote ends where `region` ends, and may start anywhere in it. */
export function alignAtEnd(region: string, quote: string): { errors: number; length: number } {
  return alignAtStart(reversed(region), reversed(quote));
}
