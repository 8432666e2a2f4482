/**
 * What a maintainer needs to see is thin in the dataset: entities with one account,
 * questions where the bundled accounts take only one position (or where a position is
 * carried only by authors who dispute it), the sources cited least, and entities whose
 * accounts come from sources in only one language.
 *
 * Only accounts whose source exists count, as in the popover: an account without
 * attribution is never shown, so it covers nothing.
 */
import type { Account, Dataset, Entity, Question, Source } from '../schema.ts';

type Language = Source['language'];

export interface EntityAccountCount {
  entity: Entity;
  accounts: number;
}

export interface QuestionCoverage {
  question: Question;
  /** Ids of the question's positions that at least one account takes, in the question's order. */
  taken: string[];
}

export interface CriticsOnlyPosition {
  question: Question;
  positionId: string;
  label: string;
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

function attributable(dataset: Dataset): Account[] {
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  return dataset.accounts.filter((account) => sourceIds.has(account.source));
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How many attributable accounts concern each entity (entities without any are absent). */
export function entityAccountCounts(dataset: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const account of attributable(dataset))
    for (const id of new Set(account.entities)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Entities with fewer than two accounts, the ones without any first. */
export function thinEntities(dataset: Dataset): EntityAccountCount[] {
  const counts = entityAccountCounts(dataset);
  return dataset.entities
    .map((entity) => ({ entity, accounts: counts.get(entity.id) ?? 0 }))
    .filter((entry) => entry.accounts < 2)
    .sort((a, b) => a.accounts - b.accounts || byId(a.entity, b.entity));
}

/** Which positions of each question the bundled accounts take. */
export function questionCoverage(dataset: Dataset): QuestionCoverage[] {
  const accounts = attributable(dataset);
  return dataset.questions.map((question) => ({
    question,
    taken: question.positions
      .filter((position) => accounts.some((account) => takes(account, question.id, position.id)))
      .map((position) => position.id),
  }));
}

/** Questions on which the accounts take one position or none: a reader sees only one side. */
export function onePositionQuestions(dataset: Dataset): QuestionCoverage[] {
  return questionCoverage(dataset)
    .filter((entry) => entry.taken.length < 2)
    .sort((a, b) => a.taken.length - b.taken.length || byId(a.question, b.question));
}

function takes(account: Account, questionId: string, positionId: string): boolean {
  return (account.answers ?? []).some(
    (answer) => answer.question === questionId && answer.position === positionId,
  );
}

/**
 * The reporting author's stance on an account, where the dataset records one. It is
 * read without the schema's type because the stance field arrives with framing
 * (voice and stance); before that, no account has one.
 */
function stanceOf(account: Account): string | undefined {
  const stance = (account as { stance?: unknown }).stance;
  return typeof stance === 'string' ? stance : undefined;
}

/** Whether the accounts carry stances at all: without them critics-only positions cannot be told. */
export function hasStances(dataset: Dataset): boolean {
  return dataset.accounts.length > 0 && dataset.accounts.every((account) => stanceOf(account) !== undefined);
}

/** Positions that every account taking them comes from an author who disputes them. */
export function criticsOnlyPositions(dataset: Dataset): CriticsOnlyPosition[] {
  const accounts = attributable(dataset);
  const found: CriticsOnlyPosition[] = [];
  for (const question of [...dataset.questions].sort(byId)) {
    for (const position of question.positions) {
      const taking = accounts.filter((account) => takes(account, question.id, position.id));
      if (taking.length > 0 && taking.every((account) => stanceOf(account) === 'disputes'))
        found.push({ question, positionId: position.id, label: position.label });
    }
  }
  return found;
}

/** Every source with how many accounts are drawn from it, least cited first. */
export function sourceUse(dataset: Dataset): SourceUse[] {
  const counts = new Map<string, number>();
  for (const account of dataset.accounts) counts.set(account.source, (counts.get(account.source) ?? 0) + 1);
  return dataset.sources
    .map((source) => ({ source, accounts: counts.get(source.id) ?? 0 }))
    .sort((a, b) => a.accounts - b.accounts || byId(a.source, b.source));
}

/** Entities whose accounts all come from sources in a single language (or from none). */
export function singleLanguageEntities(dataset: Dataset): EntityLanguages[] {
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
export function onlyAccountLanguage(dataset: Dataset): Language | undefined {
  const languages = new Map(dataset.sources.map((source) => [source.id, source.language]));
  const used = new Set(attributable(dataset).map((account) => languages.get(account.source)));
  const [only] = used;
  return used.size === 1 ? only : undefined;
}
