/**
 * The dataset's entity names, for the cards, the entity filter, the search and exports.
 * The dataset is a large module; it is loaded once the first screen is shown, not before.
 */
import { useEffect, useState } from 'react';
import { languageOfStrings } from '../../core/i18n/language';
import { localiseName } from '../../core/localise';
import { t } from '../../lib/i18n';

export type EntityNames = ReadonlyMap<string, string>;

let loading: Promise<EntityNames> | undefined;

export function loadEntityNames(): Promise<EntityNames> {
  loading ??= import('virtual:glosa/dataset').then(({ default: dataset }) => {
    // In the language of the UI strings, as everywhere else (see core/i18n/language.ts).
    const language = languageOfStrings(t);
    return new Map(dataset.entities.map((entity) => [entity.id, localiseName(entity.name, language)]));
  });
  return loading;
}

/** The names once loaded, null before; loading starts when `start` first holds. */
export function useEntityNames(start: boolean): EntityNames | null {
  const [names, setNames] = useState<EntityNames | null>(null);
  useEffect(() => {
    if (!start || names) return;
    let cancelled = false;
    // After the frame that shows the first screen: parsing the dataset is not part of it.
    const timer = setTimeout(() => {
      void loadEntityNames().then((loaded) => {
        if (!cancelled) setNames(loaded);
      });
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [start, names]);
  return names;
}
