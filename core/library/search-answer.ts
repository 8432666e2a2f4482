/**
 * What the search worker sends back: the hits that pass the filters, at most as many as
 * the list can usefully show, in the list's order, and how many there were. A one-letter
 * query matches most of a library; copying 10,000 hits to the page and grouping them there
 * took longer than the search itself.
 */
import { type FilterFields, hasFilters, type LibraryQuery, passesFilterFields } from './library-query.ts';
import type { SearchHit } from './search-text.ts';
import type { ShownHits } from './shown-hits.ts';

/** More than anyone scrolls through; few enough to copy and group within a frame. */
export const hitsShown = 1000;

export interface CappedHits {
  /**
   * The best hits that pass the filters, grouped by page (`inPageOrder`): the order the
   * list shows them in.
   */
  hits: SearchHit[];
  /** How many hits pass the filters, shown or not. */
  total: number;
}

/** A search engine that builds only the hits it is asked to keep (`HighlightSearch`). */
export interface CappingSearch {
  search(query: string, shown: ShownHits): { hits: SearchHit[]; total: number };
}

/**
 * The answer to `query` from `engine`: the best hits that pass the filters, at most
 * `limit`, grouped by page. The filters are applied as the engine ranks, so a capped
 * answer still holds the best hits that pass them. A hit the worker holds no fields for
 * is dropped only when filtering.
 */
export function answerSearch(
  engine: CappingSearch,
  query: LibraryQuery,
  fieldsOf: (id: string) => FilterFields | undefined,
  limit = hitsShown,
): CappedHits {
  const keep = hasFilters(query)
    ? (id: string) => {
        const fields = fieldsOf(id);
        return fields !== undefined && passesFilterFields(fields, query);
      }
    : undefined;
  const { hits, total } = engine.search(query.q, { limit, keep });
  return { hits: inPageOrder(hits, fieldsOf), total };
}

/**
 * The hits as the list shows them: grouped by page, the pages in the order of their best
 * hit, each page's hits in the engine's order. Ordered here, off the page's thread, so
 * that the page can render an answer's first screen from its first hits (grouping a
 * thousand hits on the page cost 1.5 ms of each keystroke's answer).
 */
export function inPageOrder(
  hits: readonly SearchHit[],
  fieldsOf: (id: string) => Pick<FilterFields, 'source'> | undefined,
): SearchHit[] {
  const pages = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    // A hit the worker holds no fields for keeps its place, as a page of its own.
    const page = fieldsOf(hit.id)?.source ?? `\0${hit.id}`;
    const list = pages.get(page);
    if (list) list.push(hit);
    else pages.set(page, [hit]);
  }
  const ordered: SearchHit[] = [];
  for (const list of pages.values()) ordered.push(...list);
  return ordered;
}
