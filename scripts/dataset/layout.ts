/**
 * Where each kind of dataset file lives, and how a file is named in messages.
 *
 * The layout is fixed (see data/README.md): everyone relies on it, so it is spelt
 * out once here and nowhere else in the tooling.
 */
import path from 'node:path';

export type FileKind = 'meta' | 'source' | 'entity' | 'accounts' | 'question';

export const META_FILE = 'dataset.json';

/** Folders of one-record-per-file JSON, in the order files are reported. */
export const FOLDERS = [
  { folder: 'sources', kind: 'source' },
  { folder: 'entities', kind: 'entity' },
  { folder: 'accounts', kind: 'accounts' },
  { folder: 'questions', kind: 'question' },
] as const satisfies readonly { folder: string; kind: FileKind }[];

/**
 * The name a maintainer sees: relative to the working directory when the file is
 * inside it (`data/entities/evo-morales.json`), absolute otherwise.
 */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  const shown =
    relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/** `evo-morales.json` -> `evo-morales`. */
export function baseId(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}
