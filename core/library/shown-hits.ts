/**
 * Which of a search's hits are kept: those the filters pass (`keep`), up to `limit`,
 * while all that pass are counted. The engine offers each hit as it ranks it and builds
 * only the ones kept: a one-letter query matches most of a library, and building 10,000
 * hits to keep 1,000 made every keystroke collect garbage.
 */
import type { SearchHit } from './search-text.ts';

export interface ShownHits {
  /** At most this many hits are kept. */
  limit: number;
  /** Whether a hit passes the filters; every hit does when absent. */
  keep?: (id: string) => boolean;
}

/** Every hit, as a search without a cap answers. */
export const everyHit: ShownHits = { limit: Number.POSITIVE_INFINITY };

export class TakenHits {
  readonly hits: SearchHit[] = [];
  /** How many hits passed the filters, kept or not. */
  total = 0;
  private readonly shown: ShownHits;

  constructor(shown: ShownHits) {
    this.shown = shown;
  }

  /** Counts the hit `id` if it passes, and says whether to build it and `add` it. */
  wants(id: string): boolean {
    if (this.shown.keep && !this.shown.keep(id)) return false;
    this.total++;
    return this.hits.length < this.shown.limit;
  }

  add(hit: SearchHit): void {
    this.hits.push(hit);
  }
}
