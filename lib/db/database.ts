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
import { databaseName, type HighlightRow, type TrashRow } from './rows';

export { databaseName, type HighlightRow, nativeVersion, schemaVersion, type TrashRow } from './rows';

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

/**
 * Opens the database with every declared version. Two failures are reported rather than
 * waited on or papered over:
 * - a database written by a newer Glosa (an old page still open after an update, or a
 *   downgrade): Dexie 4 would open it anyway and read rows of a shape this code does not
 *   know, so opening fails with a `VersionError` and nothing is read or written;
 * - an upgrade blocked by a connection that does not close (Dexie's own connections
 *   close when asked): the open is cancelled with `DatabaseClosedError` instead of
 *   hanging every save until that connection goes away.
 */
export function openDatabase(name = databaseName): GlosaDatabase {
  const db = new Dexie(name) as GlosaDatabase;
  declareVersions(db);
  db.on('blocked', () => db.close());
  db.on(
    'ready',
    (opened) => {
      // Dexie keeps native version = declared version × 10.
      const stored = (opened as Dexie).backendDB().version / 10;
      if (stored > opened.verno) {
        throw new Dexie.VersionError(
          `the highlight store is at version ${stored}, newer than this code's ${opened.verno}`,
        );
      }
    },
    true,
  );
  return db;
}

let shared: GlosaDatabase | undefined;

/**
 * The database of this context, opened on first use. A failed open (blocked, newer) is
 * not kept: the next call tries again, so a long-lived service worker recovers.
 */
export function database(): GlosaDatabase {
  if (!shared || shared.hasFailed()) shared = openDatabase();
  return shared;
}
