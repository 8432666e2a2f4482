/**
 * The library (`library.html`): every saved highlight, grouped by page, newest first;
 * search (in a worker), filters kept in the URL, inline editing, delete with undo,
 * selection, export and import. It watches the database (`useHighlights`), so a
 * highlight saved in a tab appears here without a reload.
 */

import bilingualDataset from 'virtual:glosa/dataset';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { I18nProvider } from '../../components/i18n-context';
import { HighlightCard } from '../../components/library/HighlightCard';
import { type Highlight, type HighlightBody, highlightSite } from '../../core/highlights/highlight';
import { type SearchHit, searchDocument, wordPrefixMarks } from '../../core/highlights/search';
import { languageOfStrings } from '../../core/i18n/language';
import {
  emptyLibraryQuery,
  hasFilters,
  type LibraryQuery,
  passesFilters,
} from '../../core/library/library-query';
import { localiseDataset } from '../../core/localise';
import { deleteHighlights, restoreHighlights, updateHighlightBody } from '../../lib/db/highlights';
import { requestPersistentStorage } from '../../lib/db/persist';
import { describeStorageError } from '../../lib/db/storage-errors';
import { t, uiLocale } from '../../lib/i18n';
import { notifyTabsOf, type Status } from './changes';
import { ExportImport } from './ExportImport';
import { createSearchClient, type SearchClient, type SearchReply } from './search-client';
import { useHighlights } from './use-highlights';
import { useLibraryQuery } from './use-library-query';

const dataset = localiseDataset(bilingualDataset, languageOfStrings(t));
const entityNames = new Map(dataset.entities.map((entity) => [entity.id, entity.name]));
export const entityName = (id: string): string => entityNames.get(id) ?? id;

type Row =
  | { kind: 'page'; key: string; title: string; site: string; source: string; newest: string; count: number }
  | { kind: 'highlight'; key: string; highlight: Highlight; hit: SearchHit | undefined };

/** Orders pages by their best hit (or newest highlight) and lists each page's highlights under it. */
function groupRows(ordered: { highlight: Highlight; hit: SearchHit | undefined }[]): Row[] {
  const pages = new Map<string, { highlight: Highlight; hit: SearchHit | undefined }[]>();
  for (const entry of ordered) {
    const source = entry.highlight.target.source;
    const list = pages.get(source);
    if (list) list.push(entry);
    else pages.set(source, [entry]);
  }
  const rows: Row[] = [];
  for (const [source, entries] of pages) {
    const first = entries[0]?.highlight as Highlight;
    const newest = entries.reduce(
      (max, entry) => (entry.highlight.created > max ? entry.highlight.created : max),
      '',
    );
    rows.push({
      kind: 'page',
      key: `page:${source}`,
      title: first.target.title || source,
      site: highlightSite(first),
      source,
      newest,
      count: entries.length,
    });
    for (const entry of entries) rows.push({ kind: 'highlight', key: entry.highlight.id, ...entry });
  }
  return rows;
}

/**
 * The search worker's answer for `query`, null when nothing is searched. The library's
 * highlights are handed to the worker when the page is idle, not while it first renders.
 */
const indexSlice = 500;

