/**
 * Glosa's local database: the researcher's highlights. Reached only through `lib/db/`,
 * from extension contexts (the background and Glosa's pages), never from a web page.
 *
 * Every schema version is declared here with `version(n)` and never edited once
 * released: a new version adds a declaration (and an `upgrade` when rows change), and
 * gets a frozen example database in `tests/fixtures/db/` that the migration tests
 * upgrade to the latest version. Highlights must survive every update.
 */
import Dexie, { type EntityTable } from 'dexie';
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

export type GlosaDatabase = Dexie & {
  highlights: EntityTable<HighlightRow, 'id'>;
  trash: EntityTable<TrashRow, 'id'>;
};

/** Declares every schema version, oldest first. Shared by the app and the migration tests. */
export function declareVersions(db: Dexie): void {
  // Version 1: highlights by id, page address (multi-entry: own and canonical) and
  // dates, for the library's newest-first list; deleted ones aside, for undo.
  db.version(1).stores({
    highlights: 'id, *addresses, created, modified',
    trash: 'id, deleted',
  });
}

export function openDatabase(name = databaseName): GlosaDatabase {
  const db = new Dexie(name) as GlosaDatabase;
  declareVersions(db);
  return db;
}

let shared: GlosaDatabase | undefined;

/** The database of this context, opened on first use. */
export function database(): GlosaDatabase {
  shared ??= openDatabase();
  return shared;
}
