/**
 * What the content script costs a page at start (issue 12): CPU of the tasks that ran
 * its code in the first seconds of a load, and how much of the first one was compiling.
 * Each load is on a site of its own (`<n>.test`, mapped to the fixture server), so it
 * gets a fresh renderer process: V8's in-memory compilation cache would otherwise make
 * every load after the first look free, which a reader's next site never is. Builds are
 * interleaved load by load, so a change in the machine's load falls on both alike.
 * Not every task of the script names it in a trace (a promise continuation after an
 * extension API's answer shows as bare microtasks), so the whole main thread's CPU over
 * the load is also reported; `none` as a build is Chromium without Glosa, the baseline.
 * Run with `npx tsx scripts/profile-start.ts <page> <loads> <extension dir | none>...`,
 * e.g. `no-mentions.html 7 none /tmp/before .output/chrome-mv3`.
 */
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BrowserContext } from '@playwright/test';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';
import { isTask, mainThread, readTrace, startTrace, type TraceEvent } from './trace.ts';

const [pagePath = 'no-mentions.html', loadsText = '7', ...builds] = process.argv.slice(2);
if (builds.length === 0) throw new Error('name at least one extension directory');
const loads = Number(loadsText);

interface Load {
  /** Thread time of the task that evaluated content.js. */
  evaluateMs: number;
  /** Of it, compiling: the script's top level and the functions it ran (lazy compiles). */
  compileMs: number;
  /** Thread time of every task that named extension code in the first 2 s, the first included. */
  totalMs: number;
  /** Thread time of every main-thread task from the navigation to 2 s after the load. */
  mainThreadMs: number;
}

const server = await startStaticServer();
const port = new URL(server.origin).port;
const contexts: BrowserContext[] = [];
try {
  for (const build of builds) {
    const context = await launchChromium({
      extension: build === 'none' ? false : build,
      args: ['--host-resolver-rules=MAP *.test 127.0.0.1'],
    });
    if (build !== 'none' && context.serviceWorkers().length === 0)
      await context.waitForEvent('serviceworker');
    contexts.push(context);
  }
  const results: Load[][] = builds.map(() => []);
  for (let n = 0; n < loads; n++) {
    for (const [i, context] of contexts.entries()) {
      results[i]?.push(await measureLoad(context, `http://s${n}b${i}.test:${port}/${pagePath}`));
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  console.log(
    `${pagePath}, ${loads} loads per build, load average ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  for (const [i, build] of builds.entries()) {
    const rows = results[i] ?? [];
    const size = build === 'none' ? 0 : statSync(`${build}/content-scripts/content.js`).size;
    const pick = (key: keyof Load) => median(rows.map((row) => row[key])).toFixed(1);
    console.log(
      `${build}: content.js ${size} B; median CPU ms: evaluate ${pick('evaluateMs')} (compile ${pick('compileMs')}), tasks naming it ${pick('totalMs')}, main thread ${pick('mainThreadMs')}`,
    );
    console.log(`  evaluate per load: ${rows.map((row) => row.evaluateMs.toFixed(1)).join(' ')}`);
  }
} finally {
  for (const context of contexts) await context.close();
  await server.close();
}

async function measureLoad(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await startTrace(cdp, [
    'toplevel',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8.execute',
    'v8',
    'disabled-by-default-v8.compile',
  ]);
  await page.goto(url, { waitUntil: 'load' });
  // The script runs at document_idle, then waits a task and reads the settings.
  await page.waitForTimeout(2000);
  const events = await readTrace(cdp);
  await page.close();
  return startCost(events);
}

function startCost(events: TraceEvent[]): Load {
  const thread = mainThread(events);
  if (!thread) throw new Error('no renderer main thread in the trace');
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid).sort((a, b) => a.ts - b.ts);
  const fromExtension = (e: TraceEvent) => JSON.stringify(e.args?.data ?? '').includes('chrome-extension://');
  const within = (task: TraceEvent, e: TraceEvent) => e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0);
  let outerEnd = -1;
  const tasks = own.filter((task) => {
    if (!isTask(task) || task.ts < outerEnd) return false;
    outerEnd = task.ts + (task.dur ?? 0);
    return true;
  });
  const ms = (e: TraceEvent | undefined) => (e?.tdur ?? 0) / 1000;
  const mainThreadMs = tasks.reduce((sum, task) => sum + ms(task), 0);
  const evaluate = own.find((e) => e.name === 'EvaluateScript' && fromExtension(e));
  if (!evaluate) return { evaluateMs: 0, compileMs: 0, totalMs: 0, mainThreadMs };
  const first = tasks.find((task) => within(task, evaluate));
  const compileNames = new Set(['V8.CompileScript', 'V8.CompileCode']);
  // Only the outermost: a lazy compile can run inside another (an inner function's).
  let compileEnd = -1;
  const compileMs = own
    .filter((e) => first && within(first, e) && e.ph === 'X' && compileNames.has(e.name))
    .filter((e) => {
      if (e.ts < compileEnd) return false;
      compileEnd = e.ts + (e.dur ?? 0);
      return true;
    })
    .reduce((sum, e) => sum + ms(e), 0);
  const started = evaluate.ts;
  const totalMs = tasks
    .filter((task) => task.ts >= (first?.ts ?? started) && task.ts < started + 2_000_000)
    .filter((task) => own.some((e) => within(task, e) && fromExtension(e)))
    .reduce((sum, task) => sum + ms(task), 0);
  return { evaluateMs: ms(first), compileMs, totalMs, mainThreadMs };
}
