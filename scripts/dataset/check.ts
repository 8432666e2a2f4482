/**
 * Every rule the dataset must satisfy before it ships (issue 2, section 3), as
 * problems that name the file and the JSON path to fix.
 *
 * Schema problems come from load.ts; this module adds what spans fields and files:
 * ids, references, verbatim quotes, coverage, alias rules and canonical form. It never
 * writes anything; data-format.ts fixes what can be fixed mechanically.
 */
import { frameQuestion, type QuestionFraming, speakerIsAuthor } from '../../core/framing.ts';
import { localiseAccount, localiseName, localiseQuestion } from '../../core/localise.ts';
import { foldKey as matcherFoldKey } from '../../core/text/fold.ts';
import { canonicalText } from './canonical.ts';
import { COMMON_WORDS } from './common-words.ts';
import { type LoadedDataset, type Located, loadDataset } from './load.ts';
import { joinPath, type Problem, sortProblems } from './problem.ts';
import { appearsVerbatim, normaliseForQuote } from './quote.ts';

export interface CheckOptions {
  /** How alias texts are compared; defaults to the matcher's own `foldKey`, so the check and the matcher agree. */
  foldKey?: (text: string) => string;
}

export interface DatasetStats {
  sources: number;
  entities: number;
  aliases: number;
  accounts: number;
  questions: number;
  /** Questions whose accounts all take the same position: the product says so. */
  onePositionQuestions: number;
  /** Questions with a position carried only by sources that dispute it: the product says so too. */
  criticsOnlyQuestions: number;
}

export interface DatasetReport {
  loaded: LoadedDataset;
  problems: Problem[];
  /**
   * What a maintainer should know but need not fix: the computed notes readers see on
   * questions (one position, a position carried only by its critics). Never a reason to
   * refuse the data.
   */
  notes: Problem[];
  /** Each question's computed framing, in file order: what `data:review` prints. */
  framings: { file: string; framing: QuestionFraming }[];
  stats: DatasetStats;
}

/** All problems of the dataset in `dir`, grouped by file. An empty list means it may ship. */
export function checkDataset(dir = 'data', options: CheckOptions = {}): Problem[] {
  return inspectDataset(dir, options).problems;
}

/** The check plus what data-check prints in its summary and what the build bundles. */
export function inspectDataset(dir = 'data', options: CheckOptions = {}): DatasetReport {
  const loaded = loadDataset(dir);
  const fold = options.foldKey ?? matcherFoldKey;
  const problems: Problem[] = [...loaded.problems];
  const add = (file: string, path: string, message: string) => problems.push({ file, path, message });

  checkCanonical(loaded, add);
  checkFileNames(loaded, add);
  checkUniqueIds(loaded, add);
  checkReferences(loaded, add);
  checkQuotes(loaded, add);
  checkArchivedTexts(loaded, add);
  checkCoverage(loaded, add);
  checkAliases(loaded, fold, add);
  checkVoices(loaded, add);
  checkRoles(loaded, add);
  checkRelated(loaded, add);

  const englishAccounts = loaded.dataset.accounts.map((account) => localiseAccount(account, 'en'));
  const framings = loaded.questions.map(({ value, file }) => ({
    file,
    // Framing reads ids, answers and stances, never text: any one language will do.
    framing: frameQuestion(localiseQuestion(value, 'en'), englishAccounts),
  }));
  return {
    loaded,
    problems: sortProblems(problems),
    notes: notesOf(framings),
    framings,
    stats: statsOf(loaded, framings),
  };
}

/**
 * `own` means the author speaks, and an author speaking is `own`: the popover says
 * "in their own words, writing in …" on exactly these accounts, so the two must agree.
 */
function checkVoices(loaded: LoadedDataset, add: Add): void {
  const sources = new Map(loaded.sources.map((s) => [s.value.id, s.value]));
  for (const { value, file, at } of loaded.accounts) {
    const source = sources.get(value.source);
    if (source === undefined) continue;
    // Authors are named the same in both languages: the English form is the one to compare.
    const speaker = localiseName(value.speaker.name, 'en');
    const byAuthor = speakerIsAuthor(speaker, source);
    if (value.voice === 'own' && !byAuthor)
      add(
        file,
        joinPath(at, 'voice'),
        `"own" means the author's own words, but the speaker "${speaker}" is not an author of ${value.source}: use "quote" or "paraphrase"`,
      );
    if (value.voice !== 'own' && byAuthor)
      add(
        file,
        joinPath(at, 'voice'),
        `the speaker is the author of ${value.source}, so the words are the author's own: use "own"`,
      );
    if (value.voice === 'own' && value.stance !== 'endorses')
      add(
        file,
        joinPath(at, 'stance'),
        `an author's own words are "endorses": to record a claim the author disputes, attribute it to whoever holds it`,
      );
  }
}

