/**
 * The search worker's answer for the query and filters, null when nothing is searched.
 * The library's highlights are handed to the worker when the page is idle (once the
 * entity names are loaded), not while it first renders.
 *
 * A keystroke's search is posted from the box's `beforeinput` (predicted-input.ts), or
 * else from its `input` handler, with `searchNow`, before React renders the typed letter:
 * the worker searches while the page renders, instead of after it. Its answer is rendered
 * in the task it arrives in (`flushSync`), not in a task queued behind it, where a frame
 * could slip in between and show the answer a frame late. Chromium lets no message in
 * before the frame that draws the typed letter, so the page also looks for the answer on
 * the shared board at the start of that frame (answer-board.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Highlight } from '../../core/highlights/highlight';
import { filterFields, formatLibraryQuery, type LibraryQuery } from '../../core/library/library-query';
import { searchDocument } from '../../core/library/search-text';
import { createSearchClient, type SearchClient, type SearchReply } from './search-client';

/** Documents per message: 10,000 at once was a long task to copy. */
const indexSlice = 500;

export function useSearch(
  highlights: Highlight[] | undefined,
  entityName: ((id: string) => string) | null,
  query: LibraryQuery,
): { reply: SearchReply | null; pending: boolean; searchNow: (query: LibraryQuery) => void } {
  const client = useRef<SearchClient | null>(null);
  const [reply, setReply] = useState<SearchReply | null>(null);
  const [indexed, setIndexed] = useState<Highlight[] | undefined>(undefined);
  const searching = query.q.trim() !== '';
  const key = formatLibraryQuery(query);
  // Started on first use (the documents, handed over when the page is idle): starting a
  // worker costs its own task, which the first screen need not wait for.
  // The query on screen: an answer to any other (a keystroke's search sent from its
  // `beforeinput`, whose edit then did not happen) is not this page's answer.
  const shownKey = useRef(key);
  shownKey.current = key;
  const started = useCallback(() => {
    client.current ??= createSearchClient((answer) => {
      if (answer.key === shownKey.current) flushSync(() => setReply(answer));
    });
    return client.current;
  }, []);
  // What the worker was last asked, and over which documents: the effect below does not ask again.
  const sent = useRef<{ key: string; documents: Highlight[] } | null>(null);
  const ask = useCallback(
    (next: LibraryQuery, documents: Highlight[] | undefined) => {
      const nextKey = formatLibraryQuery(next);
      if (!documents || next.q.trim() === '') return;
      if (sent.current?.key === nextKey && sent.current.documents === documents) return;
      sent.current = { key: nextKey, documents };
      const client = started();
      client.search(nextKey, next);
      // The frame that draws the typed letter: its answer too, if the worker has it by then.
      requestAnimationFrame(() => client.collectReady());
    },
    [started],
  );
  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => {
    if (!highlights || !entityName || indexed === highlights) return;
    let cancelled = false;
    // A slice at a time, the page free between slices.
    const post = async () => {
      for (let start = 0; start === 0 || start < highlights.length; start += indexSlice) {
        if (cancelled) return;
        const slice = highlights.slice(start, start + indexSlice);
        const last = start + indexSlice >= highlights.length;
        started().addDocuments(
          slice.map((highlight) => searchDocument(highlight, entityName)),
          slice.map(filterFields),
          start === 0,
          last,
        );
        if (!last) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (cancelled) return;
      setIndexed(highlights);
      // Once the page has nothing else to do (the worker's warm-up competes for the CPU).
      requestIdleCallback(() => started().warmUp(), { timeout: 5000 });
    };
    // A search typed before the page is idle is not kept waiting.
    if (searching && indexed === undefined) {
      void post();
      return () => {
        cancelled = true;
      };
    }
    const idle = requestIdleCallback(() => void post(), { timeout: 1000 });
    return () => {
      cancelled = true;
      cancelIdleCallback(idle);
    };
  }, [highlights, entityName, searching, indexed, started]);
  // The latest query, read by the effect below without re-running it for an equal one.
  const latest = useRef(query);
  latest.current = query;
  useEffect(() => {
    // Again when the documents change: the last answer named highlights that may be gone.
    if (key !== '') ask(latest.current, indexed);
  }, [indexed, key, ask]);
  const searchNow = useCallback((next: LibraryQuery) => ask(next, indexed), [ask, indexed]);
  if (!searching) return { reply: null, pending: false, searchNow };
  return { reply, pending: reply?.key !== key, searchNow };
}
