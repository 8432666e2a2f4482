/**
 * Gives the page's own work a turn between slices of ours, so that no task of the
 * extension's runs longer than a frame. `scheduler.yield()` keeps our continuation at
 * the front of the queue; a MessageChannel is the fallback (setTimeout clamps to 4 ms
 * after nesting, which would make large pages needlessly slow).
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

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
