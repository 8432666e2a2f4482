/**
 * The popover's view model: everything it shows for one entity, resolved from the
 * dataset into plain data.
 *
 * The background builds the card and sends it to the content script, so a card must
 * survive `structuredClone` (no functions, Maps, Dates or class instances) and must
 * carry every attribution field itself: the content script never sees the dataset.
 * An account whose source is missing is dropped, because a statement without
 * attribution is never shown.
 */
import { frameQuestion, speakerIsAuthor } from '../framing.ts';
import type { Account, Dataset, EntityKind, Role, Source, Stance, Voice } from '../schema.ts';
import { comparePartialDates } from './partial-date.ts';

/** One quote with everything needed to attribute it. */
export interface CitedAccount {
  id: string;
  quote: string;
  speaker: { name: string; role?: string };
  /** The speaker is one of the source's authors (then `voice` is `own`, which data:check enforces). */
  speakerIsAuthor: boolean;
  /** Whose words: the author's own, the speaker's quoted, or the author's paraphrase of the speaker. */
  voice: Voice;
  /** The reporting author's stance on the claim. */
  stance: Stance;
  outlet: string;
  via?: string;
  authors: string[];
  /** Partial date as in the dataset: `2019`, `2019-12` or `2019-12-24`. */
  published: string;
  /** The source's address, or '' when it is not known (never guessed). */
  url: string;
  sourceTitle: string;
  /** Language of the quote (the source's language): quotes stay in their original language. */
  language: string;
  summary?: string;
}

export interface PositionView {
  id: string;
  label: string;
  accounts: CitedAccount[];
  /** How many distinct outlets carry these accounts: eight quotes from one outlet are one voice. */
  outletCount: number;
  /** Every account behind it comes from an author who disputes it: the popover says so. */
  criticsOnly: boolean;
}

export interface QuestionView {
  id: string;
  text: string;
  /** In the question's own order; positions no bundled account takes are left out. */
  positions: PositionView[];
  /** The bundled accounts populate only one position: the popover says so plainly. */
  onePosition: boolean;
}

/** Another entity the card links to by name: a place's events, an event's place. */
export interface RelatedEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface EntityCard {
  entity: {
    id: string;
    name: string;
    kind: EntityKind;
    description: string;
    /** Offices held, with their dates; absent when the entity has none. */
    roles?: Role[];
  };
  /** In the entity's own order; ids that name no entity are left out. */
  related: RelatedEntity[];
  /**
   * The most relevant accounts about the entity that answer none of the card's questions,
   * best first (see `rankContext`): a quote shown under a question is never shown again here.
   */
  context: CitedAccount[];
  /** How many such accounts there are, of which `context` is the best. */
  contextTotal: number;
  questions: QuestionView[];
  datasetVersion: string;
  /** The date the dataset is correct as of (`YYYY-MM-DD`), shown beside its version. */
  datasetAsOf: string;
}

export interface EntityCardOptions {
  /** How many accounts Context carries at most; the popover itself shows 2 and "Show N more". */
  contextLimit?: number;
  /**
   * Context lists every account about the entity, those the questions show too: the
   * dataset browser's full list of accounts, where the popover avoids repeating a quote.
   */
  everyAccount?: boolean;
}

export const DEFAULT_CONTEXT_LIMIT = 8;

