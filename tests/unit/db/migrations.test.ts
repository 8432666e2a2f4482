/**
 * Highlights must survive every update of Glosa. Each schema version has a frozen
 * example database in `tests/fixtures/db/v<n>.json`: its object stores exactly as that
 * version created them, and realistic rows. Each example is built with the raw
 * IndexedDB API (no Dexie, so today's code cannot shape it), then opened with today's
 * `openDatabase()`, which must upgrade it with every row intact.
 *
 * Adding version n+1 (see lib/db/README.md): freeze `v<n+1>.json`, and add to `upgrades`
 * below how version n's rows become version n+1's, as its `upgrade()` changes them.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { highlightSchema } from '../../../core/highlights/highlight';
import type { HighlightRow, TrashRow } from '../../../lib/db/database';
import { database, databaseName, type GlosaDatabase, openDatabase } from '../../../lib/db/database';
import { allHighlights, highlightsAt } from '../../../lib/db/highlights';
import { fromRow } from '../../../lib/db/rows';
import { describeStorageError } from '../../../lib/db/storage-errors';

interface FrozenIndex {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}
interface FrozenStore {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: FrozenIndex[];
}
type FrozenRows = Record<string, Record<string, unknown>[]>;
interface FrozenDatabase {
  version: number;
  stores: Record<string, FrozenStore>;
  rows: FrozenRows;
}

/** How version n's rows become version n+1's. No entry: that version's upgrade changes no row. */
const upgrades: Record<number, (rows: FrozenRows) => FrozenRows> = {};

const fixtures = new URL('../../fixtures/db/', import.meta.url);
const examples: FrozenDatabase[] = readdirSync(fixtures)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(new URL(file, fixtures), 'utf8')) as FrozenDatabase)
  .sort((a, b) => a.version - b.version);

/** The newest version the code declares. */
const latest = openDatabase('glosa-version-probe').verno;

