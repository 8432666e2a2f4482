/**
 * `npm run data:check [dir]`: validates the dataset (default `data/`) and prints each
 * problem as `file: path: message`, then the computed notes on questions as
 * `file: path: note: message` (information, never a failure), then a summary.
 * Exits 1 on any problem.
 */
import { inspectDataset } from './dataset/check.ts';
import { formatProblem } from './dataset/problem.ts';

const dir = process.argv[2] ?? 'data';
const { problems, notes, stats } = inspectDataset(dir);

for (const problem of problems) console.log(formatProblem(problem));
for (const note of notes) console.log(formatProblem({ ...note, message: `note: ${note.message}` }));

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const counts = [
  plural(stats.sources, 'source'),
  plural(stats.entities, 'entity', 'entities'),
  plural(stats.aliases, 'alias', 'aliases'),
  plural(stats.accounts, 'account'),
  `${plural(stats.questions, 'question')} (${stats.onePositionQuestions} with only one position represented, ${stats.criticsOnlyQuestions} with a position carried only by sources that dispute it)`,
];
const verdict = problems.length === 0 ? 'no problems' : plural(problems.length, 'problem');
console.log(`${counts.join(', ')}; ${verdict}`);
process.exitCode = problems.length === 0 ? 0 : 1;
