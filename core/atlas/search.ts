/**
 * The atlas's entity search: Fuse.js over each entity's name, aliases and description,
 * tolerant of typos and of missing accents (`Senkatta`, `Anez`, `Decreto Supremo 4078`).
 *
 * Pure: it takes the dataset's entities and returns ids, so the page and the tests
 * share one index. Filters (kind, source) narrow the candidates before the search, so
 * a filter never changes how well a query matches.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Account, Entity, EntityKind } from '../schema.ts';

interface Searchable {
  id: string;
  name: string;
  aliases: string[];
  description: string;
}

export interface EntityFilter {
  /** Only entities of this kind. */
  kind?: EntityKind;
  /** Only entities that at least one account from this source concerns. */
  source?: string;
}

export interface EntitySearch {
  /** Entity ids: best match first, or every entity in name order when the query is blank. */
  search(query: string, filter?: EntityFilter): string[];
}

const fuseOptions: IFuseOptions<Searchable> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 2 },
    { name: 'description', weight: 1 },
  ],
  // A typo or two in a name (`Moralez`, `Senkatta`) still matches; 0.6 (Fuse's default)
  // lets unrelated short names in.
  threshold: 0.34,
  // Descriptions are sentences: a word near their end matches as well as one at the start.
  ignoreLocation: true,
  ignoreDiacritics: true,
  minMatchCharLength: 2,
};

export function createEntitySearch(entities: readonly Entity[], accounts: readonly Account[]): EntitySearch {
  const items: Searchable[] = entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    aliases: entity.aliases.map((alias) => alias.text),
    description: entity.description,
  }));
  const fuse = new Fuse(items, fuseOptions);
  const byName = [...entities].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((entity) => entity.id);
  const kinds = new Map(entities.map((entity) => [entity.id, entity.kind]));
  const sourcesOf = entitySources(accounts);

  const passes = (id: string, filter: EntityFilter) =>
    (filter.kind === undefined || kinds.get(id) === filter.kind) &&
    (filter.source === undefined || (sourcesOf.get(id)?.has(filter.source) ?? false));

  return {
    search(query, filter = {}) {
      const trimmed = query.trim();
      const ids = trimmed === '' ? byName : fuse.search(trimmed).map((result) => result.item.id);
      return ids.filter((id) => passes(id, filter));
    },
  };
}

/** For each entity id, the ids of the sources its accounts come from. */
export function entitySources(accounts: readonly Account[]): Map<string, Set<string>> {
  const sources = new Map<string, Set<string>>();
  for (const account of accounts) {
    for (const entityId of account.entities) {
      let set = sources.get(entityId);
      if (!set) {
        set = new Set();
        sources.set(entityId, set);
      }
      set.add(account.source);
    }
  }
  return sources;
}
