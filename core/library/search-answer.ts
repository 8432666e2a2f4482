/**
 * What the search worker sends back: the hits that pass the filters, at most as many as
 * the list can usefully show, and how many there were. A one-letter query matches most of
 * a library; copying 10,000 hits to the page and grouping them there took longer than the
 * search itself.
 */
import { type FilterFields, hasFilters, type LibraryQuery, passesFilterFields } from './library-query.ts';
import type { SearchHit } from './search-text.ts';

/** More than anyone scrolls through; few enough to copy and group within a frame. */
export const hitsShown = 1000;

export interface CappedHits {
  /** The best hits that pass the filters, in the engine's order. */
  hits: SearchHit[];
  /** How many hits pass the filters, shown or not. */
  total: number;
}

export function capHits(
  hits: readonly SearchHit[],
  fieldsOf: (id: string) => FilterFields | undefined,
  query: LibraryQuery,
  limit = hitsShown,
): CappedHits {
  const filtering = hasFilters(query);
  const kept: SearchHit[] = [];
  let total = 0;
  for (const hit of hits) {
    if (filtering) {
      const fields = fieldsOf(hit.id);
      if (!fields || !passesFilterFields(fields, query)) continue;
    }
    total++;
    if (kept.length < limit) kept.push(hit);
  }
  return { hits: kept, total };
}
