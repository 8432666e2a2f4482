/**
 * The library's first screen read with IndexedDB itself, so that Dexie's open (its
 * schema check, its 'ready' subscribers and a cursor step per row through its promise
 * zone) is not on the path to the first highlights on screen.
 *
 * It only ever reads a database that is exactly at this code's schema version. It never
 * creates, upgrades or refuses one: a database that does not exist yet, an older one that
 * needs its upgrade, or a newer one (after a downgrade) makes it answer `undefined`, and
 * the caller reads through Dexie (`recentHighlights`), which knows how to do each of those.
 */
import type { Highlight } from '../../core/highlights/highlight';
import { databaseName, fromRow, type HighlightRow, nativeVersion } from './rows';

/** The newest `limit` highlights, or `undefined` when the database is not one to read as is. */
export function newestHighlightsRaw(
  limit: number,
  name = databaseName,
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
): Promise<Highlight[] | undefined> {
  return new Promise((resolve) => {
    if (!factory) {
      resolve(undefined);
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, nativeVersion);
    } catch {
      resolve(undefined);
      return;
    }
    // Missing or older: abort the upgrade, which leaves the database as it was (a database
    // this open created is deleted again), and let Dexie create or upgrade it.
    request.onupgradeneeded = () => request.transaction?.abort();
    // Newer (a VersionError) or unreadable: Dexie reports it.
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // Another context upgrading the database must not wait for this short-lived connection.
      db.onversionchange = () => db.close();
      try {
        const transaction = db.transaction('highlights', 'readonly');
        const created = transaction.objectStore('highlights').index('created');
        let rows: HighlightRow[] = [];
        // Three round trips, not one per row: a value cursor waits for the page between its
        // steps, and while React renders the first frame 30 steps took 45 ms. A key cursor
        // jumps to the `limit`-th newest `created`, and one getAll reads from there up.
        const keys = created.openKeyCursor(null, 'prev');
        let skipped = false;
        keys.onsuccess = () => {
          const at = keys.result;
          if (at && !skipped && limit > 1) {
            skipped = true;
            at.advance(limit - 1);
            return;
          }
          // Fewer than `limit` rows: all of them. Ties on the boundary's `created` come too,
          // and the cut below drops them exactly where Dexie's reverse cursor would.
          const range = at ? IDBKeyRange.lowerBound(at.key) : undefined;
          const all = created.getAll(range);
          all.onsuccess = () => {
            // Ascending by (created, id); Dexie's newest-first order is its reverse.
            rows = (all.result as HighlightRow[]).reverse().slice(0, limit);
          };
        };
        transaction.oncomplete = () => {
          db.close();
          resolve(rows.map(fromRow));
        };
        transaction.onerror = transaction.onabort = () => {
          db.close();
          resolve(undefined);
        };
      } catch {
        // A store or index missing: not this code's schema after all.
        db.close();
        resolve(undefined);
      }
    };
  });
}
