/**
 * The library's first screen, asked of the database before anything else waits: started
 * by `library-first-read.js` while the modules load (`early-read.ts`), or here when that
 * script did not run. It is read without Dexie when the database is at this code's
 * version (`lib/db/first-read.ts`), and through Dexie otherwise (an upgrade to run, a
 * database to create). `useHighlights` takes it for its first read; later reads ask afresh.
 * The page renders once the language and this read are in, so its first render already
 * holds the highlights (`firstScreenRead`).
 */
import type { Highlight } from '../../core/highlights/highlight';
import { newestHighlightsRaw } from '../../lib/db/first-read';
import { recentHighlights } from '../../lib/db/highlights';
import { firstScreenSize, takeEarlyRead } from './early-read';

export { firstScreenSize };

let prefetched: Promise<Highlight[]> | undefined;
/** The prefetched screen once read, for a first render that need not wait for an effect. */
let read: Highlight[] | undefined;

/** Starts (or takes over) the first screen's read; call once, before anything else waits. */
export function prefetchFirstScreen(): void {
  if (prefetched) return;
  const early = takeEarlyRead() ?? newestHighlightsRaw(firstScreenSize);
  const started = early.then((raw) => raw ?? recentHighlights(0, firstScreenSize));
  prefetched = started;
  started.then(
    (highlights) => {
      if (prefetched === started) read = highlights;
    },
    // A failure is seen by whoever takes it; here it must not be an unhandled rejection.
    () => undefined,
  );
}

/** Resolves once the prefetched read is in (or failed), or after `ms`, whichever is first. */
export function firstScreenRead(ms: number): Promise<void> {
  const waited = new Promise<void>((resolve) => setTimeout(resolve, ms));
  if (!prefetched) return Promise.resolve();
  return Promise.race([
    prefetched.then(
      () => undefined,
      () => undefined,
    ),
    waited,
  ]);
}

/**
 * The prefetched first screen if its read is already in. A peek (React may call a state
 * initialiser twice): it is forgotten by the next `takeFirstScreen`.
 */
export function readFirstScreen(): Highlight[] | undefined {
  return read;
}

/** The prefetched first screen the first time (then forgotten: later reads must be fresh), else a new read. */
export function takeFirstScreen(): Promise<Highlight[]> {
  const taken = prefetched ?? recentHighlights(0, firstScreenSize);
  prefetched = undefined;
  read = undefined;
  return taken;
}

/** Resolves once the next frame has been produced: work after it is not part of the first screen. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
