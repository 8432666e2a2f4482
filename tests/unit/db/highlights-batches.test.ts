/**
 * Writes of many highlights go a batch at a time (so the page gets turns between them)
 * but stay one transaction: a failure in a late batch leaves the library as it was.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../core/highlights/highlight';
import { type GlosaDatabase, openDatabase } from '../../../lib/db/database';
import {
  allHighlights,
  deleteHighlights,
  putHighlights,
  recentHighlights,
  restoreHighlights,
} from '../../../lib/db/highlights';

let db: GlosaDatabase;
let counter = 0;
afterEach(async () => {
  await db?.delete();
});
function fresh(): GlosaDatabase {
  counter += 1;
  db = openDatabase(`glosa-batches-${counter}`);
  return db;
}

function highlight(n: number): Highlight {
  const created = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    target: {
      source: `https://news.example/${n % 7}`,
      title: 'An article',
      selector: {
        quote: { type: 'TextQuoteSelector', exact: `Passage ${n}`, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 10 },
      },
    },
    body: { note: '', tags: [], entityIds: [] },
    created,
    modified: created,
  };
}

const many = Array.from({ length: 450 }, (_, n) => highlight(n));
const ids = many.map((h) => h.id);

/** Makes the `call`-th call of `table.bulkPut` fail, as a full disk would. */
function failOnCall(table: GlosaDatabase['highlights'] | GlosaDatabase['trash'], call: number): void {
  const original = table.bulkPut.bind(table) as (...args: unknown[]) => Promise<unknown>;
  let calls = 0;
  (table as unknown as { bulkPut: (...args: unknown[]) => Promise<unknown> }).bulkPut = (...args) => {
    calls += 1;
    if (calls === call) return Promise.reject(new DOMException('disk full', 'QuotaExceededError'));
    return original(...args);
  };
}

describe('batched writes, one transaction', () => {
  it('stores, deletes and restores many, every one', async () => {
    fresh();
    await putHighlights(many, db);
    expect(await db.highlights.count()).toBe(450);
    expect(await deleteHighlights(ids.slice(0, 320), new Date(), db)).toBe(320);
    expect(await db.highlights.count()).toBe(130);
    expect(await db.trash.count()).toBe(320);
    expect(await restoreHighlights(ids.slice(0, 320), db)).toBe(320);
    expect(await db.highlights.count()).toBe(450);
    expect(await db.trash.count()).toBe(0);
  });

  it('stores none when a late batch fails', async () => {
    fresh();
    await putHighlights([highlight(1000)], db);
    failOnCall(db.highlights, 4);
    await expect(putHighlights(many, db)).rejects.toThrow();
    expect((await db.highlights.toArray()).map((row) => row.id)).toEqual([highlight(1000).id]);
  });

  it('deletes none when a late batch fails', async () => {
    fresh();
    await putHighlights(many, db);
    failOnCall(db.trash, 3);
    await expect(deleteHighlights(ids, new Date(), db)).rejects.toThrow();
    expect(await db.highlights.count()).toBe(450);
    expect(await db.trash.count()).toBe(0);
  });

  it('restores none when a late batch fails', async () => {
    fresh();
    await putHighlights(many, db);
    await deleteHighlights(ids, new Date(), db);
    failOnCall(db.highlights, 3);
    await expect(restoreHighlights(ids, db)).rejects.toThrow();
    expect(await db.highlights.count()).toBe(0);
    expect(await db.trash.count()).toBe(450);
  });
});

describe('reading newest first in slices', () => {
  it('gives the same highlights, in the same order, as one read, ties in date included', async () => {
    fresh();
    // Every third one shares its date with the one before: the order among them is the index's.
    const dated = many.map((h, n) => ({
      ...h,
      created: many[n - (n % 3 === 2 ? 1 : 0)]?.created ?? h.created,
    }));
    await putHighlights(dated, db);
    const whole = (await allHighlights(db)).map((h) => h.id);
    const sliced: string[] = [];
    for (const [offset, limit] of [
      [0, 30],
      [30, 170],
      [200, 200],
      [400, 200],
    ] as const)
      sliced.push(...(await recentHighlights(offset, limit, db)).map((h) => h.id));
    expect(sliced).toEqual(whole);
    expect(await recentHighlights(450, 100, db)).toEqual([]);
  });
});
