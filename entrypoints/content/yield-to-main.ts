/**
 * Gives the page's own work a turn between slices of ours. The continuation is an ordinary
 * task (a MessageChannel message), queued behind the page's timers, input and rendering that
 * are already due. `scheduler.yield()` must not be used here: its continuations run ahead of
 * the page's tasks, so back-to-back slices starved a page's `setInterval(…, 50)` for 3.5-4 s
 * while a 1,000,000-text-node page was scanned (issue 12; Chrome's guidance on yielding says
 * the same: it is for one's own continuation, not for sharing the thread). setTimeout(0) is
 * not used either: after five nested calls it waits at least 4 ms, a third of an 8 ms slice.
 */
let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * A continuation that waited longer than this was held up by something long (a frame, the
 * browser's own page-text capture). The page's timers that fell due meanwhile were queued
 * after its message, so it would have run first and stretched the page's wait by one more
 * slice (about 50 ms of the 104 ms longest gap left on the million-text-node page).
 */
export const heldUpMs = 50;

/** Queues `resume` as an ordinary task: a message on the script's one channel. */
function postTask(resume: () => void): void {
  if (!channel) {
    // One channel for the content script's life: a new one per slice is garbage per slice.
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  waiting.push(resume);
  channel.port2.postMessage(null);
}

/** A yield over `post` (a task queue) and `now` (a clock): apart, so a test can drive both. */
export function yielder(post: (resume: () => void) => void, now = () => performance.now()) {
  return (): Promise<void> =>
    new Promise((resolve) => {
      const posted = now();
      // Held up: one more turn, now behind whatever fell due while this one waited.
      post(() => (now() - posted > heldUpMs ? post(resolve) : resolve()));
    });
}

export const yieldToMain = yielder(postTask);

/** A time budget per slice: `expired()` turns true once `budgetMs` has passed since `reset()`. */
export function sliceTimer(budgetMs: number) {
  let started = performance.now();
  return {
    reset() {
      started = performance.now();
    },
    expired() {
      return performance.now() - started >= budgetMs;
    },
  };
}
