/** Where the dataset is thin, for maintainers: what to add next. */
import { type Ref, useMemo } from 'react';
import {
  criticsOnlyPositions,
  describedInOneLanguage,
  hasStances,
  onePositionQuestions,
  onlyAccountLanguage,
  singleLanguageEntities,
  sourceUse,
  thinEntities,
} from '../../core/atlas/coverage.ts';
import type { BilingualEntity, Dataset } from '../../core/schema.ts';
import { useT } from '../i18n-context.tsx';
import { accountCountKey, languageKeys } from './count-keys.ts';

/** How many of the least-cited sources to list. */
const LEAST_CITED = 5;

export interface CoverageViewProps {
  dataset: Dataset;
  /** The same entities in both languages, to find descriptions that were not translated. */
  bilingualEntities: readonly BilingualEntity[];
  headingRef?: Ref<HTMLHeadingElement>;
}

export function CoverageView({ dataset, bilingualEntities, headingRef }: CoverageViewProps) {
  const t = useT();
  const coverage = useMemo(
    () => ({
      thin: thinEntities(dataset),
      onePosition: onePositionQuestions(dataset),
      stances: hasStances(dataset),
      criticsOnly: criticsOnlyPositions(dataset),
      leastCited: sourceUse(dataset).slice(0, LEAST_CITED),
      oneLanguage: singleLanguageEntities(dataset),
      onlyLanguage: onlyAccountLanguage(dataset),
      untranslated: describedInOneLanguage(bilingualEntities),
    }),
    [dataset, bilingualEntities],
  );
  const languageName = (language: string) => {
    const key = languageKeys[language];
    return key ? t(key) : language;
  };
  const entityLink = (id: string, name: string, lang?: string) => (
    <a href={`#${id}`} lang={lang}>
      {name}
    </a>
  );
  const firstEntity = (ids: string[]) => dataset.entities.find((entity) => entity.id === ids[0]);

  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading" ref={headingRef} tabIndex={-1}>
        {t('atlasNavCoverage')}
      </h2>
      <p className="muted">{t('atlasCoverageIntro')}</p>

      <section aria-labelledby="thin-heading" className="coverage-part">
        <h3 id="thin-heading">{t('atlasThinHeading')}</h3>
        {coverage.thin.length === 0 ? (
          <p>{t('atlasThinEmpty')}</p>
        ) : (
          <ul className="plain-list">
            {coverage.thin.map(({ entity, accounts }) => (
              <li key={entity.id}>
                {entityLink(entity.id, entity.name)}{' '}
                <span className="muted">{t(accountCountKey(accounts), String(accounts))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="one-position-heading" className="coverage-part">
        <h3 id="one-position-heading">{t('atlasOnePositionHeading')}</h3>
        {coverage.onePosition.length === 0 ? (
          <p>{t('atlasOnePositionEmpty')}</p>
        ) : (
          <ul className="plain-list">
            {coverage.onePosition.map(({ question, taken }) => {
              const entity = firstEntity(question.entities);
              return (
                <li key={question.id}>
                  {entity ? entityLink(entity.id, question.text) : question.text}{' '}
                  <span className="muted">
                    {t('atlasPositionsTaken', [String(taken.length), String(question.positions.length)])}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="critics-heading" className="coverage-part">
        <h3 id="critics-heading">{t('atlasCriticsHeading')}</h3>
        {!coverage.stances ? (
          <p>{t('atlasCriticsUnavailable')}</p>
        ) : coverage.criticsOnly.length === 0 ? (
          <p>{t('atlasCriticsEmpty')}</p>
        ) : (
          <ul className="plain-list">
            {coverage.criticsOnly.map(({ question, positions }) => {
              const entity = firstEntity(question.entities);
              return (
                <li key={question.id}>
                  {entity ? entityLink(entity.id, question.text) : question.text}
                  <ul className="position-names">
                    {positions.map((position) => (
                      <li key={position.id}>{position.label}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="least-cited-heading" className="coverage-part">
        <h3 id="least-cited-heading">{t('atlasLeastCitedHeading')}</h3>
        <ol className="plain-list">
          {coverage.leastCited.map(({ source, accounts }) => (
            <li key={source.id}>
              <a href="#/sources" lang={source.language}>
                {source.title}
              </a>{' '}
              <span className="muted">
                {source.outlet} · {t(accountCountKey(accounts), String(accounts))}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="languages-heading" className="coverage-part">
        <h3 id="languages-heading">{t('atlasLanguagesHeading')}</h3>
        {coverage.untranslated.length === 0 ? (
          <p>{t('atlasDescriptionsBothLanguages')}</p>
        ) : (
          <>
            <p>{t('atlasDescriptionsOneLanguageIntro')}</p>
            <ul className="plain-list columns">
              {coverage.untranslated.map((entity) => (
                <li key={entity.id}>
                  {entityLink(entity.id, dataset.entities.find((e) => e.id === entity.id)?.name ?? entity.id)}
                </li>
              ))}
            </ul>
          </>
        )}
        {coverage.oneLanguage.length === 0 ? (
          <p>{t('atlasOneLanguageEmpty')}</p>
        ) : coverage.onlyLanguage ? (
          <p>{t('atlasAllOneLanguage', languageName(coverage.onlyLanguage))}</p>
        ) : (
          <>
            <p>{t('atlasOneLanguageIntro')}</p>
            <ul className="plain-list columns">
              {coverage.oneLanguage.map(({ entity, languages }) => (
                <li key={entity.id}>
                  {entityLink(entity.id, entity.name)}{' '}
                  <span className="muted">
                    {languages.length === 0
                      ? t('atlasAccountCountNone')
                      : languages.map(languageName).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
