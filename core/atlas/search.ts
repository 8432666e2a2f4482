/**
 * The atlas's entity search: Fuse.js over each entity's names, aliases and descriptions
 * in both of the dataset's languages, tolerant of typos and of missing accents
 * (`Senkatta`, `Anez`, `Decreto Supremo 4078`). A reader may type either language's
 * words whatever the UI language is: a Spanish reader of an English article searches
 * `Armed Forces`, an English reader of a Spanish one `Fuerzas Armadas`.
 *
 * Every name, alias and description is its own search item, and an entity ranks by its
 * best single item. Fuse's own multi-key scoring multiplies the scores of every matching
 * array element, so an entity with many aliases that share a word (`Senkata massacre`,
 * `Masacre de Senkata`, `Senkata killings`) would outrank the entity named exactly what
 * the reader typed (`Senkata`).
 *
 * Pure: it takes the dataset's entities (as the files hold them, in both languages) and
 * accounts and returns ids, so the page and
 * the tests share one index. Filters (kind, source) narrow the results without changing
 * how well a query matches.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { localiseName, namesOf } from '../localise.ts';
import type { BilingualEntity, EntityKind, Language } from '../schema.ts';

type Field = 'name' | 'alias' | 'description';

interface SearchItem {
  id: string;
  field: Field;
  text: string;
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

/** What the search reads of an account: which source it is from and which entities it concerns. */
export interface SearchAccount {
  source: string;
  entities: string[];
}

const fuseOptions: IFuseOptions<SearchItem> = {
  keys: ['text'],
  includeScore: true,
  // A typo or two in a name (`Moralez`, `Senkatta`) still matches; 0.6 (Fuse's default)
  // lets unrelated short names in.
  threshold: 0.34,
  // Descriptions are sentences: a word near their end matches as well as one at the start,
  // and a long text is not penalised for its length.
  ignoreLocation: true,
  ignoreFieldNorm: true,
  ignoreDiacritics: true,
  minMatchCharLength: 2,
};

/**
 * Added to a match's score (0 is perfect) by where it was found: a description that
 * mentions the words ranks below a name or alias that matches them as well.
 */
const fieldPenalty: Record<Field, number> = { name: 0, alias: 0.001, description: 0.1 };

/** `language` orders a blank query's list by the names the reader sees. */
export function createEntitySearch(
  entities: readonly BilingualEntity[],
  accounts: readonly SearchAccount[],
  language: Language = 'en',
): EntitySearch {
  const items: SearchItem[] = entities.flatMap((entity) => [
    ...namesOf(entity.name).map((text) => ({ id: entity.id, field: 'name' as const, text })),
    ...entity.aliases.map((alias) => ({ id: entity.id, field: 'alias' as const, text: alias.text })),
    ...[...new Set([entity.description.en, entity.description.es])].map((text) => ({
      id: entity.id,
      field: 'description' as const,
      text,
    })),
  ]);
  const fuse = new Fuse(items, fuseOptions);
  const nameOf = (entity: BilingualEntity) => localiseName(entity.name, language);
  const byName = [...entities]
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b), language))
    .map((entity) => entity.id);
  const nameOrder = new Map(byName.map((id, index) => [id, index]));
  const kinds = new Map(entities.map((entity) => [entity.id, entity.kind]));
  const sourcesOf = entitySources(accounts);

  const passes = (id: string, filter: EntityFilter) =>
    (filter.kind === undefined || kinds.get(id) === filter.kind) &&
    (filter.source === undefined || (sourcesOf.get(id)?.has(filter.source) ?? false));

  return {
    search(query, filter = {}) {
      const trimmed = query.trim();
      if (trimmed === '') return byName.filter((id) => passes(id, filter));
      /** Each entity's best item: its score, then how far its text's length is from the query's. */
      const best = new Map<string, { score: number; spare: number }>();
      for (const result of fuse.search(trimmed)) {
        const score = (result.score ?? 1) + fieldPenalty[result.item.field];
        // Among equal scores, the text closest in length to the query is the closer match:
        // `Senkata` before `Senkata killings` for `Senkatta`.
        const spare = Math.abs(result.item.text.length - trimmed.length);
        const current = best.get(result.item.id);
        if (!current || score < current.score || (score === current.score && spare < current.spare))
          best.set(result.item.id, { score, spare });
      }
      return [...best.entries()]
        .sort(
          ([a, x], [b, y]) =>
            x.score - y.score || x.spare - y.spare || (nameOrder.get(a) ?? 0) - (nameOrder.get(b) ?? 0),
        )
        .map(([id]) => id)
        .filter((id) => passes(id, filter));
    },
  };
}

/** For each entity id, the ids of the sources its accounts come from. */
export function entitySources(accounts: readonly SearchAccount[]): Map<string, Set<string>> {
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
