/**
 * Compiles the dataset's aliases into the matcher's bundled form, at build time.
 *
 * The result is plain JSON (it is embedded in the content script), so it holds only what
 * the runtime needs: folded keys, the alias text that becomes a mention's `aliasId`, entity
 * indexes and a few flags. The runtime trie is rebuilt from it in a few milliseconds, which is
 * smaller to ship than a serialised trie. Validation of the data (collisions, empty aliases)
 * belongs to the dataset check, not here: this module only skips what cannot be matched.
 */
import type { Entity } from '../schema.ts';
import { exactKey, foldKey } from '../text/fold.ts';

export const ALIAS_WEAK = 1;
export const ALIAS_CASE_SENSITIVE = 2;
/** A weak alias of a person (a bare surname or given name): "Kevin Morales" is someone else. */
export const ALIAS_PERSON_NAME = 4;
/** Every entity the alias names is an organisation: some are regional (the OAS, the IACHR). */
export const ALIAS_ORGANISATION = 8;

/**
 * `[foldedKey, aliasText, entityIndexes, flags, exactKey?]`: flags combine `ALIAS_WEAK`
 * (needsContext), `ALIAS_CASE_SENSITIVE`, `ALIAS_PERSON_NAME` and `ALIAS_ORGANISATION`;
 * `exactKey` is present only when case-sensitive.
 */
export type CompiledAlias = [string, string, number[], number] | [string, string, number[], number, string];

export type CompiledBlocker = [string, string[]];

export interface CompiledMatcher {
  format: 2;
  /** Entity ids, sorted; aliases refer to them by index. */
  entityIds: string[];
  /** Sorted by key, then case-sensitive variants before insensitive ones. */
  aliases: CompiledAlias[];
  /**
   * `[foldedPhrase, foldedAliasKeys]`, sorted by phrase: a phrase that is not a mention
   * (`esther morales ayma`, `tropico de capricornio`), and the keys of the aliases it was
   * listed as an exclusion of. Matched, then dropped; an alias it covers is dropped with it.
   */
  blockers: CompiledBlocker[];
}

interface Variant {
  key: string;
  exact: string | undefined;
  aliasText: string;
  strong: Set<number>;
  weak: Set<number>;
  /** Some entity holding it as a weak alias is a person. */
  personName: boolean;
}

/** The matcher reads only ids, kinds and aliases, so both the file shape and a localised entity compile. */
export function compileMatcher<E extends Pick<Entity, 'id' | 'kind' | 'aliases'>>(
  entities: readonly E[],
): CompiledMatcher {
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const isOrganisation = (index: number) => sorted[index]?.kind === 'organisation';
  const entityIds = sorted.map((entity) => entity.id);
  const variants = new Map<string, Variant>();
  const blockers = new Map<string, Set<string>>();

  sorted.forEach((entity, entityIndex) => {
    for (const alias of entity.aliases) {
      const key = foldKey(alias.text);
      if (key === '') continue;
      const exact = alias.caseSensitive ? exactKey(alias.text) : undefined;
      const id = `${key}\u0000${exact ?? ''}`;
      let variant = variants.get(id);
      if (variant === undefined) {
        variant = {
          key,
          exact,
          aliasText: alias.text,
          strong: new Set(),
          weak: new Set(),
          personName: false,
        };
        variants.set(id, variant);
      }
      (alias.needsContext ? variant.weak : variant.strong).add(entityIndex);
      if (alias.needsContext && entity.kind === 'person') variant.personName = true;
      for (const phrase of alias.exclude ?? []) {
        const blocker = foldKey(phrase);
        if (blocker === '') continue;
        const owners = blockers.get(blocker) ?? new Set<string>();
        owners.add(key);
        blockers.set(blocker, owners);
      }
    }
  });

  const aliases: CompiledAlias[] = [...variants.values()]
    .sort(
      (a, b) => compare(a.key, b.key) || (a.exact === undefined ? 1 : 0) - (b.exact === undefined ? 1 : 0),
    )
    .map((variant) => {
      // A strong entry outranks weak ones sharing its key: a full name is never downgraded.
      const strong = variant.strong.size > 0;
      const indexes = [...(strong ? variant.strong : variant.weak)].sort((a, b) => a - b);
      // Only a person's bare name can be read as part of someone else's full name: an
      // organisation's "Grupo Interdisciplinario…" after "UN-appointed" is still the organisation.
      const flags =
        (strong ? 0 : ALIAS_WEAK | (variant.personName ? ALIAS_PERSON_NAME : 0)) |
        (variant.exact === undefined ? 0 : ALIAS_CASE_SENSITIVE) |
        (indexes.every(isOrganisation) ? ALIAS_ORGANISATION : 0);
      return variant.exact === undefined
        ? [variant.key, variant.aliasText, indexes, flags]
        : [variant.key, variant.aliasText, indexes, flags, variant.exact];
    });

  return {
    format: 2,
    entityIds,
    aliases,
    blockers: [...blockers.keys()]
      .sort(compare)
      .map((phrase): CompiledBlocker => [phrase, [...(blockers.get(phrase) ?? [])].sort(compare)]),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
