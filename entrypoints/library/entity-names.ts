/**
 * The dataset's entity names, for the cards, the entity filter, the search and exports:
 * the build's small names module, not the whole dataset (190 KB to load and evaluate),
 * loaded once the first screen is on screen, not before.
 */
import { useEffect, useState } from 'react';
import { languageOfStrings } from '../../core/i18n/language';
import { localiseName } from '../../core/localise';
import { t } from '../../lib/i18n';
import { afterNextFrame } from './first-screen';

export type EntityNames = ReadonlyMap<string, string>;

let loading: Promise<EntityNames> | undefined;

export function loadEntityNames(): Promise<EntityNames> {
  loading ??= import('virtual:glosa/entity-names').then(({ default: names }) => {
    // In the language of the UI strings, as everywhere else (see core/i18n/language.ts).
    const language = languageOfStrings(t);
    return new Map(names.map(([id, name]) => [id, localiseName(name, language)]));
  });
  return loading;
}

/** The names once loaded, null before; loading starts when `start` first holds. */
export function useEntityNames(start: boolean): EntityNames | null {
  const [names, setNames] = useState<EntityNames | null>(null);
  useEffect(() => {
    if (!start || names) return;
    let cancelled = false;
    // After the frame that shows the first screen (a timeout alone ran before that frame,
    // and delayed it by the load): the names are not part of it.
    void afterNextFrame()
      .then(() => (cancelled ? undefined : loadEntityNames()))
      .then((loaded) => {
        if (loaded && !cancelled) setNames(loaded);
      });
    return () => {
      cancelled = true;
    };
  }, [start, names]);
  return names;
}
