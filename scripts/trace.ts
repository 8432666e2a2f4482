/**
 * Reading Chromium traces (CDP Tracing) for the benchmarks: the page's main-thread tasks,
 * which, unlike the `longtask` observer, include work in promise continuations (an
 * IndexedDB callback, a React commit after an await) and rendering.
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: the task's CPU, without the time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  /** Async and flow events pair up by it. */
  id?: string;
  args?: {
    name?: string;
    data?: unknown;
    dumps?: unknown;
    /** Where a task was posted from (`toplevel` task events). */
    src_file?: string;
    src_func?: string;
    /** Which interface a mojo message came in on (`Receive mojo message`). */
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

export const LONG_TASK_MS = 50;

/** What a main thread's tasks are read from: enough to see every task and what is inside it. */
export const taskCategories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

export async function startTrace(cdp: CDPSession, categories: readonly string[] = taskCategories) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: [...categories] },
  } as never);
}

/** Ends the trace started on `cdp` and returns its events. */
export async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export const isTask = (event: TraceEvent) =>
  event.ph === 'X' && (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask');

/** The page's renderer main thread: of the CrRendererMain threads, the busiest. */
export function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = new Set(
    events
      .filter(
        (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const busy = new Map<string, number>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (isTask(event) && mains.has(key)) busy.set(key, (busy.get(key) ?? 0) + (event.dur ?? 0));
  }
  const [best] = [...busy].sort((a, b) => b[1] - a[1]);
  if (!best) return undefined;
  const [pid, tid] = best[0].split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** True for a task that rendered a frame (paint or layout inside it). */
export function renders(events: TraceEvent[], task: TraceEvent): boolean {
  const end = task.ts + (task.dur ?? 0);
  // Binary search for the first event at or after the task's start.
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((events[middle] as TraceEvent).ts < task.ts) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < events.length && (events[i] as TraceEvent).ts <= end; i++) {
    const name = (events[i] as TraceEvent).name;
    if (name === 'Paint' || name === 'PrePaint' || name === 'Layout' || name === 'UpdateLayoutTree')
      return true;
  }
  return false;
}

/** A script call by the function it ran: `FunctionCall` alone names nothing. */
function functionCalled(event: TraceEvent): string {
  const data = event.args?.data as { functionName?: string; url?: string } | undefined;
  const where = data?.functionName || data?.url?.split('/').pop();
  return where ? `FunctionCall ${where}` : 'FunctionCall';
}

/**
 * Where a task was posted from, as `file:function` (the `toplevel` task event says), or ''.
 * A task of Chromium's own with nothing instrumented inside (a timer of the navigation
 * predictor, a capture of the page's text) is named by it, not by the mojo message or timer
 * that ran it.
 */
export function postedFrom(events: TraceEvent[], task: TraceEvent | undefined): string {
  if (!task) return '';
  const end = task.ts + (task.dur ?? 0);
  const posted = events.find(
    (event) => isTask(event) && event.ts >= task.ts && event.ts <= end && event.args?.src_func !== undefined,
  );
  const file = posted?.args?.src_file?.split('/').pop();
  return posted ? `${file}:${posted.args?.src_func}` : '';
}

/** What a task spent its time on: the biggest events inside it, by name. */
export function inside(events: TraceEvent[], task: TraceEvent | undefined): string {
  if (!task) return '';
  const end = task.ts + (task.dur ?? 0);
  const byName = new Map<string, number>();
  for (const event of events) {
    // A task nested in the task (the scheduler's own wrapper) says nothing about what it held.
    if (isTask(event) || event.ph !== 'X' || event.ts < task.ts || event.ts > end) continue;
    const mojo = event.args?.chrome_mojo_event_info?.mojo_interface_tag;
    const name =
      event.name === 'FunctionCall' ? functionCalled(event) : mojo ? `${event.name} ${mojo}` : event.name;
    byName.set(name, (byName.get(name) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
    .join(', ');
}

export interface MainThreadTasks {
  /** The longest task, in ms (0 when the trace has no main thread). */
  longestMs: number;
  /** Tasks over LONG_TASK_MS. */
  over50: number;
  /** The biggest events inside the longest task. */
  longestHolds: string;
}

/** The page's main-thread tasks in a whole trace: the longest, and how many were long. */
export function mainThreadTasks(events: TraceEvent[]): MainThreadTasks {
  const thread = mainThread(events);
  if (!thread) return { longestMs: 0, over50: 0, longestHolds: '' };
  const own = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid)
    .sort((a, b) => a.ts - b.ts);
  let longest: TraceEvent | undefined;
  let over50 = 0;
  let outerEnd = -1;
  for (const task of own) {
    // Only top-level tasks: the scheduler nests one task event inside another.
    if (!isTask(task) || task.ts < outerEnd) continue;
    outerEnd = task.ts + (task.dur ?? 0);
    if ((task.dur ?? 0) / 1000 > LONG_TASK_MS) over50++;
    if (!longest || (task.dur ?? 0) > (longest.dur ?? 0)) longest = task;
  }
  return { longestMs: (longest?.dur ?? 0) / 1000, over50, longestHolds: inside(own, longest) };
}
