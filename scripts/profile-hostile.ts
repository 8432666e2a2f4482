/**
 * What Glosa's long tasks on one hostile page (scripts/hostile-pages.ts) are made of: a
 * trace of the load, the scan and the bench's ten page edits, with V8's CPU samples in
 * it, so each main-thread task that ran extension code can be broken down by function.
 * Lists the tasks over 30 ms that held extension code, with their top-level trace event
 * and their self time per function (minified names, with line:column in content.js).
 * A maintainer's tool for finding the tasks the hostile bench reports.
 * Run with `npx tsx scripts/profile-hostile.ts <page> [extension dir]`.
 */
import { closeWelcomePage, extensionDir, launchChromium } from './chromium.ts';
import { hostilePage, hostilePath } from './hostile-pages.ts';
import { startStaticServer } from './static-server.ts';
import { isTask, mainThread, readTrace, type TraceEvent } from './trace.ts';

interface CpuNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number };
}

const hostile = hostilePage(process.argv[2] ?? 'huge-text-node');
const server = await startStaticServer(undefined, 0, new Map([[hostilePath(hostile), () => hostile.html]]));
const context = await launchChromium({
  extension: process.argv[3] ?? extensionDir,
  viewport: { width: 1280, height: 900 },
});
try {
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  await closeWelcomePage(context);
  const page = await context.newPage();
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      // Without samples (GLOSA_PROFILE_SAMPLES=0) the tasks are timed without the profiler's cost.
      includedCategories: [
        ...['toplevel', 'devtools.timeline', 'v8.execute'],
        ...(process.env.GLOSA_PROFILE_SAMPLES === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
      ],
    },
  } as never);
  await page.goto(server.origin + hostilePath(hostile), { waitUntil: 'commit', timeout: 180_000 });
  let last = -2;
  let stableSince = Date.now();
  for (const started = Date.now(); Date.now() - started < 180_000; ) {
    await page.waitForTimeout(500);
    const size = (await page
      .evaluate("CSS.highlights.get('glosa-mention')?.size ?? -1")
      .catch(() => -1)) as number;
    if (size !== last) {
      last = size;
      stableSince = Date.now();
    } else if (size > 0 && Date.now() - stableSince > 3000) break;
    // Only the start (GLOSA_PROFILE_START=1): the content script's first tasks, no scan or edits.
    if (process.env.GLOSA_PROFILE_START === '1' && size > 0) break;
  }
  // The bench's page edits: the last long text node, ten times, a frame after each.
  if (process.env.GLOSA_PROFILE_START !== '1')
    await page.evaluate(`(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let target = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.length > 10) target = node;
    for (let i = 0; i < 10 && target; i++) {
      target.data = target.data.length < 1000 ? target.data + '.' : target.data.slice(0, -1) + '.';
      await frame();
      await new Promise((done) => setTimeout(done, 100));
    }
  })()`);
  await page.waitForTimeout(2000);
  report(await readTrace(cdp), last);
} finally {
  await context.close();
  await server.close();
}

