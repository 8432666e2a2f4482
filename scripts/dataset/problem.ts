/**
 * A problem found in the dataset, as a value a maintainer can act on.
 *
 * Printed as `file: path: message` (or `file: message` for the whole file), where
 * `file` is relative to the working directory when it lies inside it.
 */
export interface Problem {
  /** The file to open, e.g. `data/entities/evo-morales.json`. */
  file: string;
  /** A JSON path inside it, e.g. `aliases[2].text` or `[0].quote`; `''` for the whole file. */
  path: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return problem.path === ''
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.path}: ${problem.message}`;
}

/** `['aliases', 2, 'text']` becomes `aliases[2].text`; `[0, 'quote']` becomes `[0].quote`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** Joins a prefix such as `[3]` (an account's index in its file) with a path inside it. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Groups problems by file (in file-name order) and keeps the order found within a file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) =>
      a.problem.file === b.problem.file ? a.index - b.index : a.problem.file < b.problem.file ? -1 : 1,
    )
    .map(({ problem }) => problem);
}
