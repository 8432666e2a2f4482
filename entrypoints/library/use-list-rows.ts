/**
 * The list's rows: highlights grouped by page, newest first, or the search's hits in
 * their order. What is browsed (no search) is kept while a search is typed, so clearing
 * the search box shows it again without a pass over every highlight.
 */
import { useMemo } from 'react';
import type { Highlight } from '../../core/highlights/highlight';
import {
  formatLibraryQuery,
  type LibraryQuery,
  parseLibraryQuery,
  passesFilters,
} from '../../core/library/library-query';
import type { SearchHit } from '../../core/library/search-text';
import { type Shown, shownOf } from './list-rows';
import type { SearchReply } from './search-client';

const nothing: Shown = { rows: [], shownIds: [] };

/** The query without its search text: the same object while only the search box changes. */
export function useFilters(query: LibraryQuery): LibraryQuery {
  const filterKey = formatLibraryQuery({ ...query, q: '' });
  return useMemo(() => parseLibraryQuery(filterKey), [filterKey]);
}

/** `filters` from `useFilters`; `reply` the search's answer while `searching`. */
export function useListRows(
  highlights: Highlight[] | undefined,
  filters: LibraryQuery,
  reply: SearchReply | null,
  searching: boolean,
): Shown & { byId: ReadonlyMap<string, Highlight> } {
  const byId = useMemo(
    () => new Map((highlights ?? []).map((highlight) => [highlight.id, highlight])),
    [highlights],
  );
  const browsed = useMemo(() => {
    if (!highlights) return nothing;
    const entries: { highlight: Highlight; hit: SearchHit | undefined }[] = [];
    for (const highlight of highlights)
      if (passesFilters(highlight, filters)) entries.push({ highlight, hit: undefined });
    return shownOf(entries);
  }, [highlights, filters]);
  const searched = useMemo(() => {
    if (!reply) return nothing;
    const entries: { highlight: Highlight; hit: SearchHit | undefined }[] = [];
    for (const hit of reply.hits) {
      const highlight = byId.get(hit.id);
      // The worker filtered already; its documents may trail the page's by a change.
      if (highlight && passesFilters(highlight, filters)) entries.push({ highlight, hit });
    }
    return shownOf(entries);
  }, [reply, byId, filters]);
  return { ...(searching ? searched : browsed), byId };
}