/**
 * A living person's office without dates goes stale unseen ("President of Bolivia" for
 * someone whose term ended): every role of a living person says when it began or ended.
 */
function checkRoles(loaded: LoadedDataset, add: Add): void {
  for (const { value, file } of loaded.entities) {
    (value.roles ?? []).forEach((role, index) => {
      const path = `roles[${index}]`;
      const living = value.kind === 'person' && value.died === undefined;
      if (living && role.start === undefined && role.end === undefined)
        add(
          file,
          path,
          `role "${role.title.en}" of a living person has no dates: add its start and end (start alone while it is still held)`,
        );
      if (role.start !== undefined && role.end !== undefined && role.end < role.start)
        add(file, `${path}.end`, `ends (${role.end}) before it starts (${role.start})`);
      const asOf = loaded.dataset.asOf;
      if (asOf !== '' && role.start !== undefined && role.start > asOf)
        add(file, `${path}.start`, `starts after the dataset's asOf date (${asOf})`);
    });
  }
}

/** Related entities must exist, and an entity is not related to itself. */
function checkRelated(loaded: LoadedDataset, add: Add): void {
  const known = new Set([...loaded.entities.flatMap((e) => [e.value.id, e.fileId]), ...loaded.broken.entity]);
  for (const { value, file } of loaded.entities) {
    const seen = new Set<string>();
    (value.related ?? []).forEach((id, index) => {
      const path = `related[${index}]`;
      if (id === value.id) add(file, path, 'an entity is not related to itself');
      else if (!known.has(id)) add(file, path, `unknown entity "${id}": no entities/${id}.json`);
      else if (seen.has(id)) add(file, path, `"${id}" is listed twice`);
      seen.add(id);
    });
  }
}

function notesOf(framings: DatasetReport['framings']): Problem[] {
  const notes: Problem[] = [];
  for (const { file, framing } of framings) {
    const positions = framing.question.positions.map((p) => p.id);
    if (framing.onePosition)
      notes.push({
        file,
        path: 'positions',
        message: 'only one position: the bundled accounts all take one position, and the popover says so',
      });
    for (const id of framing.criticsOnly) {
      const position = framing.positions.find((p) => p.id === id);
      const sources = [...new Set(position?.accounts.map((a) => a.source) ?? [])].join(', ');
      notes.push({
        file,
        path: `positions[${positions.indexOf(id)}]`,
        message: `"${id}" is carried only by sources that dispute it (${sources}), and the popover says so`,
      });
    }
  }
  return notes;
}

type Add = (file: string, path: string, message: string) => void;

function checkCanonical(loaded: LoadedDataset, add: Add): void {
  for (const file of loaded.files) {
    if (file.parsed && file.raw !== canonicalText(file.kind, file.json)) {
      add(file.file, '', 'not in canonical form: run npm run data:format');
    }
  }
}

function checkFileNames(loaded: LoadedDataset, add: Add): void {
  const oneRecordFiles = [...loaded.sources, ...loaded.entities, ...loaded.questions];
  for (const { value, file, fileId } of oneRecordFiles) {
    if (value.id !== fileId)
      add(
        file,
        'id',
        `"${value.id}" does not match the file name: rename the file to ${value.id}.json or fix the id`,
      );
  }
  for (const { value, file, at, fileId } of loaded.accounts) {
    if (value.source !== fileId) {
      add(
        file,
        joinPath(at, 'source'),
        `"${value.source}" does not match the file name: accounts quoted from ${value.source} belong in accounts/${value.source}.json`,
      );
    }
  }
}

