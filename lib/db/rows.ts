/**
 * What the database holds and at which version, without Dexie: the library's first read
 * runs in a script of its own before the page's modules load (`first-read.ts`,
 * `entrypoints/library-first-read.ts`), and importing Dexie there would cost that script
 * the 100 kB it exists to run ahead of. `database.ts` declares the schema itself.
 */
import type { Highlight } from '../../core/highlights/highlight';

/** A stored highlight: the highlight itself plus the addresses it is found under. */
export interface HighlightRow extends Highlight {
  /** Normalised page address and same-site canonical (`pageAddresses`), indexed. */
  addresses: string[];
}

/** A deleted highlight, kept so a delete can be undone (and purged after `trashKeptDays`). */
export interface TrashRow {
  id: string;
  deleted: string;
  highlight: HighlightRow;
}

export const databaseName = 'glosa';

/** The newest schema version `database.ts` declares (a test holds the two together). */
export const schemaVersion = 1;
/** The IndexedDB version Dexie opens it at (version × 10), for reads without Dexie (`first-read.ts`). */
export const nativeVersion = schemaVersion * 10;

/** The highlight a row holds, without the index-only addresses. */
export function fromRow(row: HighlightRow): Highlight {
  const { addresses: _addresses, ...highlight } = row;
  return highlight;
}
