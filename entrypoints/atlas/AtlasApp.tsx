/**
 * The dataset browser (atlas.html): every entity, searchable and filterable, each at
 * its own address (`#evo-morales`), every source, the maintainers' coverage view and
 * the changelog. The address is the state that matters: links change the hash, and
 * `hashchange` renders the view, so back and forward work as on any site. The search
 * and filters live here and in the query string (`?q=…`, search-params.ts), so they
 * survive a visit to an entity and back, a reload, and a shared link.
 */

import bilingualDataset from 'virtual:glosa/dataset';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ChangelogView } from '../../components/atlas/ChangelogView';
import { CoverageView } from '../../components/atlas/CoverageView';
import { EntityIndex } from '../../components/atlas/EntityIndex';
import { EntityPage } from '../../components/atlas/EntityPage';
import { SourceList } from '../../components/atlas/SourceList';
import { useT } from '../../components/i18n-context';
import { parseMarkdown } from '../../core/atlas/markdown';
import { type AtlasRoute, parseRoute, routeHash } from '../../core/atlas/route';
import type { EntityFilter } from '../../core/atlas/search';
import { parseSearchParams, searchParamsString } from '../../core/atlas/search-params';
import { languageOfStrings } from '../../core/i18n/language';
import type { MessageKey } from '../../core/i18n/ui-strings';
import { localiseDataset } from '../../core/localise';
import changelog from '../../data/CHANGELOG.md?raw';
import { t } from '../../lib/i18n';

const dataset = localiseDataset(bilingualDataset, languageOfStrings(t));

const sections: { view: Exclude<AtlasRoute['view'], 'entity'>; key: MessageKey }[] = [
  { view: 'entities', key: 'atlasNavEntities' },
  { view: 'sources', key: 'atlasNavSources' },
  { view: 'coverage', key: 'atlasNavCoverage' },
  { view: 'changelog', key: 'atlasNavChangelog' },
];

export function AtlasApp() {
  const t = useT();
  const [route, setRoute] = useState<AtlasRoute>(() => parseRoute(location.hash));
  const [query, setQuery] = useState(() => parseSearchParams(location.search).query);
  const [filter, setFilter] = useState<EntityFilter>(() => parseSearchParams(location.search).filter);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const changelogBlocks = useMemo(() => parseMarkdown(changelog), []);

  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // Replaced, not pushed: each keystroke is not a step back.
  useEffect(() => {
    const search = searchParamsString({ query, filter });
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [query, filter]);

  // A new view takes focus at its heading, as a new page would, so keyboard and screen
  // reader users start reading there. The first view leaves focus where the browser puts it.
  useEffect(() => {
    const name =
      route.view === 'entity'
        ? dataset.entities.find((entity) => entity.id === route.id)?.name
        : route.view === 'entities'
          ? undefined
          : t(sections.find((section) => section.view === route.view)?.key ?? 'atlasNavEntities');
    document.title = name ? `${name} · ${t('atlasTitle')}` : t('atlasTitle');
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    headingRef.current?.focus();
  }, [route, t]);

  const current = route.view === 'entity' ? 'entities' : route.view;

  return (
    <>
      <header className="site-header">
        <h1>
          <a href="#/">{t('atlasTitle')}</a>
        </h1>
        <p className="muted">{t('atlasIntro', dataset.version)}</p>
        <nav aria-label={t('atlasNavLabel')}>
          <ul>
            {sections.map((section) => (
              <li key={section.view}>
                <a
                  href={routeHash({ view: section.view })}
                  aria-current={current === section.view ? 'page' : undefined}
                >
                  {t(section.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {route.view === 'entities' ? (
          <EntityIndex
            dataset={dataset}
            searchable={bilingualDataset.entities}
            query={query}
            filter={filter}
            onQueryChange={setQuery}
            onFilterChange={setFilter}
            onOpenEntity={(id) => {
              location.hash = routeHash({ view: 'entity', id });
            }}
            headingRef={headingRef}
          />
        ) : route.view === 'entity' ? (
          <EntityPage dataset={dataset} entityId={route.id} headingRef={headingRef} />
        ) : route.view === 'sources' ? (
          <SourceList
            dataset={dataset}
            headingRef={headingRef}
            onShowEntities={(source) => {
              setFilter({ source });
              location.hash = routeHash({ view: 'entities' });
            }}
          />
        ) : route.view === 'coverage' ? (
          <CoverageView
            dataset={dataset}
            bilingualEntities={bilingualDataset.entities}
            headingRef={headingRef}
          />
        ) : (
          <ChangelogView blocks={changelogBlocks} headingRef={headingRef} />
        )}
      </main>
    </>
  );
}
