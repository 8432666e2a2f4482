/**
 * How accounts reach the reader, and what that says about a question (issue 9, section 1).
 *
 * Both notes are computed from the data, never written by hand, so the popover, the
 * data check and the release review (`npm run data:review`) always agree:
 * - only one position: every bundled account on the question takes the same position;
 * - carried only by critics: every account behind a position comes from an author who
 *   disputes it, so readers meet that side only through its opponents.
 *
 * Pure: no file system, no browser API.
 */
import type { Account, Question, Source } from './schema.ts';

export interface PositionFraming {
  id: string;
  /** Accounts taking the position, in dataset order. */
  accounts: Account[];
  /** Every account behind it is reported by an author who disputes it. */
  criticsOnly: boolean;
}

export interface QuestionFraming {
  question: Question;
  /** The question's positions that at least one account takes, in the question's order. */
  positions: PositionFraming[];
  onePosition: boolean;
  /** Ids of the positions carried only by sources that dispute them. */
  criticsOnly: string[];
}

/** True when a position is carried only by accounts whose reporting author disputes it. */
export function carriedOnlyByCritics(accounts: readonly Pick<Account, 'stance'>[]): boolean {
  return accounts.length > 0 && accounts.every((account) => account.stance === 'disputes');
}

export function frameQuestion(question: Question, accounts: readonly Account[]): QuestionFraming {
  const positions: PositionFraming[] = [];
  for (const position of question.positions) {
    const taking = accounts.filter((account) =>
      (account.answers ?? []).some(
        (answer) => answer.question === question.id && answer.position === position.id,
      ),
    );
    if (taking.length === 0) continue;
    positions.push({ id: position.id, accounts: taking, criticsOnly: carriedOnlyByCritics(taking) });
  }
  return {
    question,
    positions,
    onePosition: positions.length === 1,
    criticsOnly: positions.filter((position) => position.criticsOnly).map((position) => position.id),
  };
}

/**
 * The speaker is the article's author, or its authors named together ("Pedro Fuentes,
 * Bernardo Corrêa, Charles Rosa and Clara Baeder"): then the account is the article's
 * own voice, "writing in", not something it reports.
 */
export function speakerIsAuthor(speakerName: string, source: Pick<Source, 'authors'>): boolean {
  const speaker = normaliseName(speakerName);
  const names = source.authors.map(normaliseName);
  if (names.includes(speaker)) return true;
  const listed = speaker.split(/\s*(?:,|\band\b|\by\b|&)\s*/).filter(Boolean);
  return listed.length > 1 && listed.length === names.length && listed.every((name) => names.includes(name));
}

function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
