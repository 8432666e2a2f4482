/**
 * `npm run bench`: the matcher in node (part 1), the built extension in headless
 * Chromium (parts 2 to 4), anchoring saved highlights in node (part 5), the library's
 * search in node (part 6) and the library page in Chromium (part 7), printed as one
 * table with a line per target. It measures this
 * machine in one run; it is not a test, and nothing here fails on a slow result.
 * Builds the extension first when `.output/chrome-mv3` is missing.
 *
 * Parts are chosen by name: `npm run bench -- hostile` runs only the hostile pages (part 8,
 * 5-10 minutes on two shared cores), `npm run bench -- hostile many-mentions` only that page
 * of it, `npm run bench -- matcher browser` those two parts, and `npm run bench -- all`
 * every part. With no name, parts 1-7 run: with part 8 the whole would pass ten minutes.
 * GLOSA_BENCH_BASELINE=<unpacked build> adds that build as a side of the hostile pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchAnchoring } from './bench-anchoring.ts';
import { benchBrowser } from './bench-browser.ts';
import { REPO_ROOT } from './bench-corpus.ts';
import { benchHostile } from './bench-hostile.ts';
import { benchLibrary } from './bench-library.ts';
import { benchMatcher } from './bench-matcher.ts';
import { benchPageCost } from './bench-page-cost.ts';
import { benchPopover } from './bench-popover.ts';
import { benchSearch } from './bench-search.ts';
import { extensionDir } from './chromium.ts';
import { hostilePages } from './hostile-pages.ts';

type Row = Record<string, string | number>;

interface Line {
  part: string;
  measure: string;
  result: string;
  target: string;
  note: string;
}

function ensureBuilt(): void {
  if (existsSync(join(extensionDir, 'manifest.json'))) return;
  console.log('No build in .output/chrome-mv3: running `npm run build` first.');
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('`npm run build` failed: the browser part cannot run');
}

const text = (value: unknown) => (value === undefined || value === '' ? '' : String(value));

/** Part 1 rows have their own columns; folded into one result cell so both parts share a table. */
function matcherLine(row: Row): Line {
  const result = [
    row.ms !== undefined && row.ms !== '' ? `${row.ms} ms` : '',
    row['MB/s'] !== undefined && row['MB/s'] !== '' ? `${row['MB/s']} MB/s` : '',
    row['x naive'] !== undefined && row['x naive'] !== '' ? `${row['x naive']}× naive` : '',
    row.matches !== undefined && row.matches !== '' ? `${row.matches} matches` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    part: '1 matcher',
    measure: [row.dataset, row.measure].filter(Boolean).join(': '),
    result,
    target: '',
    note: text(row.note),
  };
}

function browserLine(row: Row, part = '2 browser'): Line {
  const unit = text(row.unit);
  const value = text(row.value);
  return {
    part,
    measure: text(row.measure),
    result: unit && typeof row.value === 'number' ? `${value} ${unit}` : value,
    target: row.target ? `${row.target}: ${text(row.met) || '—'}` : '',
    note: text(row.note),
  };
}

/** Aligned text rather than console.table: the notes are long and quotes add noise. */
function printTable(lines: Line[]): void {
  const columns: Array<keyof Line> = ['part', 'measure', 'result', 'target', 'note'];
  const widths = columns.map((column) =>
    Math.max(column.length, ...lines.map((line) => (column === 'note' ? 0 : line[column].length))),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => (i === columns.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  console.log(format(columns));
  console.log(format(widths.map((width, i) => '─'.repeat(i === columns.length - 1 ? 4 : width))));
  for (const line of lines) console.log(format(columns.map((column) => line[column])));
}

const partNames = [
  'matcher',
  'browser',
  'popover',
  'page',
  'anchoring',
  'search',
  'library',
  'hostile',
] as const;
type PartName = (typeof partNames)[number];

function parseArguments(args: readonly string[]): { parts: Set<PartName>; hostile: string[] } {
  const pageNames = new Set(hostilePages().map((page) => page.name));
  const parts = new Set<PartName>();
  const hostile: string[] = [];
  for (const arg of args) {
    if (arg === 'all') for (const name of partNames) parts.add(name);
    else if ((partNames as readonly string[]).includes(arg)) parts.add(arg as PartName);
    else if (pageNames.has(arg)) hostile.push(arg);
    else throw new Error(`unknown part or hostile page "${arg}": parts are ${partNames.join(', ')}, all`);
  }
  if (hostile.length > 0) parts.add('hostile');
  const everyday = partNames.filter((name) => name !== 'hostile');
  return { parts: parts.size > 0 ? parts : new Set(everyday), hostile };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { parts, hostile } = parseArguments(process.argv.slice(2));
  ensureBuilt();
  const lines: Line[] = [];
  const browserRows: Row[] = [];
  const targetRows: Row[] = [];
  if (parts.has('matcher')) {
    console.log('Part 1: matcher throughput in node…');
    lines.push(...(await benchMatcher()).map(matcherLine));
  }
  if (parts.has('browser')) {
    console.log('Part 2: the built extension in headless Chromium (about a minute, mark.js is slow)…');
    browserRows.push(...(await benchBrowser()));
    lines.push(...browserRows.map((row) => browserLine(row)));
  }
  if (parts.has('popover')) {
    console.log('Part 3: the popover: content script size and compile time, open latency…');
    lines.push(...(await benchPopover()).map((row) => browserLine(row, '3 popover')));
  }
  if (parts.has('page')) {
    console.log('Part 4: the page’s own DOM work with and without Glosa…');
    lines.push(...(await benchPageCost()).map((row) => browserLine(row, '4 page')));
  }
  if (parts.has('anchoring')) {
    console.log('Part 5: anchoring 100 saved highlights on a 50,000-character article…');
    const rows = await benchAnchoring();
    lines.push(...rows.map((row) => browserLine(row, '5 anchoring')));
    targetRows.push(...rows);
  }
  if (parts.has('search')) {
    console.log('Part 6: the library’s search, per keystroke, at 10,000 highlights (node)…');
    const rows = await benchSearch();
    lines.push(...rows.map((row) => browserLine(row, '6 search')));
    targetRows.push(...rows);
  }
  if (parts.has('library')) {
    console.log('Part 7: the library page at 10,000 highlights in headless Chromium…');
    const rows = await benchLibrary();
    lines.push(...rows.map((row) => browserLine(row, '7 library')));
    targetRows.push(...rows);
  }
  if (parts.has('hostile')) {
    console.log('Part 8: hostile pages, each with and without Glosa (5-10 minutes)…');
    const rows = await benchHostile(hostile, extensionDir);
    lines.push(...rows.map((row) => browserLine(row, '8 hostile')));
    targetRows.push(...rows);
  }
  console.log('');
  printTable(lines);
  console.log('');
  console.log('Targets:');
  for (const row of [...browserRows, ...targetRows].filter((row) => row.target && row.met)) {
    const value = [row.value, row.unit].filter((part) => part !== '').join(' ');
    const note = row.note ? `; ${row.note}` : '';
    console.log(
      `  ${row.met === 'met' ? 'met    ' : 'NOT MET'}  ${row.measure}: ${value} (target ${row.target})${note}`,
    );
  }
  console.log(
    `\nnpm run bench: ${((performance.now() - started) / 1000).toFixed(0)} s on this machine, one run.`,
  );
}

await main();