function checkUniqueIds(loaded: LoadedDataset, add: Add): void {
  const groups: [string, Located<{ id: string }>[]][] = [
    ['source', loaded.sources],
    ['entity', loaded.entities],
    ['account', loaded.accounts],
    ['question', loaded.questions],
  ];
  for (const [kind, records] of groups) {
    const first = new Map<string, Located<{ id: string }>>();
    // The record whose file name matches its id keeps the id; the other is the duplicate.
    const named = (r: Located<{ id: string }>) => (kind === 'account' || r.value.id === r.fileId ? 0 : 1);
    const ordered = [...records].sort((a, b) => named(a) - named(b));
    for (const record of ordered) {
      const earlier = first.get(record.value.id);
      if (earlier === undefined) {
        first.set(record.value.id, record);
        continue;
      }
      const where = earlier.at === '' ? earlier.file : `${earlier.file} ${earlier.at}`;
      add(
        record.file,
        joinPath(record.at, 'id'),
        `duplicate ${kind} id "${record.value.id}" (also in ${where})`,
      );
    }
  }
  for (const { value, file } of loaded.questions) {
    const seen = new Map<string, number>();
    value.positions.forEach((position, index) => {
      const earlier = seen.get(position.id);
      if (earlier !== undefined)
        add(
          file,
          `positions[${index}].id`,
          `duplicate position id "${position.id}" (also positions[${earlier}])`,
        );
      else seen.set(position.id, index);
    });
  }
}

function checkReferences(loaded: LoadedDataset, add: Add): void {
  // A record whose file is broken is reported there; references to it are not "unknown".
  const { broken } = loaded;
  // So is a record whose id differs from its file name: either name resolves.
  const known = <T extends { id: string }>(records: Located<T>[], brokenIds: Set<string>) =>
    new Set([...records.flatMap((r) => [r.value.id, r.fileId]), ...brokenIds]);
  const sources = known(loaded.sources, broken.source);
  const entities = known(loaded.entities, broken.entity);
  const questions = new Map(
    loaded.questions.flatMap((q) => [[q.fileId, q.value] as const, [q.value.id, q.value] as const]),
  );

  for (const { value, file, at } of loaded.accounts) {
    if (!sources.has(value.source))
      add(file, joinPath(at, 'source'), `unknown source "${value.source}": no sources/${value.source}.json`);
    value.entities.forEach((entity, index) => {
      if (!entities.has(entity))
        add(
          file,
          joinPath(at, `entities[${index}]`),
          `unknown entity "${entity}": no entities/${entity}.json`,
        );
    });
    (value.answers ?? []).forEach((answer, index) => {
      const question = questions.get(answer.question);
      if (question === undefined && broken.question.has(answer.question)) return;
      if (question === undefined) {
        add(
          file,
          joinPath(at, `answers[${index}].question`),
          `unknown question "${answer.question}": no questions/${answer.question}.json`,
        );
        return;
      }
      const positions = question.positions.map((p) => p.id);
      if (!positions.includes(answer.position)) {
        add(
          file,
          joinPath(at, `answers[${index}].position`),
          `"${answer.position}" is not a position of question "${answer.question}" (its positions: ${positions.join(', ')})`,
        );
      }
    });
  }
  for (const { value, file } of loaded.questions) {
    value.entities.forEach((entity, index) => {
      if (!entities.has(entity))
        add(file, `entities[${index}]`, `unknown entity "${entity}": no entities/${entity}.json`);
    });
  }
}

function checkQuotes(loaded: LoadedDataset, add: Add): void {
  const normalised = new Map<string, string>();
  for (const { value, file, at } of loaded.accounts) {
    const text = loaded.texts.get(value.source);
    const textFile = loaded.textFiles.get(value.source);
    // An unknown source or a missing text is reported once, on its own file.
    if (text === undefined || textFile === undefined) continue;
    let archive = normalised.get(value.source);
    if (archive === undefined) {
      archive = normaliseForQuote(text);
      normalised.set(value.source, archive);
    }
    if (!appearsVerbatim(value.quote, archive))
      add(file, joinPath(at, 'quote'), `quote not found verbatim in ${textFile}`);
  }
}

function checkArchivedTexts(loaded: LoadedDataset, add: Add): void {
  const sources = new Set([...loaded.sources.map((s) => s.fileId), ...loaded.broken.source]);
  for (const { value, file, fileId } of loaded.sources) {
    const text = loaded.texts.get(fileId);
    if (text === undefined)
      add(file, '', `archived text missing: save the article's text as sources/${value.id}.txt`);
    else if (text.trim() === '') add(loaded.textFiles.get(fileId) ?? file, '', 'archived text is empty');
  }
  for (const [id, textFile] of loaded.textFiles) {
    if (!sources.has(id))
      add(textFile, '', `archived text without a source: add sources/${id}.json or remove it`);
  }
}

