/**
 * The dataset in one language. The files hold Glosa's own words in English and Spanish
 * (core/schema.ts); a reader sees one of them, so every consumer (the background's
 * look-ups, the popup, the atlas, the library) localises once with the UI language and
 * keeps working with plain strings. Quotes, names of sources and ids are untouched:
 * quotes stay in their source's language.
 *
 * Pure, and memoised per dataset and language: a page localises on every render and
 * the background on every look-up without rebuilding the records.
 */
import type {
  Account,
  BilingualAccount,
  BilingualDataset,
  BilingualEntity,
  BilingualQuestion,
  Dataset,
  Entity,
  Language,
  LocalisedName,
  Question,
} from './schema.ts';

const cache = new WeakMap<BilingualDataset, Partial<Record<Language, Dataset>>>();

export function localiseDataset(dataset: BilingualDataset, language: Language): Dataset {
  let byLanguage = cache.get(dataset);
  if (byLanguage === undefined) {
    byLanguage = {};
    cache.set(dataset, byLanguage);
  }
  const cached = byLanguage[language];
  if (cached !== undefined) return cached;
  const localised: Dataset = {
    version: dataset.version,
    asOf: dataset.asOf,
    sources: dataset.sources,
    entities: dataset.entities.map((entity) => localiseEntity(entity, language)),
    accounts: dataset.accounts.map((account) => localiseAccount(account, language)),
    questions: dataset.questions.map((question) => localiseQuestion(question, language)),
  };
  byLanguage[language] = localised;
  return localised;
}

/** A name in one language: a plain string is the same in both. */
export function localiseName(name: LocalisedName, language: Language): string {
  return typeof name === 'string' ? name : name[language];
}

/** Both forms of a name (one when they are the same), English first. */
export function namesOf(name: LocalisedName): string[] {
  if (typeof name === 'string') return [name];
  return name.en === name.es ? [name.en] : [name.en, name.es];
}

export function localiseEntity(entity: BilingualEntity, language: Language): Entity {
  const { name, description, roles, ...rest } = entity;
  const localised: Entity = {
    ...rest,
    name: localiseName(name, language),
    description: description[language],
  };
  if (roles !== undefined) localised.roles = roles.map((role) => ({ ...role, title: role.title[language] }));
  return withKeyOrder(entity, localised);
}

export function localiseAccount(account: BilingualAccount, language: Language): Account {
  const { speaker, summary, ...rest } = account;
  const localised: Account = {
    ...rest,
    speaker: localiseSpeaker(speaker, language),
  };
  if (summary !== undefined) localised.summary = summary[language];
  return withKeyOrder(account, localised);
}

export function localiseQuestion(question: BilingualQuestion, language: Language): Question {
  return {
    ...question,
    text: question.text[language],
    positions: question.positions.map((position) => ({ ...position, label: position.label[language] })),
  };
}

function localiseSpeaker(speaker: BilingualAccount['speaker'], language: Language): Account['speaker'] {
  const name = localiseName(speaker.name, language);
  return speaker.role === undefined ? { name } : { name, role: speaker.role[language] };
}

/** Keeps the file's key order, so a localised record reads (and serialises) like its file. */
function withKeyOrder<T extends object>(original: object, localised: T): T {
  const ordered: Record<string, unknown> = {};
  const source = localised as Record<string, unknown>;
  for (const key of Object.keys(original)) if (key in source) ordered[key] = source[key];
  return ordered as T;
}
