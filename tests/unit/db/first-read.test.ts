import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { nativeVersion, openDatabase, schemaVersion } from '../../../lib/db/database';
import { newestHighlightsRaw } from '../../../lib/db/first-read';
import { putHighlight, recentHighlights } from '../../../lib/db/highlights';
import { highlightAt } from '../highlight-at';

let counter = 0;
const names: string[] = [];
function freshName(): string {
  counter += 1;
  const name = `glosa-first-read-${counter}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = resolve;
    });
  }
});

/** The versions of the databases that exist (a database the read must not have created is absent). */
async function versionOf(name: string): Promise<number | undefined> {
  const databases = await indexedDB.databases();
  return databases.find((database) => database.name === name)?.version;
}

/** A database made with IndexedDB itself at `version`, with one store and no index. */
function rawDatabase(name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => request.result.createObjectStore('highlights', { keyPath: 'id' });
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('the first screen read without Dexie', () => {
  it('is Dexie’s own version number for the newest schema', () => {
    expect(openDatabase(freshName()).verno).toBe(schemaVersion);
    expect(nativeVersion).toBe(schemaVersion * 10);
  });

  it('reads the newest highlights, exactly as Dexie reads them', async () => {
    const name = freshName();
    const db = openDatabase(name);
    for (let i = 0; i < 35; i++) {
      await putHighlight(
        highlightAt(`h${i}`, new Date(Date.UTC(2026, 0, 1, 0, (i * 7) % 35)).toISOString(), {
          note: `note h${i}`,
          tags: ['a'],
        }),
        db,
      );
    }
    const expected = await recentHighlights(0, 30, db);
    db.close();

    const read = await newestHighlightsRaw(30, name);
    expect(read).toEqual(expected);
    expect(read?.[0]).not.toHaveProperty('addresses');
  });

  it('cuts ties on the boundary’s time exactly where Dexie does, and reads a short library whole', async () => {
    const name = freshName();
    const db = openDatabase(name);
    // The newest 20 at distinct times, then 20 saved in the same minute: they straddle the
    // 30th place. Ids are not in time order.
    for (let i = 0; i < 40; i++) {
      const minute = i < 20 ? 30 + i : 10;
      await putHighlight(
        highlightAt(`t${(i * 13) % 40}`, new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()),
        db,
      );
    }
    const expected = await recentHighlights(0, 30, db);
    const fewer = await recentHighlights(0, 50, db);
    db.close();

    expect((await newestHighlightsRaw(30, name))?.map((h) => h.id)).toEqual(expected.map((h) => h.id));
    expect((await newestHighlightsRaw(50, name))?.map((h) => h.id)).toEqual(fewer.map((h) => h.id));
    expect((await newestHighlightsRaw(1, name))?.map((h) => h.id)).toEqual(
      expected.slice(0, 1).map((h) => h.id),
    );
  });

  it('reads an empty library as empty', async () => {
    const name = freshName();
    const db = openDatabase(name);
    await db.open();
    db.close();
    expect(await newestHighlightsRaw(30, name)).toEqual([]);
  });

  it('leaves a database that does not exist uncreated, for Dexie to create', async () => {
    const name = freshName();
    expect(await newestHighlightsRaw(30, name)).toBeUndefined();
    expect(await versionOf(name)).toBeUndefined();
  });

  it('leaves an older database unread and un-upgraded, for Dexie to upgrade', async () => {
    const name = freshName();
    await rawDatabase(name, nativeVersion - 5);
    expect(await newestHighlightsRaw(30, name)).toBeUndefined();
    expect(await versionOf(name)).toBe(nativeVersion - 5);
  });

  it('leaves a newer database unread, for Dexie to refuse', async () => {
    const name = freshName();
    await rawDatabase(name, nativeVersion + 10);
    expect(await newestHighlightsRaw(30, name)).toBeUndefined();
    expect(await versionOf(name)).toBe(nativeVersion + 10);
  });

  it('answers undefined, not an error, for a database at this version without the index', async () => {
    const name = freshName();
    await rawDatabase(name, nativeVersion);
    expect(await newestHighlightsRaw(30, name)).toBeUndefined();
  });

  it('answers undefined where there is no IndexedDB', async () => {
    expect(await newestHighlightsRaw(30, freshName(), null)).toBeUndefined();
  });
});
