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
import { databaseName, type HighlightRow, nativeVersion } from './database';
import { fromRow } from './highlights';

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
        const rows: HighlightRow[] = [];
        const transaction = db.transaction('highlights', 'readonly');
        const cursor = transaction.objectStore('highlights').index('created').openCursor(null, 'prev');
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at || rows.length >= limit) return;
          rows.push(at.value as HighlightRow);
          if (rows.length < limit) at.continue();
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
