/**
 * The library's query and filters, kept in the page's URL fragment: a filter change is a
 * history entry (back undoes it), typing in the search box replaces the current entry
 * (so back does not step through every letter).
 */
import { useCallback, useEffect, useState } from 'react';
import { formatLibraryQuery, type LibraryQuery, parseLibraryQuery } from '../../core/library/library-query';

export function useLibraryQuery(): [
  LibraryQuery,
  (next: LibraryQuery, options?: { replace?: boolean }) => void,
] {
  const [query, setQuery] = useState<LibraryQuery>(() => parseLibraryQuery(location.hash));

  useEffect(() => {
    const read = () => setQuery(parseLibraryQuery(location.hash));
    window.addEventListener('popstate', read);
    window.addEventListener('hashchange', read);
    return () => {
      window.removeEventListener('popstate', read);
      window.removeEventListener('hashchange', read);
    };
  }, []);

  const update = useCallback((next: LibraryQuery, options: { replace?: boolean } = {}) => {
    setQuery(next);
    const address = `${location.pathname}${location.search}${formatLibraryQuery(next)}`;
    if (options.replace) history.replaceState(null, '', address);
    else history.pushState(null, '', address);
  }, []);

  return [query, update];
}
