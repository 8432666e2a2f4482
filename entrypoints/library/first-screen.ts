/**
 * The library's first screen, asked of the database as soon as the page's script runs:
 * in parallel with reading the interface language and with React's first render, rather
 * than after them. `useHighlights` takes it for its first read; later reads ask afresh.
 * It is read without Dexie when the database is at this code's version
 * (`lib/db/first-read.ts`); Dexie opens it meanwhile for everything after.
 */
import type { Highlight } from '../../core/highlights/highlight';
import { newestHighlightsRaw } from '../../lib/db/first-read';
import { recentHighlights } from '../../lib/db/highlights';

/** About two screens of cards: what the first render needs. */
export const firstScreenSize = 30;

let prefetched: Promise<Highlight[]> | undefined;

/** Starts the first screen's read; call once, before anything else waits. */
export function prefetchFirstScreen(): void {
  prefetched ??= newestHighlightsRaw(firstScreenSize).then(
    (read) => read ?? recentHighlights(0, firstScreenSize),
  );
  // A failure is seen by whoever takes it; here it must not be an unhandled rejection.
  prefetched.catch(() => undefined);
}

/** The prefetched first screen the first time (then forgotten: later reads must be fresh), else a new read. */
export function takeFirstScreen(): Promise<Highlight[]> {
  const taken = prefetched ?? recentHighlights(0, firstScreenSize);
  prefetched = undefined;
  return taken;
}

/** Resolves once the next frame has been produced: work after it is not part of the first screen. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
