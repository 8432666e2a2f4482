/**
 * Benchmark part 1: matcher throughput on a ≥ 2 MB news corpus, with the real dataset and
 * with 10,000 synthetic aliases, against a naive baseline (one Unicode-aware RegExp per
 * alias) and against the design the matcher did not choose (one RegExp alternation of all
 * folded keys). Also the cost of building the runtime matcher from its bundled JSON.
 * Run alone with `npx tsx scripts/bench-matcher.ts`; `benchMatcher()` feeds `npm run bench`.
 * Timings are medians of several runs after a warm-up; MB is 10^6 bytes of UTF-8.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localiseEntity } from '../core/localise.ts';
import { type CompiledMatcher, compileMatcher } from '../core/matcher/compile.ts';
import { createMatcher } from '../core/matcher/matcher.ts';
import { bilingualEntitySchema, type Entity } from '../core/schema.ts';
import { foldText } from '../core/text/fold.ts';
import { generateCorpus, generateSyntheticEntities, REPO_ROOT } from './bench-corpus.ts';

type Row = Record<string, string | number>;

const RUNS = 5;
const NAIVE_RUNS = 3;
/** The naive baseline runs 10,000 RegExps: on the whole corpus that alone would take minutes. */
const NAIVE_SLICE_CHARS = 64 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `work` once to warm up, then `runs` times; the median time in ms and the last result. */
function measure<T>(work: () => T, runs = RUNS): { ms: number; result: T } {
  let result = work();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function naiveMatcher(entities: readonly Entity[]): (text: string) => number {
  const patterns = entities.flatMap((entity) =>
    entity.aliases.map(
      (alias) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias.text)}(?![\\p{L}\\p{N}])`, 'giu'),
    ),
  );
  return (text) => {
    let count = 0;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      while (pattern.exec(text) !== null) count++;
    }
    return count;
  };
}

/** The alternative design: one alternation of every folded key, longest first, over folded text. */
function singleRegExpMatcher(compiled: CompiledMatcher): (text: string) => number {
  const keys = [
    ...new Set([...compiled.aliases.map(([key]) => key), ...compiled.blockers.map(([key]) => key)]),
  ].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'gu',
  );
  return (text) => {
    const { folded } = foldText(text);
    pattern.lastIndex = 0;
    let count = 0;
    while (pattern.exec(folded) !== null) count++;
    return count;
  };
}

function loadRealEntities(): { entities: Entity[]; note: string } {
  const dir = join(REPO_ROOT, 'data', 'entities');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    // no folder yet: reported in the row
  }
  const entities: Entity[] = [];
  const skipped: string[] = [];
  for (const file of files.sort()) {
    const parsed = bilingualEntitySchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (parsed.success) entities.push(localiseEntity(parsed.data, 'en'));
    else skipped.push(file);
  }
  const note =
    files.length === 0
      ? 'data/entities/*.json absent: real dataset not measured'
      : skipped.length > 0
        ? `${skipped.length} invalid entity file(s) skipped`
        : '';
  return { entities, note };
}

function mbPerSecond(bytes: number, ms: number): number {
  return Number((bytes / 1e6 / (ms / 1000)).toFixed(1));
}

function benchDataset(label: string, entities: Entity[], corpus: string, note: string): Row[] {
  const aliasCount = entities.reduce((sum, entity) => sum + entity.aliases.length, 0);
  const dataset = `${label} (${entities.length} entities, ${aliasCount} aliases)`;
  const bytes = Buffer.byteLength(corpus, 'utf8');

  const compile = measure(() => compileMatcher(entities), 3);
  const json = JSON.stringify(compile.result);
  const build = measure(() => createMatcher(JSON.parse(json) as CompiledMatcher));
  const matcher = build.result;
  const trie = measure(() => matcher.findCandidates(corpus).length);

  const single = singleRegExpMatcher(compile.result);
  const singleSlice = corpus.slice(0, aliasCount > 1000 ? NAIVE_SLICE_CHARS : corpus.length);
  const singleRun = measure(() => single(singleSlice), NAIVE_RUNS);

  const naive = naiveMatcher(entities);
  const naiveSlice = corpus.slice(0, aliasCount > 1000 ? NAIVE_SLICE_CHARS : corpus.length);
  const naiveBytes = Buffer.byteLength(naiveSlice, 'utf8');
  const naiveRun = measure(() => naive(naiveSlice), NAIVE_RUNS);
  const sliceNote =
    naiveSlice.length < corpus.length ? `on the first ${naiveBytes} bytes` : 'on the whole corpus';

  const trieMbs = mbPerSecond(bytes, trie.ms);
  const naiveMbs = mbPerSecond(naiveBytes, naiveRun.ms);
  const singleMbs = mbPerSecond(Buffer.byteLength(singleSlice, 'utf8'), singleRun.ms);
  return [
    {
      dataset,
      measure: 'build runtime matcher from bundled JSON (parse + trie)',
      ms: Number(build.ms.toFixed(2)),
      'MB/s': '',
      'x naive': '',
      matches: '',
      note: `compiled JSON ${(json.length / 1024).toFixed(1)} KB; compile at build time ${compile.ms.toFixed(1)} ms`,
    },
    {
      dataset,
      measure: `trie matcher findCandidates, ${(bytes / 1e6).toFixed(2)} MB corpus`,
      ms: Number(trie.ms.toFixed(1)),
      'MB/s': trieMbs,
      'x naive': Number((trieMbs / naiveMbs).toFixed(1)),
      matches: trie.result,
      note,
    },
    {
      dataset,
      measure: `alternative: one RegExp of all folded keys, ${singleSlice.length < corpus.length ? 'slice' : 'whole corpus'}`,
      ms: Number(singleRun.ms.toFixed(1)),
      'MB/s': singleMbs,
      'x naive': Number((singleMbs / naiveMbs).toFixed(1)),
      matches: singleRun.result,
      note: singleSlice.length < corpus.length ? `on the first ${Buffer.byteLength(singleSlice)} bytes` : '',
    },
    {
      dataset,
      measure: `naive baseline: one RegExp per alias, ${naiveSlice.length < corpus.length ? 'slice' : 'whole corpus'}`,
      ms: Number(naiveRun.ms.toFixed(1)),
      'MB/s': naiveMbs,
      'x naive': 1,
      matches: naiveRun.result,
      note: sliceNote,
    },
  ];
}

export async function benchMatcher(): Promise<Row[]> {
  const synthetic = generateSyntheticEntities(10_000);
  const names = synthetic.filter((_, i) => i % 10 === 0).map((entity) => entity.name);
  const corpus = generateCorpus(2 * 1024 * 1024, 4078, names);
  const real = loadRealEntities();
  const rows: Row[] = [];
  if (real.entities.length > 0) rows.push(...benchDataset('real dataset', real.entities, corpus, real.note));
  else rows.push({ dataset: 'real dataset', measure: 'not measured', note: real.note });
  rows.push(...benchDataset('synthetic', synthetic, corpus, ''));
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  console.table(await benchMatcher());
  console.log(`bench-matcher: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
