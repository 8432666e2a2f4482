/**
 * Benchmark part 6: the library's search, per keystroke, at 10,000 highlights. Realistic
 * queries (names, a note's words, Spanish without accents, typos) are typed letter by
 * letter; every prefix is one keystroke. Before: plain Fuse.js over the same fields and
 * options (its full scan every time). After: `HighlightSearch` (core/highlights/search.ts).
 * Run alone with `npx tsx scripts/bench-search.ts`.
 */
import { fileURLToPath } from 'node:url';
import { HighlightSearch, plainFuse, searchDocument } from '../core/highlights/search.ts';
import { datasetEntityNames, generateHighlights } from './highlight-corpus.ts';

type Row = Record<string, string | number>;

/** What a researcher types: names, a note's words, no accents, and typos. */
export const typedQueries = [
  'senkata',
  'evo morales',
  'moralse',
  'decree 4078',
  'massacre',
  'coca growers',
  'anez',
  'golpe de estado',
  'qaqachaka',
  'contradicts',
  'llalagua',
  'oea fraud',
];

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] as number;
}

function keystrokes(): string[] {
  return typedQueries.flatMap((query) =>
    Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
  );
}

function time(run: (query: string) => unknown, typed: string[]): number[] {
  return typed.map((query) => {
    const started = performance.now();
    run(query);
    return performance.now() - started;
  });
}

export async function benchSearch(count = 10_000): Promise<Row[]> {
  const names = new Map(datasetEntityNames().map((entity) => [entity.id, entity.name]));
  const documents = generateHighlights(count).map((highlight) =>
    searchDocument(highlight, (id) => names.get(id)),
  );
  const typed = keystrokes();

  const builtAt = performance.now();
  const engine = new HighlightSearch(documents);
  const buildMs = performance.now() - builtAt;
  const plain = plainFuse(documents);

  // Warm both (JIT), then measure each over the same keystrokes.
  time(plain, typed.slice(0, 10));
  time((query) => engine.search(query), typed.slice(0, 10));
  const before = time(plain, typed);
  const strategies = new Map<string, number>();
  const after = time((query) => {
    const result = engine.search(query);
    strategies.set(result.strategy, (strategies.get(result.strategy) ?? 0) + 1);
  }, typed);

  const ms = (value: number) => Number(value.toFixed(1));
  const medianAfter = percentile(after, 0.5);
  const p95After = percentile(after, 0.95);
  return [
    {
      measure: `search per keystroke, plain Fuse.js, ${count} highlights: median`,
      value: ms(percentile(before, 0.5)),
      unit: 'ms',
      note: `p95 ${ms(percentile(before, 0.95))} ms, max ${ms(Math.max(...before))} ms; ${typed.length} keystrokes`,
    },
    {
      measure: `search per keystroke, Glosa, ${count} highlights: median`,
      value: ms(medianAfter),
      unit: 'ms',
      target: '≤ 16 ms',
      met: medianAfter <= 16 ? 'met' : 'not met',
      note: `max ${ms(Math.max(...after))} ms; ${[...strategies].map(([name, n]) => `${name} ${n}`).join(', ')}`,
    },
    {
      measure: `search per keystroke, Glosa, ${count} highlights: p95`,
      value: ms(p95After),
      unit: 'ms',
      target: '≤ 50 ms',
      met: p95After <= 50 ? 'met' : 'not met',
      note: `index built once in ${ms(buildMs)} ms (in the search worker, not per keystroke)`,
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await benchSearch()) console.log(row);
}
