/**
 * The list's rows: highlights grouped by page, newest first, or the search's hits in
 * their order. What is browsed (no search) is kept while a search is typed, so clearing
 * the search box shows it again without a pass over every highlight.
 *
 * A search's answer is shown in two steps. Its first pages go into the list in the task
 * the answer arrives in, the keystroke's critical path; the rest (up to a thousand hits,
 * and their rows for the virtualiser to lay out) once that frame is painted. The worker
 * sends the hits grouped by page, so the first rows are already the whole list's first rows.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Highlight } from '../../core/highlights/highlight';
import {
  formatLibraryQuery,
  type LibraryQuery,
  parseLibraryQuery,
  passesFilters,
} from '../../core/library/library-query';
import { answerEntries, type ListEntry, type Shown, shownOf } from './list-rows';
import type { SearchReply } from './search-client';

const nothing: Shown = { rows: [], shownIds: [] };

/** Hits rendered at once: more than the tallest screen shows, with the virtualiser's overscan. */
export const firstScreenHits = 30;

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
    const entries: ListEntry[] = [];
    for (const highlight of highlights)
      if (passesFilters(highlight, filters)) entries.push({ highlight, hit: undefined });
    return shownOf(entries);
  }, [highlights, filters]);
  // The answer whose every row is in the list; until then, its first pages only.
  const [whole, setWhole] = useState<SearchReply | null>(null);
  const complete = !reply || whole === reply || reply.hits.length <= firstScreenHits;
  useEffect(() => {
    if (complete) return;
    // The task after the frame that shows the first screen.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setWhole(reply), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [reply, complete]);
  const searched = useMemo((): Shown => {
    if (!reply) return nothing;
    // The worker filtered already; its documents may trail the page's by a change.
    const held = (id: string) => {
      const highlight = byId.get(id);
      return highlight && passesFilters(highlight, filters) ? highlight : undefined;
    };
    if (!complete) {
      // Every hit's id at once, as the worker filtered them: "select all shown" and its
      // count do not wait for the rest of the rows.
      const first = answerEntries(reply.hits, held, firstScreenHits);
      return { rows: shownOf(first).rows, shownIds: reply.hits.map((hit) => hit.id) };
    }
    const entries = answerEntries(reply.hits, held);
    return { rows: shownOf(entries).rows, shownIds: entries.map((entry) => entry.highlight.id) };
  }, [reply, byId, filters, complete]);
  return { ...(searching ? searched : browsed), byId };
}
