/** The entity list: a search box, filters by kind and by source, and the matching entities. */
import { type Ref, useId, useMemo } from 'react';
import { entityAccountCounts } from '../../core/atlas/coverage.ts';
import { createEntitySearch, type EntityFilter } from '../../core/atlas/search.ts';
import { languageOfStrings } from '../../core/i18n/language.ts';
import { type BilingualEntity, type Dataset, type EntityKind, entityKindSchema } from '../../core/schema.ts';
import { kindKeys } from '../EntityPopover.tsx';
import { useT } from '../i18n-context.tsx';
import { accountCountKey } from './count-keys.ts';

export interface EntityIndexProps {
  dataset: Dataset;
  /** The same entities in both languages: the search finds a name or description in either. */
  searchable: readonly BilingualEntity[];
  query: string;
  filter: EntityFilter;
  onQueryChange: (query: string) => void;
  onFilterChange: (filter: EntityFilter) => void;
  /** Enter in the search box opens the first result. */
  onOpenEntity: (entityId: string) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function EntityIndex({
  dataset,
  searchable,
  query,
  filter,
  onQueryChange,
  onFilterChange,
  onOpenEntity,
  headingRef,
}: EntityIndexProps) {
  const t = useT();
  const language = languageOfStrings(t);
  const searchId = useId();
  const hintId = useId();
  const kindId = useId();
  const sourceId = useId();
  const search = useMemo(
    () => createEntitySearch(searchable, dataset.accounts, language),
    [searchable, dataset, language],
  );
  const counts = useMemo(() => entityAccountCounts(dataset), [dataset]);
  const entities = useMemo(() => new Map(dataset.entities.map((entity) => [entity.id, entity])), [dataset]);
  const ids = useMemo(() => search.search(query, filter), [search, query, filter]);

  return (
    <section aria-labelledby="entities-heading">
      <h2 id="entities-heading" ref={headingRef} tabIndex={-1}>
        {t('atlasNavEntities')}
      </h2>
      <search className="controls">
        <div className="field search-field">
          <label htmlFor={searchId}>{t('atlasSearchLabel')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onQueryChange(event.target.value)}
            onKeyDown={(event) => {
              const first = ids[0];
              if (event.key === 'Enter' && first !== undefined) onOpenEntity(first);
            }}
          />
          <p id={hintId} className="muted small">
            {t('atlasSearchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={kindId}>{t('atlasKindLabel')}</label>
          <select
            id={kindId}
            value={filter.kind ?? ''}
            onChange={(event) =>
              onFilterChange({ ...filter, kind: (event.target.value || undefined) as EntityKind | undefined })
            }
          >
            <option value="">{t('atlasKindAll')}</option>
            {entityKindSchema.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(kindKeys[kind])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={sourceId}>{t('atlasSourceLabel')}</label>
          <select
            id={sourceId}
            value={filter.source ?? ''}
            onChange={(event) => onFilterChange({ ...filter, source: event.target.value || undefined })}
          >
            <option value="">{t('atlasSourceAll')}</option>
            {dataset.sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.outlet}: {source.title}
              </option>
            ))}
          </select>
        </div>
      </search>
      <p className="result-count" role="status">
        {ids.length === 1 ? t('atlasResultCountOne') : t('atlasResultCount', String(ids.length))}
      </p>
      {ids.length === 0 ? (
        <p>{t('atlasNoResults')}</p>
      ) : (
        <ul className="entity-list" aria-labelledby="entities-heading">
          {ids.map((id) => {
            const entity = entities.get(id);
            if (!entity) return null;
            const count = counts.get(id) ?? 0;
            return (
              <li key={id} className="entity-item">
                <a href={`#${id}`} className="entity-link">
                  {entity.name}
                </a>
                <span className="entity-meta">
                  {t(kindKeys[entity.kind])} · {t(accountCountKey(count), String(count))}
                </span>
                <p className="entity-description">{entity.description}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
