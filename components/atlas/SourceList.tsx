/** Every source with its metadata, how many accounts are drawn from it, and its address. */
import { type Ref, useMemo } from 'react';
import { sourceUse } from '../../core/atlas/coverage.ts';
import { formatPartialDate } from '../../core/popover/partial-date.ts';
import type { Dataset } from '../../core/schema.ts';
import { useLocale, useT } from '../i18n-context.tsx';
import { accountCountKey, languageKeys } from './count-keys.ts';

export interface SourceListProps {
  dataset: Dataset;
  /** "Show the entities it concerns": the app filters the entity list by this source. */
  onShowEntities: (sourceId: string) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function SourceList({ dataset, onShowEntities, headingRef }: SourceListProps) {
  const t = useT();
  const locale = useLocale();
  const counts = useMemo(
    () => new Map(sourceUse(dataset).map((use) => [use.source.id, use.accounts])),
    [dataset],
  );
  const sources = [...dataset.sources].sort((a, b) => a.outlet.localeCompare(b.outlet, locale));

  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" ref={headingRef} tabIndex={-1}>
        {t('atlasNavSources')}
      </h2>
      <ul className="source-list">
        {sources.map((source) => {
          const count = counts.get(source.id) ?? 0;
          const languageKey = languageKeys[source.language];
          return (
            <li key={source.id} id={`source-${source.id}`} className="source-item">
              <h3 id={`source-title-${source.id}`} lang={source.language}>
                {source.title}
              </h3>
              <dl className="metadata">
                <dt>{t('atlasSourceOutlet')}</dt>
                <dd>{source.outlet}</dd>
                {source.via ? (
                  <>
                    <dt>{t('atlasSourceVia')}</dt>
                    <dd>{source.via}</dd>
                  </>
                ) : null}
                <dt>{t('atlasSourceAuthors')}</dt>
                <dd>{source.authors.join(', ')}</dd>
                <dt>{t('atlasSourcePublished')}</dt>
                <dd>
                  <time dateTime={source.published}>{formatPartialDate(source.published, locale)}</time>
                </dd>
                <dt>{t('atlasSourceLanguage')}</dt>
                <dd>{languageKey ? t(languageKey) : source.language}</dd>
                <dt>{t('atlasSourceAccounts')}</dt>
                <dd>{t(accountCountKey(count), String(count))}</dd>
              </dl>
              <p className="source-actions">
                {source.url ? (
                  <a
                    href={source.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-describedby={`source-title-${source.id}`}
                  >
                    {t('popoverOpenSource')}
                  </a>
                ) : (
                  <span className="muted">{t('popoverAddressUnknown')}</span>
                )}
                <button
                  type="button"
                  aria-describedby={`source-title-${source.id}`}
                  onClick={() => onShowEntities(source.id)}
                >
                  {t('atlasSourceEntities')}
                </button>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