function useSearch(highlights: Highlight[] | undefined, query: string): SearchReply | null {
  const client = useRef<SearchClient | null>(null);
  const [reply, setReply] = useState<SearchReply | null>(null);
  const [indexed, setIndexed] = useState<Highlight[] | undefined>(undefined);
  useEffect(() => {
    client.current = createSearchClient(setReply);
    return () => client.current?.dispose();
  }, []);
  useEffect(() => {
    if (!highlights || indexed === highlights) return;
    let cancelled = false;
    // A slice at a time, the page free between slices: 10,000 at once was a long task.
    const post = async () => {
      for (let start = 0; start === 0 || start < highlights.length; start += indexSlice) {
        if (cancelled) return;
        const slice = highlights.slice(start, start + indexSlice);
        const last = start + indexSlice >= highlights.length;
        client.current?.addDocuments(
          slice.map((highlight) => searchDocument(highlight, entityName)),
          start === 0,
          last,
        );
        if (!last) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!cancelled) setIndexed(highlights);
    };
    // A search typed before the page is idle is not kept waiting.
    if (query.trim() !== '' && indexed === undefined) {
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
  }, [highlights, query, indexed]);
  useEffect(() => {
    // Again when the documents change: the last answer named highlights that may be gone.
    if (indexed && query.trim() !== '') client.current?.search(query);
  }, [indexed, query]);
  return query.trim() === '' ? null : reply;
}

// The interface language is fixed for the page's life; asking on every render showed in profiles.
const locale = uiLocale();

export function LibraryApp() {
  return (
    <I18nProvider t={t} locale={locale}>
      <Library />
    </I18nProvider>
  );
}

function Library() {
  const { highlights, complete } = useHighlights();
  const [query, setQuery] = useLibraryQuery();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<Status | null>(null);
  const lastClicked = useRef<string | null>(null);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), []);

  useEffect(() => {
    // Ask once that the browser never evicts the library under storage pressure.
    void requestPersistentStorage();
  }, []);

  const reply = useSearch(highlights, query.q);
  const searching = query.q.trim() !== '';
  const pending = searching && reply?.query !== query.q;

  const byId = useMemo(
    () => new Map((highlights ?? []).map((highlight) => [highlight.id, highlight])),
    [highlights],
  );

  const shown = useMemo(() => {
    if (!highlights) return [];
    const ordered: { highlight: Highlight; hit: SearchHit | undefined }[] = [];
    if (searching && reply) {
      for (const hit of reply.hits) {
        const highlight = byId.get(hit.id);
        if (highlight && passesFilters(highlight, query)) ordered.push({ highlight, hit });
      }
    } else if (!searching) {
      for (const highlight of highlights)
        if (passesFilters(highlight, query)) ordered.push({ highlight, hit: undefined });
    }
    return ordered;
  }, [highlights, byId, searching, reply, query]);

  const rows = useMemo(() => groupRows(shown), [shown]);
  const shownIds = useMemo(() => shown.map((entry) => entry.highlight.id), [shown]);

  const options = useMemo(() => {
    const entities = new Set<string>();
    const tags = new Set<string>();
    const sites = new Set<string>();
    for (const highlight of highlights ?? []) {
      for (const id of highlight.body.entityIds) entities.add(id);
      for (const tag of highlight.body.tags) tags.add(tag);
      sites.add(highlightSite(highlight));
    }
    const sorted = (values: Iterable<string>, label = (value: string) => value) =>
      [...values].sort((a, b) => label(a).localeCompare(label(b), locale));
    return { entities: sorted(entities, entityName), tags: sorted(tags), sites: sorted(sites) };
  }, [highlights]);

  const listRef = useRef<HTMLElement>(null);
  const fallbackMarks = useCallback((text: string) => wordPrefixMarks(text, query.q), [query.q]);

  const onSelect = useCallback(
    (id: string, isSelected: boolean, range: boolean) => {
      setSelected((current) => {
        const next = new Set(current);
        const from = lastClicked.current === null ? -1 : shownIds.indexOf(lastClicked.current);
        const to = shownIds.indexOf(id);
        if (range && from !== -1 && to !== -1) {
          const [low, high] = from < to ? [from, to] : [to, from];
          for (const rangeId of shownIds.slice(low, high + 1)) {
            if (isSelected) next.add(rangeId);
            else next.delete(rangeId);
          }
        } else if (isSelected) next.add(id);
        else next.delete(id);
        return next;
      });
      lastClicked.current = id;
    },
    [shownIds],
  );

  const onSave = useCallback(async (id: string, body: HighlightBody) => {
    try {
      const updated = await updateHighlightBody(id, body);
      if (updated) notifyTabsOf([updated]);
      setStatus({ message: t('librarySaved') });
    } catch (error) {
      setStatus({ message: describeStorageError(error) });
    }
  }, []);

  const remove = useCallback(
    async (ids: string[]) => {
      const deleted = ids.flatMap((id) => byId.get(id) ?? []);
      try {
        const count = await deleteHighlights(ids);
        notifyTabsOf(deleted);
        setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
        setStatus({
          message: count === 1 ? t('libraryDeletedOne') : t('libraryDeletedMany', String(count)),
          undo: deleted,
        });
      } catch (error) {
        setStatus({ message: describeStorageError(error) });
      }
    },
    [byId],
  );
  const onDelete = useCallback((id: string) => void remove([id]), [remove]);

  const undo = async (deleted: Highlight[]) => {
    try {
      const count = await restoreHighlights(deleted.map((highlight) => highlight.id));
      notifyTabsOf(deleted);
      setStatus({ message: count === 1 ? t('libraryRestoredOne') : t('libraryRestoredMany', String(count)) });
    } catch (error) {
      setStatus({ message: describeStorageError(error) });
    }
  };

  const selectedShown = useMemo(() => shownIds.filter((id) => selected.has(id)).length, [shownIds, selected]);
  const allShownSelected = shownIds.length > 0 && selectedShown === shownIds.length;
  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = selectedShown > 0 && !allShownSelected;
  }, [selectedShown, allShownSelected]);

  const setFilter = (change: Partial<LibraryQuery>) => setQuery({ ...query, ...change });
  const selection = useMemo(
    () => (highlights ?? []).filter((highlight) => selected.has(highlight.id)),
    [highlights, selected],
  );

  let listBody: ReactNode;
  if (!highlights) listBody = <p className="hint">{t('libraryLoading')}</p>;
  else if (highlights.length === 0) listBody = <p className="hint">{t('libraryEmpty')}</p>;
  else if (rows.length === 0 && !pending) listBody = <p className="hint">{t('libraryNoResults')}</p>;

  return (
    <div className="library">
      <header>
        <h1>{t('libraryHeading')}</h1>
        <div className="search">
          <label htmlFor="search" className="visually-hidden">
            {t('librarySearchLabel')}
          </label>
          <input
            id="search"
            type="search"
            placeholder={t('librarySearchPlaceholder')}
            value={query.q}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setQuery({ ...query, q: event.target.value }, { replace: true })}
          />
        </div>
        <fieldset className="filters">
          <legend className="visually-hidden">{t('libraryFiltersLegend')}</legend>
          <label htmlFor="filter-entity">{t('libraryFilterEntity')}</label>
          <select
            id="filter-entity"
            value={query.entity}
            onChange={(event) => setFilter({ entity: event.target.value })}
          >
            <option value="">{t('libraryFilterAny')}</option>
            {options.entities.map((id) => (
              <option key={id} value={id}>
                {entityName(id)}
              </option>
            ))}
          </select>
          <label htmlFor="filter-tag">{t('libraryFilterTag')}</label>
          <select
            id="filter-tag"
            value={query.tag}
            onChange={(event) => setFilter({ tag: event.target.value })}
          >
            <option value="">{t('libraryFilterAny')}</option>
            {options.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
          <label htmlFor="filter-site">{t('libraryFilterSite')}</label>
          <select
            id="filter-site"
            value={query.site}
            onChange={(event) => setFilter({ site: event.target.value })}
          >
            <option value="">{t('libraryFilterAny')}</option>
            {options.sites.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
          <label htmlFor="filter-from">{t('libraryFilterFrom')}</label>
          <input
            id="filter-from"
            type="date"
            value={query.from}
            onChange={(event) => setFilter({ from: event.target.value })}
          />
          <label htmlFor="filter-to">{t('libraryFilterTo')}</label>
          <input
            id="filter-to"
            type="date"
            value={query.to}
            onChange={(event) => setFilter({ to: event.target.value })}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={query.orphans}
              onChange={(event) => setFilter({ orphans: event.target.checked })}
            />
            {t('libraryFilterOrphans')}
          </label>
          {hasFilters(query) ? (
            <button type="button" onClick={() => setQuery({ ...emptyLibraryQuery, q: query.q })}>
              {t('libraryClearFilters')}
            </button>
          ) : null}
        </fieldset>
        <div className="toolbar">
          <label className="check">
            <input
              ref={selectAllRef}
              type="checkbox"
              checked={allShownSelected}
              disabled={shownIds.length === 0}
              onChange={(event) => {
                const checked = event.target.checked;
                setSelected((current) => {
                  const next = new Set(current);
                  for (const id of shownIds) {
                    if (checked) next.add(id);
                    else next.delete(id);
                  }
                  return next;
                });
              }}
            />
            {t('librarySelectAllShown', String(shownIds.length))}
          </label>
          <span className="count" aria-live="polite">
            {pending
              ? t('librarySearching')
              : selected.size > 0
                ? t('librarySelectedCount', String(selected.size))
                : t('libraryShownCount', [String(shownIds.length), String(highlights?.length ?? 0)])}
          </span>
          {selected.size > 0 ? (
            <>
              <button type="button" onClick={() => void remove([...selected])}>
                {t('libraryDeleteSelected')}
              </button>
              <button type="button" onClick={() => setSelected(new Set())}>
                {t('libraryClearSelection')}
              </button>
            </>
          ) : null}
          <ExportImport
            highlights={highlights ?? []}
            selection={selection}
            entityName={(id) => entityNames.get(id)}
            onStatus={setStatus}
          />
        </div>
        <div role="status" className="status">
          {status ? (
            <>
              <span>{status.message}</span>
              {status.undo ? (
                <button type="button" onClick={() => void undo(status.undo ?? [])}>
                  {t('libraryUndo')}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
      </header>

      <main ref={listRef} className="list" aria-busy={pending || !complete}>
        {listBody ?? (
          <HighlightList
            rows={rows}
            scrollElement={listRef}
            searching={searching}
            fallbackMarks={fallbackMarks}
            selected={selected}
            onSelect={onSelect}
            onSave={onSave}
            onDelete={onDelete}
            dateFormat={dateFormat}
          />
        )}
      </main>
    </div>
  );
}

interface HighlightListProps {
  rows: Row[];
  scrollElement: RefObject<HTMLElement | null>;
  searching: boolean;
  fallbackMarks: (text: string) => [number, number][];
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean, range: boolean) => void;
  onSave: (id: string, body: HighlightBody) => Promise<void>;
  onDelete: (id: string) => void;
  dateFormat: Intl.DateTimeFormat;
}

/**
 * The virtualised list: only the rows on screen (and a few either side) are mounted. Its
 * own component, so a scroll re-renders these rows and not the page's header.
 */
const HighlightList = memo(function HighlightList({
  rows,
  scrollElement,
  searching,
  fallbackMarks,
  selected,
  onSelect,
  onSave,
  onDelete,
  dateFormat,
}: HighlightListProps) {
  // Stable until the rows change: a new `getItemKey` makes the virtualizer lay out every row again.
  const estimateSize = useCallback((index: number) => (rows[index]?.kind === 'page' ? 64 : 170), [rows]);
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const getScrollElement = useCallback(() => scrollElement.current, [scrollElement]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: 3,
  });
  return (
    <ul aria-label={t('libraryListLabel')} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={`row ${row.kind}`}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {row.kind === 'page' ? (
              <div className="page-head">
                <h2>{row.title}</h2>
                <p className="hint">
                  {t('libraryPageLine', [
                    row.site,
                    dateFormat.format(new Date(row.newest)),
                    String(row.count),
                  ])}
                </p>
              </div>
            ) : (
              <HighlightCard
                highlight={row.highlight}
                marks={searching ? (row.hit?.marks ?? []) : undefined}
                fallbackMarks={fallbackMarks}
                entityName={entityName}
                selected={selected.has(row.highlight.id)}
                onSelect={onSelect}
                onSave={onSave}
                onDelete={onDelete}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
});
