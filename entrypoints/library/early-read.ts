/**
 * The library's first screen, read before its modules have loaded. The library's modules
 * (React, Dexie, the page) took 60-70 ms to fetch and evaluate after the HTML was parsed,
 * and the first read, started from them, then waited 35-40 ms more for IndexedDB while the
 * page had nothing else to do. `library-first-read.js`, a small classic script ahead of
 * the modules in `library.html`, starts the read while they load; the page takes it from
 * this window's global. Without Dexie: `lib/db/first-read.ts` reads the database as is.
 */
import type { Highlight } from '../../core/highlights/highlight';
import { newestHighlightsRaw } from '../../lib/db/first-read';

/** About two screens of cards: what the first render needs. */
export const firstScreenSize = 30;

/** `undefined`: not started; `null`: taken (a late start must not read again). */
type EarlyRead = Promise<Highlight[] | undefined> | null | undefined;

const slot = Symbol.for('glosa.library.first-screen');
const holder = globalThis as { [slot]?: EarlyRead };

/** Starts the read, once, unless the page has already taken (or done without) it. */
export function startEarlyRead(): void {
  if (holder[slot] !== undefined) return;
  const read = newestHighlightsRaw(firstScreenSize);
  // Whoever takes it sees a failure; until then it must not be an unhandled rejection.
  read.catch(() => undefined);
  holder[slot] = read;
}

/** The read started early, if there was one; after this call a late start reads nothing. */
export function takeEarlyRead(): Promise<Highlight[] | undefined> | undefined {
  const read = holder[slot] ?? undefined;
  holder[slot] = null;
  return read;
}
