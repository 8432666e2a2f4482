/**
 * The storage API for highlights: every read and write the background, the library and
 * the popup make goes through these functions, so the rules live in one place:
 * - a highlight is filed under every address of its page (`pageAddresses`);
 * - nothing is deleted outright: a delete moves the highlight to the trash, where undo
 *   finds it, and only highlights deleted long ago are purged;
 * - an orphan (a highlight no tab could anchor) is kept like any other.
 */
import type { AnchorState } from '../../core/anchoring/selectors';
import { pageAddresses } from '../../core/highlights/address';
import type { Highlight, HighlightBody } from '../../core/highlights/highlight';
import { database, type GlosaDatabase, type HighlightRow } from './database';
import { fromRow } from './rows';

/** How long a deleted highlight stays restorable. */
export const trashKeptDays = 30;

function toRow(highlight: Highlight): HighlightRow {
  const addresses = pageAddresses(highlight.target.source, highlight.target.canonical);
  return { ...highlight, addresses: addresses.length > 0 ? addresses : [highlight.target.source] };
}

/** Saves a new highlight, or replaces the one with its id. */
export async function putHighlight(highlight: Highlight, db: GlosaDatabase = database()): Promise<Highlight> {
  await db.highlights.put(toRow(highlight));
  return highlight;
}

export async function getHighlight(
  id: string,
  db: GlosaDatabase = database(),
): Promise<Highlight | undefined> {
  const row = await db.highlights.get(id);
  return row && fromRow(row);
}

/** The highlights of a page found under any of `addresses`, oldest first. */
export async function highlightsAt(
  addresses: string[],
  db: GlosaDatabase = database(),
): Promise<Highlight[]> {
  if (addresses.length === 0) return [];
  const rows = await db.highlights.where('addresses').anyOf(addresses).distinct().toArray();
  return rows.map(fromRow).sort((a, b) => a.created.localeCompare(b.created));
}

/** Every highlight, newest first. */
export async function allHighlights(db: GlosaDatabase = database()): Promise<Highlight[]> {
  const rows = await db.highlights.orderBy('created').reverse().toArray();
  return rows.map(fromRow);
}

/**
 * A slice of every highlight, newest first: `limit` of them after the newest `offset`.
 * The library reads its first screen with this, then the rest a slice at a time, so no
 * single read (and its deserialising on the page) holds the page for long.
 */
export async function recentHighlights(
  offset: number,
  limit: number,
  db: GlosaDatabase = database(),
): Promise<Highlight[]> {
  const rows = await db.highlights.orderBy('created').reverse().offset(offset).limit(limit).toArray();
  return rows.map(fromRow);
}

/** Changes a highlight's note, tags or entities; undefined when it no longer exists. */
export async function updateHighlightBody(
  id: string,
  body: HighlightBody,
  now: Date = new Date(),
  db: GlosaDatabase = database(),
): Promise<Highlight | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const row = await db.highlights.get(id);
    if (!row) return undefined;
    const updated: HighlightRow = { ...row, body, modified: now.toISOString() };
    await db.highlights.put(updated);
    return fromRow(updated);
  });
}

/**
 * Splits a long list of ids for writes inside one transaction: each batch's requests are
 * queued in one task, so 1,000 deletes in one batch held the page for over 200 ms
 * (CPU slowed 4×); awaiting each batch gives the page the turns between them.
 */
function batches<T>(items: readonly T[], size = 100): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Moves highlights to the trash, in one transaction; returns how many were there. */
export async function deleteHighlights(
  ids: string[],
  now: Date = new Date(),
  db: GlosaDatabase = database(),
): Promise<number> {
  return db.transaction('rw', db.highlights, db.trash, async () => {
    const deleted = now.toISOString();
    let count = 0;
    for (const batch of batches(ids)) {
      const rows = (await db.highlights.bulkGet(batch)).filter((row) => row !== undefined);
      await db.trash.bulkPut(rows.map((highlight) => ({ id: highlight.id, deleted, highlight })));
      await db.highlights.bulkDelete(rows.map((row) => row.id));
      count += rows.length;
    }
    return count;
  });
}

/** Undoes a delete; returns how many came back. */
export async function restoreHighlights(ids: string[], db: GlosaDatabase = database()): Promise<number> {
  return db.transaction('rw', db.highlights, db.trash, async () => {
    let count = 0;
    for (const batch of batches(ids)) {
      const rows = (await db.trash.bulkGet(batch)).filter((row) => row !== undefined);
      await db.highlights.bulkPut(rows.map((row) => row.highlight));
      await db.trash.bulkDelete(rows.map((row) => row.id));
      count += rows.length;
    }
    return count;
  });
}

/** Forgets highlights deleted more than `trashKeptDays` ago. */
export async function purgeTrash(now: Date = new Date(), db: GlosaDatabase = database()): Promise<number> {
  const cutoff = new Date(now.getTime() - trashKeptDays * 86_400_000).toISOString();
  return db.trash.where('deleted').below(cutoff).delete();
}

/** Records where a tab anchored each highlight, so orphans can be listed without the tab. */
export async function recordAnchoring(
  results: { id: string; state: AnchorState }[],
  now: Date = new Date(),
  db: GlosaDatabase = database(),
): Promise<number> {
  const checked = now.toISOString();
  return db.transaction('rw', db.highlights, async () => {
    const rows = await db.highlights.bulkGet(results.map((result) => result.id));
    const changed: HighlightRow[] = [];
    rows.forEach((row, index) => {
      const state = results[index]?.state;
      if (row && state) changed.push({ ...row, anchoring: { state, checked } });
    });
    await db.highlights.bulkPut(changed);
    return changed.length;
  });
}

/** Tags in use, most used first (ties alphabetical): the editor's suggestions. */
export async function tagsByUse(db: GlosaDatabase = database()): Promise<string[]> {
  const counts = new Map<string, number>();
  await db.highlights.each((row) => {
    for (const tag of row.body.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/**
 * Writes many highlights in one transaction: either all are stored or, on any
 * failure (a full disk), none is and the library is as it was.
 */
export async function putHighlights(highlights: Highlight[], db: GlosaDatabase = database()): Promise<void> {
  await db.transaction('rw', db.highlights, async () => {
    // A batch at a time, as deletes are: one bulkPut of a whole import clones every row in one task.
    // Only Dexie's own promises are awaited, so the transaction stays open between batches.
    for (const batch of batches(highlights)) await db.highlights.bulkPut(batch.map(toRow));
  });
}
