/**
 * `npm run data:review [dir]`: the framing table a reviewer reads before a release.
 *
 * For each question: its text in English and Spanish, the computed notes (one position; a position carried only
 * by sources that dispute it), then every position with its accounts, their outlets,
 * speakers, voices and stances. It reads what `data:check` reads and decides nothing:
 * problems, when there are any, are printed first and make it exit 1.
 */
import type { QuestionFraming } from '../core/framing.ts';
import type { Source } from '../core/schema.ts';
import { inspectDataset } from './dataset/check.ts';
import { formatProblem } from './dataset/problem.ts';

const dir = process.argv[2] ?? 'data';
const report = inspectDataset(dir);
const sources = new Map(report.loaded.dataset.sources.map((source) => [source.id, source]));
/** The files' questions, for the Spanish a reviewer signs off beside the English. */
const bilingualQuestions = new Map(
  report.loaded.dataset.questions.map((question) => [question.id, question]),
);

for (const problem of report.problems) console.log(formatProblem(problem));

const out: string[] = [
  `Dataset v${report.loaded.dataset.version}: framing of ${report.framings.length} question${report.framings.length === 1 ? '' : 's'}`,
  '',
];
for (const { file, framing } of report.framings) out.push(...questionBlock(file, framing, sources), '');
const { stats } = report;
out.push(
  `${stats.questions} question${stats.questions === 1 ? '' : 's'}: ${stats.onePositionQuestions} with only one position, ${stats.criticsOnlyQuestions} with a position carried only by sources that dispute it.`,
);
console.log(out.join('\n'));
process.exitCode = report.problems.length === 0 ? 0 : 1;

function questionBlock(file: string, framing: QuestionFraming, sources: Map<string, Source>): string[] {
  const { question } = framing;
  const lines = [
    `## ${question.id}: ${question.text}`,
    `   es: ${bilingualQuestions.get(question.id)?.text.es ?? ''}`,
    `   ${file}; shown on: ${question.entities.join(', ')}`,
  ];
  const notes: string[] = [];
  if (framing.onePosition) notes.push('only one position in the bundled sources');
  for (const id of framing.criticsOnly) notes.push(`"${id}" is carried only by sources that dispute it`);
  lines.push(`   notes: ${notes.length > 0 ? notes.join('; ') : 'none'}`);
  const labels = new Map(question.positions.map((position) => [position.id, position.label]));
  const spanishLabels = new Map(
    (bilingualQuestions.get(question.id)?.positions ?? []).map((position) => [
      position.id,
      position.label.es,
    ]),
  );
  const unanswered = question.positions.filter((p) => !framing.positions.some((f) => f.id === p.id));
  const rows: string[][] = [['position', 'account', 'outlet', 'speaker', 'voice', 'stance']];
  for (const position of framing.positions) {
    position.accounts.forEach((account, index) => {
      rows.push([
        index === 0 ? position.id : '',
        account.id,
        sources.get(account.source)?.outlet ?? account.source,
        account.speaker.name,
        account.voice,
        account.stance,
      ]);
    });
  }
  lines.push(...table(rows).map((row) => `   ${row}`));
  for (const position of framing.positions) {
    const outlets = new Set(position.accounts.map((a) => sources.get(a.source)?.outlet ?? a.source));
    const stances = count(position.accounts.map((a) => a.stance));
    lines.push(
      `   ${position.id}: "${labels.get(position.id)}": ${position.accounts.length} account${position.accounts.length === 1 ? '' : 's'} from ${[...outlets].join(', ')}; ${stances}`,
      `      es: "${spanishLabels.get(position.id)}"`,
    );
  }
  for (const position of unanswered) lines.push(`   ${position.id}: no account takes it (not shown)`);
  return lines;
}

function count(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${n} ${value}`).join(', ');
}

/** Columns padded to their widest cell, with a rule under the header. */
function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const render = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return [];
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(render)];
}