function report(events: TraceEvent[], drawn: number): void {
  const thread = mainThread(events);
  if (!thread) throw new Error('no renderer main thread in the trace');
  const main = `${thread.pid}:${thread.tid}`;
  const onMain = events.filter((event) => `${event.pid}:${event.tid}` === main);

  // CPU samples of the main thread's profile, with trace timestamps.
  const nodes = new Map<number, CpuNode>();
  const samples: { ts: number; node: number }[] = [];
  const profileIds = new Set(
    events
      .filter((event) => event.name === 'Profile' && `${event.pid}:${event.tid}` === main)
      .map((e) => e.id),
  );
  const clock = new Map<string, number>();
  for (const event of events.filter((e) => e.name === 'Profile' && profileIds.has(e.id))) {
    clock.set(
      event.id as string,
      (event.args?.data as { startTime?: number } | undefined)?.startTime ?? event.ts,
    );
  }
  for (const event of events) {
    // Chunks come from the profiler's own thread of the same process.
    if (event.name !== 'ProfileChunk' || `${event.pid}` !== main.split(':')[0]) continue;
    if (!profileIds.has(event.id)) continue;
    const data = event.args?.data as {
      cpuProfile?: { nodes?: CpuNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    let at = clock.get(event.id as string) ?? 0;
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      at += deltas[i] ?? 0;
      samples.push({ ts: at, node });
    });
    clock.set(event.id as string, at);
  }
  samples.sort((a, b) => a.ts - b.ts);
  const isExtension = (id: number): boolean => {
    for (
      let node = nodes.get(id);
      node;
      node = node.parent === undefined ? undefined : nodes.get(node.parent)
    ) {
      if (node.callFrame.url?.startsWith('chrome-extension://')) return true;
    }
    return false;
  };
  const label = (id: number) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return '?';
    const file = frame.url ? frame.url.slice(frame.url.lastIndexOf('/') + 1) : '';
    return `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${(frame.lineNumber ?? 0) + 1}:${frame.columnNumber ?? 0}` : ''}`;
  };
  /** The stack of a sample, outermost extension frame first, as labels. */
  const stack = (id: number): string[] => {
    const out: string[] = [];
    for (
      let node = nodes.get(id);
      node;
      node = node.parent === undefined ? undefined : nodes.get(node.parent)
    ) {
      if (node.callFrame.url?.startsWith('chrome-extension://')) out.unshift(label(node.id));
    }
    return out;
  };

  const tasks = onMain.filter(isTask).sort((a, b) => a.ts - b.ts);
  const start = tasks[0]?.ts ?? 0;
  let cursor = 0;
  const long: string[] = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (cursor < samples.length && (samples[cursor] as { ts: number }).ts < task.ts) cursor++;
    const inside: { ts: number; node: number }[] = [];
    for (let i = cursor; i < samples.length && (samples[i] as { ts: number }).ts <= end; i++) {
      inside.push(samples[i] as { ts: number; node: number });
    }
    const extensionEvents = onMain.filter(
      (event) =>
        event.ts >= task.ts &&
        event.ts <= end &&
        event.args?.data !== undefined &&
        JSON.stringify(event.args.data).includes('chrome-extension://'),
    );
    const holdsExtension = inside.some((sample) => isExtension(sample.node)) || extensionEvents.length > 0;
    // By thread time when asked (GLOSA_PROFILE_CPU=1): what the task cost, whatever the load.
    const length = process.env.GLOSA_PROFILE_CPU === '1' ? (task.tdur ?? 0) : (task.dur ?? 0);
    if (length < Number(process.env.GLOSA_PROFILE_MIN_MS ?? 30) * 1000 || !holdsExtension) continue;
    const self = new Map<string, number>();
    const outer = new Map<string, number>();
    for (let i = 0; i < inside.length; i++) {
      const sample = inside[i] as { ts: number; node: number };
      const ms = ((inside[i + 1]?.ts ?? end) - sample.ts) / 1000;
      self.set(label(sample.node), (self.get(label(sample.node)) ?? 0) + ms);
      const path = stack(sample.node).slice(0, 4).join(' > ') || '(no extension frame)';
      outer.set(path, (outer.get(path) ?? 0) + ms);
    }
    const children = onMain
      .filter((event) => event.ph === 'X' && event.ts >= task.ts && event.ts <= end && !isTask(event))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 3)
      .map((event) => `${event.name} ${((event.dur ?? 0) / 1000).toFixed(0)}`);
    const top = (map: Map<string, number>, count: number) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([name, ms]) => `${ms.toFixed(1)} ${name}`);
    const sequence = process.env.GLOSA_PROFILE_EVENTS
      ? onMain
          .filter((event) => event.ph === 'X' && event.ts >= task.ts && event.ts <= end && !isTask(event))
          .filter((event) => (event.dur ?? 0) >= 1000)
          .slice(0, 40)
          .map((event) => {
            const data = event.args?.data as
              | { url?: string; functionName?: string; type?: string }
              | undefined;
            const what = `${data?.functionName ?? data?.type ?? ''} ${data?.url?.slice(-30) ?? ''}`;
            return `    ${((event.ts - task.ts) / 1000).toFixed(1)} +${((event.dur ?? 0) / 1000).toFixed(1)} ${event.name} ${what}`;
          })
      : [];
    long.push(
      [
        ...sequence,
        `${((task.dur ?? 0) / 1000).toFixed(1)} ms task (${((task.tdur ?? 0) / 1000).toFixed(1)} ms CPU) at ${((task.ts - start) / 1000).toFixed(0)} ms [${children.join(', ')}]`,
        `  self: ${top(self, 6).join('; ')}`,
        ...top(outer, 5).map((line) => `  stack: ${line}`),
      ].join('\n'),
    );
  }
  console.log(
    `${hostile.title}: ${drawn} drawn; ${samples.length} samples; tasks over 30 ms with extension code:`,
  );
  console.log(long.join('\n') || '  none');
}
