/**
 * Reads a dataset directory (by default `data/`) into typed records, collecting every
 * problem on the way instead of stopping at the first: a broken file is reported and
 * the rest is still read, so one run lists everything a maintainer has to fix.
 *
 * It only reads. Cross-file rules (references, coverage, aliases, quotes) live in
 * check.ts; the records here keep their file and JSON path so check.ts can name them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  type BilingualAccount,
  type BilingualDataset,
  type BilingualEntity,
  type BilingualQuestion,
  bilingualAccountSchema,
  bilingualEntitySchema,
  bilingualQuestionSchema,
  datasetMetaSchema,
  type Source,
  sourceSchema,
} from '../../core/schema.ts';
import { parseJsonText } from './json-text.ts';
import { baseId, displayPath, type FileKind, FOLDERS, META_FILE } from './layout.ts';
import type { Problem } from './problem.ts';
import { zodProblems } from './zod-problems.ts';

/** A record and where it came from. */
export interface Located<T> {
  value: T;
  /** Display path of its file. */
  file: string;
  /** `[3]` for the fourth account of an accounts file, `''` for one-record files. */
  at: string;
  /** The file's name without `.json`: the id it must carry (or the source, for accounts). */
  fileId: string;
}

/** A JSON file as read from disk: its bytes, and its value when it parsed. */
export interface LoadedFile {
  file: string;
  absolute: string;
  kind: FileKind;
  raw: string;
  /** Absent when the text is not valid JSON. */
  json?: unknown;
  parsed: boolean;
}

export interface LoadedDataset {
  dir: string;
  /** Every record that passed its schema, in file order, in both languages. Archived texts are not part of it. */
  dataset: BilingualDataset;
  /** Archived article texts by source id (from `sources/<id>.txt`). */
  texts: Map<string, string>;
  /** Display path of each archived text, by source id. */
  textFiles: Map<string, string>;
  files: LoadedFile[];
  sources: Located<Source>[];
  entities: Located<BilingualEntity>[];
  accounts: Located<BilingualAccount>[];
  questions: Located<BilingualQuestion>[];
  /** File ids of sources, entities and questions whose file did not parse or failed its schema. */
  broken: {
    source: Set<string>;
    entity: Set<string>;
    question: Set<string>;
    /** Entity ids named by accounts that failed their schema (so coverage does not cascade). */
    citedEntities: Set<string>;
    /** Question ids answered by each account that failed its schema. */
    answeredQuestions: string[][];
  };
  problems: Problem[];
}

export function loadDataset(dir = 'data'): LoadedDataset {
  const root = path.resolve(dir);
  const loaded: LoadedDataset = {
    dir,
    dataset: { version: '', asOf: '', sources: [], entities: [], accounts: [], questions: [] },
    texts: new Map(),
    textFiles: new Map(),
    files: [],
    sources: [],
    entities: [],
    accounts: [],
    questions: [],
    broken: {
      source: new Set(),
      entity: new Set(),
      question: new Set(),
      citedEntities: new Set(),
      answeredQuestions: [],
    },
    problems: [],
  };
  const problem = (file: string, at: string, message: string) =>
    loaded.problems.push({ file, path: at, message });

  if (!isDirectory(root)) {
    problem(displayPath(root), '', 'dataset directory not found');
    return loaded;
  }

  const meta = readJson(loaded, path.join(root, META_FILE), 'meta');
  if (meta !== undefined) {
    const result = datasetMetaSchema.safeParse(meta.json);
    if (result.success) {
      loaded.dataset.version = result.data.version;
      loaded.dataset.asOf = result.data.asOf;
    } else loaded.problems.push(...zodProblems(meta.file, '', result.error));
  }

  for (const { folder, kind } of FOLDERS) {
    const folderPath = path.join(root, folder);
    if (!isDirectory(folderPath)) {
      problem(displayPath(folderPath), '', `missing folder: the dataset keeps its ${folder} here`);
      continue;
    }
    for (const name of fs.readdirSync(folderPath).sort()) {
      if (name.startsWith('.')) continue;
      const absolute = path.join(folderPath, name);
      if (kind === 'source' && name.endsWith('.txt')) {
        loaded.texts.set(baseId(name), fs.readFileSync(absolute, 'utf8'));
        loaded.textFiles.set(baseId(name), displayPath(absolute));
        continue;
      }
      if (!name.endsWith('.json')) {
        problem(
          displayPath(absolute),
          '',
          `unexpected file: ${folder}/ holds only .json files${kind === 'source' ? ' and archived .txt texts' : ''}`,
        );
        continue;
      }
      const fileId = baseId(name);
      const file = readJson(loaded, absolute, kind);
      if (file === undefined) {
        if (kind !== 'accounts') loaded.broken[kind].add(fileId);
        continue;
      }
      if (kind === 'accounts') addAccounts(loaded, file, fileId);
      else if (kind === 'source')
        addRecord(loaded, loaded.sources, loaded.dataset.sources, sourceSchema, file, fileId);
      else if (kind === 'entity')
        addRecord(loaded, loaded.entities, loaded.dataset.entities, bilingualEntitySchema, file, fileId);
      else
        addRecord(loaded, loaded.questions, loaded.dataset.questions, bilingualQuestionSchema, file, fileId);
    }
  }
  return loaded;
}