function checkCoverage(loaded: LoadedDataset, add: Add): void {
  // Accounts that failed their schema still count: their own problem is the one to fix.
  const cited = new Set([
    ...loaded.accounts.flatMap((a) => a.value.entities),
    ...loaded.broken.citedEntities,
  ]);
  for (const { value, file, fileId } of loaded.entities) {
    if (!cited.has(value.id) && !cited.has(fileId))
      add(file, '', 'no account concerns this entity: every entity needs at least one cited account');
  }
  const answering = new Map<string, number>();
  const answered = [
    ...loaded.accounts.map((a) => (a.value.answers ?? []).map((x) => x.question)),
    ...loaded.broken.answeredQuestions,
  ];
  for (const questions of answered) {
    for (const question of new Set(questions)) answering.set(question, (answering.get(question) ?? 0) + 1);
  }
  for (const { value, file } of loaded.questions) {
    const count = answering.get(value.id) ?? 0;
    if (count < 2)
      add(
        file,
        '',
        `${count === 1 ? 'only 1 account answers' : 'no account answers'} this question: every question needs at least two`,
      );
  }
}

function checkAliases(loaded: LoadedDataset, fold: (text: string) => string, add: Add): void {
  const common = new Set(COMMON_WORDS.map(fold));
  interface Claim {
    entity: string;
    file: string;
    index: number;
    text: string;
    needsContext: boolean;
  }
  const claims = new Map<string, Claim[]>();

  for (const { value, file } of loaded.entities) {
    const keys = new Map<string, number>();
    value.aliases.forEach((alias, index) => {
      const path = `aliases[${index}].text`;
      const key = fold(alias.text);
      if (key === '') {
        add(
          file,
          path,
          'empty alias: nothing is left to match once case, accents and invisible characters are folded',
        );
        return;
      }
      // Same key twice in one entity is redundant, unless one is an exact-case form.
      const dedupeKey = alias.caseSensitive ? `exact:${alias.text}` : `folded:${key}`;
      const earlier = keys.get(dedupeKey);
      if (earlier !== undefined) {
        add(file, path, `duplicate alias "${alias.text}" (same as aliases[${earlier}])`);
        return;
      }
      keys.set(dedupeKey, index);
      if (common.has(key) && !alias.caseSensitive && !alias.needsContext) {
        add(file, path, `"${alias.text}" is a common word: mark the alias caseSensitive or needsContext`);
      }
      // An exclusion only works on phrases that contain the alias: anything else is a slip.
      (alias.exclude ?? []).forEach((phrase, at) => {
        if (!fold(phrase).includes(key)) {
          add(
            file,
            `aliases[${index}].exclude[${at}]`,
            `"${phrase}" does not contain the alias "${alias.text}", so it excludes nothing`,
          );
        }
      });
      const list = claims.get(key) ?? [];
      if (!list.some((claim) => claim.entity === value.id)) {
        list.push({
          entity: value.id,
          file,
          index,
          text: alias.text,
          needsContext: alias.needsContext === true,
        });
      }
      claims.set(key, list);
    });
  }

  for (const list of claims.values()) {
    for (const claim of list) {
      for (const other of list) {
        if (other.entity === claim.entity || (claim.needsContext && other.needsContext)) continue;
        add(
          claim.file,
          `aliases[${claim.index}].text`,
          `alias "${claim.text}" is also claimed by entity "${other.entity}" (aliases[${other.index}]): mark it needsContext in both, or remove it from one`,
        );
      }
    }
  }
}

function statsOf(loaded: LoadedDataset, framings: DatasetReport['framings']): DatasetStats {
  const positionsByQuestion = new Map<string, Set<string>>();
  for (const { value } of loaded.accounts) {
    for (const answer of value.answers ?? []) {
      const set = positionsByQuestion.get(answer.question) ?? new Set();
      set.add(answer.position);
      positionsByQuestion.set(answer.question, set);
    }
  }
  return {
    sources: loaded.sources.length,
    entities: loaded.entities.length,
    aliases: loaded.entities.reduce((sum, e) => sum + e.value.aliases.length, 0),
    accounts: loaded.accounts.length,
    questions: loaded.questions.length,
    onePositionQuestions: loaded.questions.filter(
      (q) => (positionsByQuestion.get(q.value.id)?.size ?? 0) === 1,
    ).length,
    criticsOnlyQuestions: framings.filter(({ framing }) => framing.criticsOnly.length > 0).length,
  };
}