export function buildEntityCard(
  dataset: Dataset,
  entityId: string,
  options: EntityCardOptions = {},
): EntityCard | undefined {
  const entity = dataset.entities.find((candidate) => candidate.id === entityId);
  if (!entity) return undefined;

  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const questions = dataset.questions.filter((question) => question.entities.includes(entityId));
  const shownQuestionIds = new Set(questions.map((question) => question.id));

  const attributable = dataset.accounts.filter((account) => sources.has(account.source));
  const questionViews: QuestionView[] = [];
  const answering = new Set<string>();
  for (const question of questions) {
    // The same computation data:check and data:review report, over the accounts shown.
    const framing = frameQuestion(question, attributable);
    // A question no bundled account answers has nothing to show.
    if (framing.positions.length === 0) continue;
    const labels = new Map(question.positions.map((position) => [position.id, position.label]));
    questionViews.push({
      id: question.id,
      text: question.text,
      positions: framing.positions.map((position) => {
        for (const account of position.accounts) answering.add(account.id);
        return {
          id: position.id,
          label: labels.get(position.id) ?? position.id,
          accounts: sortByDate(position.accounts, sources).map((account) => citeAccount(account, sources)),
          outletCount: new Set(position.accounts.map((account) => sources.get(account.source)?.outlet)).size,
          criticsOnly: position.criticsOnly,
        };
      }),
      onePosition: framing.onePosition,
    });
  }

  // Context holds what the questions do not show, so no quote appears twice in one popover.
  const about = attributable.filter(
    (account) => account.entities.includes(entityId) && (options.everyAccount || !answering.has(account.id)),
  );
  const ranked = rankContext(about, sources, shownQuestionIds);
  const limit = options.contextLimit ?? DEFAULT_CONTEXT_LIMIT;

  const entities = new Map(dataset.entities.map((candidate) => [candidate.id, candidate]));
  const related: RelatedEntity[] = [];
  for (const id of entity.related ?? []) {
    const other = entities.get(id);
    if (other) related.push({ id: other.id, name: other.name, kind: other.kind });
  }
  const view: EntityCard['entity'] = {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    description: entity.description,
  };
  // Left out rather than undefined, so a card equals its structured clone (see citeAccount).
  if (entity.roles && entity.roles.length > 0) view.roles = entity.roles.map((role) => ({ ...role }));

  return {
    entity: view,
    related,
    context: ranked.slice(0, limit).map((account) => citeAccount(account, sources)),
    contextTotal: ranked.length,
    questions: questionViews,
    datasetVersion: dataset.version,
    datasetAsOf: dataset.asOf,
  };
}

/**
 * Relevance for Context, in order of precedence:
 * 1. accounts that concern fewer entities first: an account about Senkata alone says
 *    more about Senkata than one that lists it among six entities;
 * 2. then accounts that answer none of the questions this card shows, since the
 *    Competing accounts section already presents those;
 * 3. then by the source's publication date, oldest first: sources closest to the events;
 * 4. then by account id, so the order never depends on file order.
 */
export function rankContext(
  accounts: Account[],
  sources: ReadonlyMap<string, Source>,
  shownQuestionIds: ReadonlySet<string>,
): Account[] {
  const answersShown = (account: Account) =>
    (account.answers ?? []).some((answer) => shownQuestionIds.has(answer.question)) ? 1 : 0;
  return [...accounts].sort(
    (a, b) =>
      a.entities.length - b.entities.length ||
      answersShown(a) - answersShown(b) ||
      compareSourceDates(a, b, sources) ||
      compareIds(a.id, b.id),
  );
}

function sortByDate(accounts: Account[], sources: ReadonlyMap<string, Source>): Account[] {
  return [...accounts].sort((a, b) => compareSourceDates(a, b, sources) || compareIds(a.id, b.id));
}

function compareSourceDates(a: Account, b: Account, sources: ReadonlyMap<string, Source>): number {
  return comparePartialDates(sources.get(a.source)?.published ?? '', sources.get(b.source)?.published ?? '');
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function citeAccount(account: Account, sources: ReadonlyMap<string, Source>): CitedAccount {
  const source = sources.get(account.source);
  // Callers filter out accounts without a source; this guards the invariant.
  if (!source) throw new Error(`account ${account.id}: unknown source ${account.source}`);
  const cited: CitedAccount = {
    id: account.id,
    quote: account.quote,
    speaker: { name: account.speaker.name },
    speakerIsAuthor: speakerIsAuthor(account.speaker.name, source),
    voice: account.voice,
    stance: account.stance,
    outlet: source.outlet,
    authors: [...source.authors],
    published: source.published,
    url: source.url,
    sourceTitle: source.title,
    language: source.language,
  };
  // Optional fields are left out rather than set to undefined, so a card compares
  // equal to its structured clone and to its JSON round trip.
  if (account.speaker.role) cited.speaker.role = account.speaker.role;
  if (source.via) cited.via = source.via;
  if (account.summary) cited.summary = account.summary;
  return cited;
}

export { formatPartialDate } from './partial-date.ts';
