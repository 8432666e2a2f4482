/**
 * The library (`library.html`): every saved highlight, grouped by page, newest first;
 * search (in a worker), filters kept in the URL, inline editing, delete with undo,
 * selection, export and import. It watches the database (`useHighlights`), so a
 * highlight saved in a tab appears here without a reload.
 */

import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nProvider } from '../../components/i18n-context';
import type { Highlight, HighlightBody } from '../../core/highlights/highlight';
import type { LibraryQuery } from '../../core/library/library-query';
import { wordPrefixMarks } from '../../core/library/search-text';
import { deleteHighlights, restoreHighlights, updateHighlightBody } from '../../lib/db/highlights';
import { requestPersistentStorage } from '../../lib/db/persist';
import { describeStorageError } from '../../lib/db/storage-errors';
import { t, uiLocale } from '../../lib/i18n';
import { notifyTabsOf, type Status } from './changes';
import { ExportImport } from './ExportImport';
import { useEntityNames } from './entity-names';
import { Filters } from './Filters';
import { HighlightList } from './HighlightList';
import { predictedValue } from './predicted-input';
import { useHighlights } from './use-highlights';
import { useLibraryQuery } from './use-library-query';
import { useFilters, useListRows } from './use-list-rows';
import { useSearch } from './use-search';

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
  const number = useMemo(() => new Intl.NumberFormat(locale), []);

  useEffect(() => {
    // Ask once that the browser never evicts the library under storage pressure.
    void requestPersistentStorage();
  }, []);

  const names = useEntityNames(highlights !== undefined);
  const entityName = useMemo(() => (names ? (id: string) => names.get(id) ?? id : null), [names]);
  const { reply, pending, searchNow } = useSearch(highlights, entityName, query);
  const searching = query.q.trim() !== '';

  const filters = useFilters(query);
  const { rows, shownIds, byId } = useListRows(highlights, filters, searching ? reply : null, searching);
  // The search text as typed, for setting the filters without re-rendering them on every keystroke.
  const typed = useRef(query.q);
  typed.current = query.q;
  const setFilters = useCallback((next: LibraryQuery) => setQuery({ ...next, q: typed.current }), [setQuery]);

  // A keystroke's search starts before the browser applies the edit: 1.5-2 ms sooner.
  const searchBox = useRef<HTMLInputElement>(null);
  const shownQuery = useRef(query);
  shownQuery.current = query;
  useEffect(() => {
    const box = searchBox.current;
    if (!box) return;
    const onBeforeInput = (event: InputEvent) => {
      if (event.isComposing) return;
      const next = predictedValue(box, event);
      if (next !== null) searchNow({ ...shownQuery.current, q: next });
    };
    box.addEventListener('beforeinput', onBeforeInput);
    return () => box.removeEventListener('beforeinput', onBeforeInput);
  }, [searchNow]);

  const listRef = useRef<HTMLElement>(null);
  // The words of the answer shown, not of the letters typed since: a keystroke then leaves
  // the cards alone until its own answer arrives.
  const answered = reply?.q ?? '';
  const fallbackMarks = useCallback((text: string) => wordPrefixMarks(text, answered), [answered]);

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
        const gone = new Set(ids);
        setSelected((current) => new Set([...current].filter((id) => !gone.has(id))));
        focusUndo.current = true;
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

  // A delete removes the button that had the focus ("Delete selected", or the card's own
  // once the list catches up): the focus would fall to the page's start, so it goes to
  // Undo instead, where a keyboard user can take it back.
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  useEffect(() => {
    if (!focusUndo.current || !status?.undo) return;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) {
      undoButton.current?.focus();
      focusUndo.current = false;
    } else if (status.undo.every((highlight) => !byId.has(highlight.id))) {
      // The list has caught up and the focus stayed somewhere: leave it there.
      focusUndo.current = false;
    }
  }, [status, byId]);

  const undo = async (deleted: Highlight[]) => {
    try {
      const count = await restoreHighlights(deleted.map((highlight) => highlight.id));
      notifyTabsOf(deleted);
      setStatus({ message: count === 1 ? t('libraryRestoredOne') : t('libraryRestoredMany', String(count)) });
    } catch (error) {
      setStatus({ message: describeStorageError(error) });
    }
  };

  // Nothing selected (the usual case while typing): no pass over an answer's thousand ids.
  const selectedShown = useMemo(
    () => (selected.size === 0 ? 0 : shownIds.filter((id) => selected.has(id)).length),
    [shownIds, selected],
  );
  const allShownSelected = shownIds.length > 0 && selectedShown === shownIds.length;
  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = selectedShown > 0 && !allShownSelected;
  }, [selectedShown, allShownSelected]);

  const selection = useMemo(
    () => (selected.size === 0 ? [] : (highlights ?? []).filter((highlight) => selected.has(highlight.id))),
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
            ref={searchBox}
            id="search"
            type="search"
            placeholder={t('librarySearchPlaceholder')}
            value={query.q}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              const next = { ...query, q: event.target.value };
              searchNow(next);
              setQuery(next, { replace: true });
            }}
          />
        </div>
        <Filters highlights={highlights} entityName={entityName} query={filters} setQuery={setFilters} />
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
                : reply && reply.total > reply.hits.length
                  ? t('libraryHitsCapped', [number.format(reply.hits.length), number.format(reply.total)])
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
          <ExportImport highlights={highlights ?? []} selection={selection} onStatus={setStatus} />
        </div>
        <div role="status" className="status">
          {status ? (
            <>
              <span>{status.message}</span>
              {status.undo ? (
                <button ref={undoButton} type="button" onClick={() => void undo(status.undo ?? [])}>
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
            entityName={entityName}
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
