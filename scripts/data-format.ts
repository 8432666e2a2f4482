/**
 * `npm run data:format [dir]`: rewrites the dataset's JSON files (default `data/`) in
 * canonical form. Files that do not parse are named and left untouched (exit 1).
 */
import { formatDataset } from './dataset/format.ts';
import { formatProblem } from './dataset/problem.ts';

const dir = process.argv[2] ?? 'data';
const { rewritten, problems } = formatDataset(dir);

for (const file of rewritten) console.log(`formatted ${file}`);
for (const problem of problems) console.error(formatProblem(problem));
if (rewritten.length === 0 && problems.length === 0) console.log('every file is already in canonical form');
process.exitCode = problems.length === 0 ? 0 : 1;
