/**
 * The library's query and filters, kept in the page's URL fragment: a filter change is a
 * history entry (back undoes it), typing in the search box replaces the current entry
 * (so back does not step through every letter).
 *
 * Typing updates the address once the typing pauses, not on every keystroke: the query
 * itself changes at once, but `history.replaceState` is a call into the browser that
 * showed in every keystroke's profile, and an address nobody reads mid-word need not keep
 * up. A filter change, leaving the page, or the page's own navigation writes it at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatLibraryQuery, type LibraryQuery, parseLibraryQuery } from '../../core/library/library-query';

/** Typing this long without a key writes the search into the address. */
const typingPauseMs = 300;

export function useLibraryQuery(): [
  LibraryQuery,
  (next: LibraryQuery, options?: { replace?: boolean }) => void,
] {
  const [query, setQuery] = useState<LibraryQuery>(() => parseLibraryQuery(location.hash));
  const pending = useRef<{ address: string; timer: ReturnType<typeof setTimeout> } | null>(null);

  const flush = useCallback(() => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    history.replaceState(null, '', pending.current.address);
    pending.current = null;
  }, []);

  useEffect(() => {
    const read = () => {
      // The page's own navigation (back, a typed fragment) wins over a search not yet written.
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      setQuery(parseLibraryQuery(location.hash));
    };
    window.addEventListener('popstate', read);
    window.addEventListener('hashchange', read);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('popstate', read);
      window.removeEventListener('hashchange', read);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (next: LibraryQuery, options: { replace?: boolean } = {}) => {
      setQuery(next);
      const address = `${location.pathname}${location.search}${formatLibraryQuery(next)}`;
      if (options.replace) {
        if (pending.current) clearTimeout(pending.current.timer);
        pending.current = { address, timer: setTimeout(flush, typingPauseMs) };
        return;
      }
      // The search typed so far stays in the entry it was typed in; the filter is a new one.
      flush();
      history.pushState(null, '', address);
    },
    [flush],
  );

  return [query, update];
}
