/**
 * What a maintainer needs to see is thin in the dataset: entities with one account,
 * questions where the bundled accounts take only one position (or where a position is
 * carried only by authors who dispute it), the sources cited least, entities whose
 * accounts come from sources in only one language, and entities described in only one
 * language (a description whose Spanish is a copy of its English, or the reverse).
 *
 * Only accounts whose source exists count, as in the popover: an account without
 * attribution is never shown, so it covers nothing.
 */
import type { Account, BilingualEntity, Entity, Question, Source } from '../schema.ts';

type Language = Source['language'];

/**
 * What coverage reads of an account. `stance` (the reporting author's stance on the
 * claim: `endorses`, `disputes`, `neutral`) arrives with framing; data without it
 * cannot say which positions only critics carry, and `hasStances` tells the page so.
 */
export type CoverageAccount = Pick<Account, 'source' | 'entities' | 'answers'> & { stance?: string };

/** The parts of the dataset coverage reads; the full `Dataset` is one. */
export interface CoverageInput {
  sources: Source[];
  entities: Entity[];
  accounts: CoverageAccount[];
  questions: Question[];
}

export interface EntityAccountCount {
  entity: Entity;
  accounts: number;
}

export interface QuestionCoverage {
  question: Question;
  /** Ids of the question's positions that at least one account takes, in the question's order. */
  taken: string[];
}

export interface CriticsOnlyQuestion {
  question: Question;
  /** The question's positions that only authors who dispute them carry, in the question's order. */
  positions: Question['positions'];
}

export interface SourceUse {
  source: Source;
  accounts: number;
}

export interface EntityLanguages {
  entity: Entity;
  /** Languages of the sources its accounts come from, sorted. */
  languages: Language[];
}

function attributable(dataset: CoverageInput): CoverageAccount[] {
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  return dataset.accounts.filter((account) => sourceIds.has(account.source));
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How many attributable accounts concern each entity (entities without any are absent). */
export function entityAccountCounts(dataset: CoverageInput): Map<string, number> {
  const counts = new Map<string, number>();
  for (const account of attributable(dataset))
    for (const id of new Set(account.entities)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Entities with fewer than two accounts, the ones without any first. */
export function thinEntities(dataset: CoverageInput): EntityAccountCount[] {
  const counts = entityAccountCounts(dataset);
  return dataset.entities
    .map((entity) => ({ entity, accounts: counts.get(entity.id) ?? 0 }))
    .filter((entry) => entry.accounts < 2)
    .sort((a, b) => a.accounts - b.accounts || byId(a.entity, b.entity));
}

/** Which positions of each question the bundled accounts take. */
export function questionCoverage(dataset: CoverageInput): QuestionCoverage[] {
  const accounts = attributable(dataset);
  return dataset.questions.map((question) => ({
    question,
    taken: question.positions
      .filter((position) => accounts.some((account) => takes(account, question.id, position.id)))
      .map((position) => position.id),
  }));
}

/** Questions on which the accounts take one position or none: a reader sees only one side. */
export function onePositionQuestions(dataset: CoverageInput): QuestionCoverage[] {
  return questionCoverage(dataset)
    .filter((entry) => entry.taken.length < 2)
    .sort((a, b) => a.taken.length - b.taken.length || byId(a.question, b.question));
}

function takes(account: CoverageAccount, questionId: string, positionId: string): boolean {
  return (account.answers ?? []).some(
    (answer) => answer.question === questionId && answer.position === positionId,
  );
}

/** Whether the accounts carry stances at all: without them critics-only positions cannot be told. */
export function hasStances(dataset: CoverageInput): boolean {
  return dataset.accounts.length > 0 && dataset.accounts.every((account) => account.stance !== undefined);
}

/** Questions with a position that every account taking it comes from an author who disputes it. */
export function criticsOnlyPositions(dataset: CoverageInput): CriticsOnlyQuestion[] {
  const accounts = attributable(dataset);
  const found: CriticsOnlyQuestion[] = [];
  for (const question of [...dataset.questions].sort(byId)) {
    const positions = question.positions.filter((position) => {
      const taking = accounts.filter((account) => takes(account, question.id, position.id));
      return taking.length > 0 && taking.every((account) => account.stance === 'disputes');
    });
    if (positions.length > 0) found.push({ question, positions });
  }
  return found;
}

/** Every source with how many accounts are drawn from it, least cited first. */
export function sourceUse(dataset: CoverageInput): SourceUse[] {
  const counts = new Map<string, number>();
  for (const account of dataset.accounts) counts.set(account.source, (counts.get(account.source) ?? 0) + 1);
  return dataset.sources
    .map((source) => ({ source, accounts: counts.get(source.id) ?? 0 }))
    .sort((a, b) => a.accounts - b.accounts || byId(a.source, b.source));
}

/** Entities whose accounts all come from sources in a single language (or from none). */
export function singleLanguageEntities(dataset: CoverageInput): EntityLanguages[] {
  const languages = new Map(dataset.sources.map((source) => [source.id, source.language]));
  const byEntity = new Map<string, Set<Language>>();
  for (const account of attributable(dataset)) {
    const language = languages.get(account.source);
    if (!language) continue;
    for (const id of account.entities) {
      const set = byEntity.get(id) ?? new Set<Language>();
      set.add(language);
      byEntity.set(id, set);
    }
  }
  return dataset.entities
    .map((entity) => ({ entity, languages: [...(byEntity.get(entity.id) ?? [])].sort() }))
    .filter((entry) => entry.languages.length < 2)
    .sort((a, b) => a.languages.length - b.languages.length || byId(a.entity, b.entity));
}

/**
 * The one language every attributable account's source is in, or undefined when the
 * accounts come from sources in more than one language (or there are none). When it is
 * defined, every quoted entity is quoted in that language alone, and saying so once
 * reads better than listing every entity.
 */
export function onlyAccountLanguage(dataset: CoverageInput): Language | undefined {
  const languages = new Map(dataset.sources.map((source) => [source.id, source.language]));
  const used = new Set(attributable(dataset).map((account) => languages.get(account.source)));
  const [only] = used;
  return used.size === 1 ? only : undefined;
}

/**
 * Entities described in only one language: the schema requires both texts, so what is
 * left to catch is a description copied into the other language instead of translated
 * (the same words, case and spacing aside). Sorted by id.
 */
export function describedInOneLanguage(entities: readonly BilingualEntity[]): BilingualEntity[] {
  const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return entities
    .filter((entity) => folded(entity.description.en) === folded(entity.description.es))
    .sort(byId);
}