/** Reads and parses one JSON file; reports a missing or broken file and returns undefined. */
function readJson(loaded: LoadedDataset, absolute: string, kind: FileKind): LoadedFile | undefined {
  const file = displayPath(absolute);
  if (!fs.existsSync(absolute)) {
    loaded.problems.push({ file, path: '', message: 'missing file' });
    return undefined;
  }
  const raw = fs.readFileSync(absolute, 'utf8');
  const parse = parseJsonText(raw);
  const entry: LoadedFile = { file, absolute, kind, raw, parsed: parse.ok };
  if (parse.ok) entry.json = parse.value;
  loaded.files.push(entry);
  if (!parse.ok) {
    loaded.problems.push({ file, path: '', message: parse.message });
    return undefined;
  }
  return entry;
}

function addRecord<T>(
  loaded: LoadedDataset,
  located: Located<T>[],
  plain: T[],
  schema: z.ZodType<T>,
  file: LoadedFile,
  fileId: string,
): void {
  const result = schema.safeParse(file.json);
  if (!result.success) {
    loaded.problems.push(...zodProblems(file.file, '', result.error));
    if (file.kind === 'source' || file.kind === 'entity' || file.kind === 'question')
      loaded.broken[file.kind].add(fileId);
    return;
  }
  located.push({ value: result.data, file: file.file, at: '', fileId });
  plain.push(result.data);
}

/** An accounts file is an array; each account is checked alone so one slip does not hide the rest. */
function addAccounts(loaded: LoadedDataset, file: LoadedFile, fileId: string): void {
  if (!Array.isArray(file.json)) {
    loaded.problems.push({ file: file.file, path: '', message: 'must be a JSON array of accounts' });
    return;
  }
  file.json.forEach((item, index) => {
    const at = `[${index}]`;
    const result = bilingualAccountSchema.safeParse(item);
    if (!result.success) {
      loaded.problems.push(...zodProblems(file.file, at, result.error));
      rememberBrokenAccount(loaded, item);
      return;
    }
    loaded.accounts.push({ value: result.data, file: file.file, at, fileId });
    loaded.dataset.accounts.push(result.data);
  });
}

/** Keeps what a schema-failed account still says about coverage, read leniently. */
function rememberBrokenAccount(loaded: LoadedDataset, item: unknown): void {
  if (typeof item !== 'object' || item === null) return;
  const { entities, answers } = item as { entities?: unknown; answers?: unknown };
  if (Array.isArray(entities)) {
    for (const id of entities) if (typeof id === 'string') loaded.broken.citedEntities.add(id);
  }
  if (Array.isArray(answers)) {
    loaded.broken.answeredQuestions.push(
      answers.flatMap((a) => (typeof a?.question === 'string' ? [a.question as string] : [])),
    );
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