const opened: GlosaDatabase[] = [];
let counter = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete().catch(() => undefined);
});
function track(db: GlosaDatabase): GlosaDatabase {
  opened.push(db);
  return db;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens a raw IndexedDB at a native version, creating `stores` if it is new. */
function rawOpen(name: string, nativeVersion: number, stores: Record<string, FrozenStore> = {}) {
  const req = indexedDB.open(name, nativeVersion);
  req.onupgradeneeded = () => {
    for (const [storeName, store] of Object.entries(stores)) {
      const created = req.result.createObjectStore(storeName, {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
      });
      for (const index of store.indexes) {
        created.createIndex(index.name, index.keyPath, {
          unique: index.unique,
          multiEntry: index.multiEntry,
        });
      }
    }
  };
  return request(req);
}

/** Builds the example as its version stored it: Dexie keeps IndexedDB version = version × 10. */
async function buildFrozen(name: string, example: FrozenDatabase): Promise<void> {
  const raw = await rawOpen(name, example.version * 10, example.stores);
  const transaction = raw.transaction(Object.keys(example.rows), 'readwrite');
  for (const [storeName, rows] of Object.entries(example.rows)) {
    for (const row of rows) transaction.objectStore(storeName).put(row);
  }
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  raw.close();
}

/** The stores of an open database, described as the fixtures describe them. */
function describeStores(raw: IDBDatabase): Record<string, FrozenStore> {
  const names = [...raw.objectStoreNames];
  const transaction = raw.transaction(names, 'readonly');
  return Object.fromEntries(
    names.map((storeName) => {
      const store = transaction.objectStore(storeName);
      const indexes = [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return {
          name: index.name,
          keyPath: index.keyPath,
          unique: index.unique,
          multiEntry: index.multiEntry,
        };
      });
      return [storeName, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

function expectedAtLatest(example: FrozenDatabase): FrozenRows {
  let rows = structuredClone(example.rows);
  for (let version = example.version; version < latest; version += 1)
    rows = upgrades[version]?.(rows) ?? rows;
  return rows;
}

const byId = (a: { id?: unknown }, b: { id?: unknown }) => String(a.id).localeCompare(String(b.id));

describe('frozen examples', () => {
  it('exist for every schema version the code declares', () => {
    expect(examples.map((example) => example.version)).toEqual(
      Array.from({ length: latest }, (_, index) => index + 1),
    );
  });

  it('describe the latest version’s stores exactly as the code creates them', async () => {
    const db = track(openDatabase(`glosa-fresh-${++counter}`));
    await db.open();
    expect(describeStores(db.backendDB())).toEqual(examples.at(-1)?.stores);
  });

  it('each hold highlights and a deleted one, so an upgrade that loses either fails', () => {
    for (const example of examples) {
      expect(example.rows.highlights?.length).toBeGreaterThan(0);
      expect(example.rows.trash?.length).toBeGreaterThan(0);
    }
  });
});

describe.each(examples)('upgrading the version $version example', (example) => {
  it('keeps every highlight and every deleted one, equal and valid', async () => {
    const name = `glosa-upgrade-${++counter}`;
    await buildFrozen(name, example);
    const db = track(openDatabase(name));
    const expected = expectedAtLatest(example);

    const highlights: HighlightRow[] = (await db.highlights.toArray()).sort(byId);
    expect(highlights).toEqual([...(expected.highlights ?? [])].sort(byId));
    for (const row of highlights) {
      expect(highlightSchema.safeParse(fromRow(row)).error).toBeUndefined();
    }
    const trash: TrashRow[] = (await db.trash.toArray()).sort(byId);
    expect(trash).toEqual([...(expected.trash ?? [])].sort(byId));
    for (const row of trash) {
      expect(highlightSchema.safeParse(fromRow(row.highlight)).error).toBeUndefined();
    }
  });

  it('answers the storage API’s queries over the upgraded rows', async () => {
    const name = `glosa-upgrade-${++counter}`;
    await buildFrozen(name, example);
    const db = track(openDatabase(name));
    const all = await allHighlights(db);
    expect(all).toHaveLength(example.rows.highlights?.length ?? 0);
    for (const highlight of all) {
      const row = await db.highlights.get(highlight.id);
      expect((await highlightsAt(row?.addresses ?? [], db)).map((h) => h.id)).toContain(highlight.id);
    }
  });
});

describe('opening fails clearly rather than risk the highlights', () => {
  it('refuses a database written by a newer Glosa, reading and writing nothing', async () => {
    const name = `glosa-newer-${++counter}`;
    const newest = examples.at(-1);
    if (!newest) throw new Error('no frozen example');
    await buildFrozen(name, { ...newest, version: latest + 1 });
    const db = track(openDatabase(name));

    const failure = await db.open().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'VersionError' });
    expect(describeStorageError(failure)).toBe(
      'Glosa was updated while this page was open. Reload the page and try again.',
    );
    // Every later call says the same, and the newer rows are still all there.
    const later = await allHighlights(db).catch((error: unknown) => error);
    expect(describeStorageError(later)).toBe(describeStorageError(failure));
    db.close();
    const raw = await rawOpen(name, (latest + 1) * 10);
    const count = await request(raw.transaction('highlights').objectStore('highlights').count());
    raw.close();
    expect(count).toBe(newest.rows.highlights?.length);
  });

  it('reports an upgrade blocked by a connection that will not close, and recovers once it does', async () => {
    // An older connection that ignores `versionchange` (Dexie's own connections close).
    const blocker = await rawOpen(databaseName, latest * 10 - 1);
    blocker.onversionchange = null;
    const failure = await allHighlights().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'DatabaseClosedError' });
    expect(describeStorageError(failure)).toBe(
      'The highlight store could not be opened. Close other Glosa windows and try again.',
    );

    blocker.close();
    // The shared database opens afresh after a failed open.
    expect(await allHighlights()).toEqual([]);
    track(database());
  });
});
