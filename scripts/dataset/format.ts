/**
 * Rewrites every JSON file of a dataset in canonical form (see canonical.ts).
 *
 * It never touches a file that does not parse: that file is reported and left as it
 * is, so a half-edited file is never lost or "fixed" into something else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { canonicalText } from './canonical.ts';
import { parseJsonText } from './json-text.ts';
import { displayPath, type FileKind, FOLDERS, META_FILE } from './layout.ts';
import type { Problem } from './problem.ts';

export interface FormatResult {
  /** Display paths of the files whose bytes changed. */
  rewritten: string[];
  /** Files left alone because they could not be read as JSON. */
  problems: Problem[];
}

export function formatDataset(dir = 'data'): FormatResult {
  const root = path.resolve(dir);
  const result: FormatResult = { rewritten: [], problems: [] };
  if (!fs.existsSync(root)) {
    result.problems.push({ file: displayPath(root), path: '', message: 'dataset directory not found' });
    return result;
  }
  const targets: { absolute: string; kind: FileKind }[] = [];
  if (fs.existsSync(path.join(root, META_FILE)))
    targets.push({ absolute: path.join(root, META_FILE), kind: 'meta' });
  for (const { folder, kind } of FOLDERS) {
    const folderPath = path.join(root, folder);
    if (!fs.existsSync(folderPath)) continue;
    for (const name of fs.readdirSync(folderPath).sort()) {
      if (name.endsWith('.json') && !name.startsWith('.'))
        targets.push({ absolute: path.join(folderPath, name), kind });
    }
  }
  for (const { absolute, kind } of targets) {
    const raw = fs.readFileSync(absolute, 'utf8');
    const parse = parseJsonText(raw);
    if (!parse.ok) {
      result.problems.push({
        file: displayPath(absolute),
        path: '',
        message: `${parse.message}: not formatted, fix it by hand`,
      });
      continue;
    }
    const canonical = canonicalText(kind, parse.value);
    if (canonical !== raw) {
      fs.writeFileSync(absolute, canonical);
      result.rewritten.push(displayPath(absolute));
    }
  }
  return result;
}
