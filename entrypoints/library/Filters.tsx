/**
 * The filters: entity, tag, site, date range and orphans. Its own component, with the
 * choices gathered from every highlight here: that pass over 10,000 highlights is not
 * redone when the search box changes, and React can render it apart from the list.
 */
import { memo, useMemo } from 'react';
import type { Highlight } from '../../core/highlights/highlight';
import { emptyLibraryQuery, hasFilters, type LibraryQuery } from '../../core/library/library-query';
import { siteOfHighlight } from '../../core/library/search-text';
import { t, uiLocale } from '../../lib/i18n';

interface Props {
  highlights: Highlight[] | undefined;
  entityName: ((id: string) => string) | null;
  /** The filters, without the search text (`useFilters`). */
  query: LibraryQuery;
  /** Sets the filters; the search text is kept. */
  setQuery: (next: LibraryQuery) => void;
}

// One collator for every sort: `localeCompare` with a locale builds one per comparison.
const collator = new Intl.Collator(uiLocale());

export const Filters = memo(function Filters({ highlights, entityName, query, setQuery }: Props) {
  const options = useMemo(() => {
    const entities = new Set<string>();
    const tags = new Set<string>();
    const sites = new Set<string>();
    for (const highlight of highlights ?? []) {
      for (const id of highlight.body.entityIds) entities.add(id);
      for (const tag of highlight.body.tags) tags.add(tag);
      sites.add(siteOfHighlight(highlight));
    }
    const sorted = (values: Iterable<string>, by = (value: string) => value) =>
      [...values].sort((a, b) => collator.compare(by(a), by(b)));
    // Sorted by name once the names are here; before, there is nothing to show.
    return {
      entities: entityName ? sorted(entities, entityName) : [],
      tags: sorted(tags),
      sites: sorted(sites),
    };
  }, [highlights, entityName]);
  const setFilter = (change: Partial<LibraryQuery>) => setQuery({ ...query, ...change });
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t('libraryFiltersLegend')}</legend>
      <label htmlFor="filter-entity">{t('libraryFilterEntity')}</label>
      {entityName ? (
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
      ) : (
        // Until the dataset's names load (after the first screen), an id is no choice a
        // reader can make: the filter waits, and a filter from the URL stays applied.
        <select id="filter-entity" value={query.entity} disabled aria-busy="true">
          <option value={query.entity}>{t('libraryFilterEntityLoading')}</option>
        </select>
      )}
      <label htmlFor="filter-tag">{t('libraryFilterTag')}</label>
      <select id="filter-tag" value={query.tag} onChange={(event) => setFilter({ tag: event.target.value })}>
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
        <button type="button" onClick={() => setQuery(emptyLibraryQuery)}>
          {t('libraryClearFilters')}
        </button>
      ) : null}
    </fieldset>
  );
});
