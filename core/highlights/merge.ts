/**
 * Decides what an import writes: new highlights are added, a highlight already stored is
 * replaced only by a copy modified later, and nothing is ever stored twice. Pure: the
 * database layer puts `toPut` in one transaction.
 */
import type { Highlight } from './highlight.ts';

export type HighlightLookup = ReadonlyMap<string, Highlight> | ((id: string) => Highlight | undefined);

export interface MergeResult {
  /** New highlights and newer copies, one per id, in the order they came. */
  toPut: Highlight[];
  /** Incoming highlights whose id was not stored. */
  added: number;
  /** Stored highlights replaced because the incoming copy was modified later. */
  merged: number;
  /** Incoming copies not newer than what is stored (or than an earlier copy in the same batch). */
  keptExisting: number;
}

export function mergeHighlights(existing: HighlightLookup, incoming: readonly Highlight[]): MergeResult {
  const lookup = typeof existing === 'function' ? existing : (id: string) => existing.get(id);
  const chosen = new Map<string, { highlight: Highlight; isNew: boolean }>();
  let keptExisting = 0;
  for (const highlight of incoming) {
    const earlier = chosen.get(highlight.id);
    const current = earlier?.highlight ?? lookup(highlight.id);
    if (current === undefined) {
      chosen.set(highlight.id, { highlight, isNew: true });
    } else if (isNewer(highlight, current)) {
      chosen.set(highlight.id, { highlight, isNew: earlier?.isNew ?? false });
    } else {
      keptExisting++;
    }
  }
  const toPut = [...chosen.values()].map((entry) => entry.highlight);
  const added = [...chosen.values()].filter((entry) => entry.isNew).length;
  return { toPut, added, merged: toPut.length - added, keptExisting };
}

/** Compares instants, not strings: `modified` may carry any UTC offset. */
function isNewer(candidate: Highlight, current: Highlight): boolean {
  return Date.parse(candidate.modified) > Date.parse(current.modified);
}
