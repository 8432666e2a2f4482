import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../core/highlights/highlight';
import { type GlosaDatabase, openDatabase } from '../../../lib/db/database';
import {
  allHighlights,
  deleteHighlights,
  highlightsAt,
  purgeTrash,
  putHighlight,
  recordAnchoring,
  restoreHighlights,
  tagsByUse,
  updateHighlightBody,
} from '../../../lib/db/highlights';

let db: GlosaDatabase;
let counter = 0;
afterEach(async () => {
  await db?.delete();
});
function fresh(): GlosaDatabase {
  counter += 1;
  db = openDatabase(`glosa-test-${counter}`);
  return db;
}

function highlight(id: string, overrides: Partial<Highlight['target']> = {}, tags: string[] = []): Highlight {
  return {
    id,
    target: {
      source: 'https://news.example/a',
      title: 'An article',
      selector: {
        quote: { type: 'TextQuoteSelector', exact: 'Senkata', prefix: 'at ', suffix: '.' },
        position: { type: 'TextPositionSelector', start: 3, end: 10 },
      },
      ...overrides,
    },
    body: { note: '', tags, entityIds: [] },
    created: `2026-12-0${id.at(-1)}T10:00:00.000Z`,
    modified: `2026-12-0${id.at(-1)}T10:00:00.000Z`,
  };
}
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('highlight store', () => {
  it('finds a page’s highlights under its own address or its canonical', async () => {
    fresh();
    await putHighlight(
      highlight(id(1), { source: 'https://m.news.example/a', canonical: 'https://news.example/a' }),
      db,
    );
    await putHighlight(highlight(id(2), { source: 'https://news.example/b' }), db);
    expect((await highlightsAt(['https://news.example/a'], db)).map((h) => h.id)).toEqual([id(1)]);
    expect((await highlightsAt(['https://m.news.example/a'], db)).map((h) => h.id)).toEqual([id(1)]);
    expect(await highlightsAt([], db)).toEqual([]);
  });

  it('lists newest first and stores exactly the highlight given', async () => {
    fresh();
    const older = highlight(id(1));
    await putHighlight(older, db);
    await putHighlight(highlight(id(2)), db);
    const all = await allHighlights(db);
    expect(all.map((h) => h.id)).toEqual([id(2), id(1)]);
    expect(all[1]).toEqual(older);
  });

  it('moves a deleted highlight to the trash, where undo finds it, and purges only old ones', async () => {
    fresh();
    await putHighlight(highlight(id(1)), db);
    expect(await deleteHighlights([id(1), id(9)], new Date('2026-12-01T00:00:00Z'), db)).toBe(1);
    expect(await allHighlights(db)).toEqual([]);
    expect(await restoreHighlights([id(1)], db)).toBe(1);
    expect((await allHighlights(db)).map((h) => h.id)).toEqual([id(1)]);
    await deleteHighlights([id(1)], new Date('2026-12-01T00:00:00Z'), db);
    expect(await purgeTrash(new Date('2026-12-15T00:00:00Z'), db)).toBe(0);
    expect(await purgeTrash(new Date('2027-01-15T00:00:00Z'), db)).toBe(1);
    expect(await restoreHighlights([id(1)], db)).toBe(0);
  });

  it('edits a body and stamps modified; a missing id changes nothing', async () => {
    fresh();
    await putHighlight(highlight(id(1)), db);
    const now = new Date('2026-12-05T00:00:00Z');
    const updated = await updateHighlightBody(
      id(1),
      { note: 'n', tags: ['a'], entityIds: ['evo-morales'] },
      now,
      db,
    );
    expect(updated?.modified).toBe('2026-12-05T00:00:00.000Z');
    expect(updated?.body.note).toBe('n');
    expect(await updateHighlightBody(id(7), { note: '', tags: [], entityIds: [] }, now, db)).toBeUndefined();
  });

  it('records orphans without touching anything else, and ranks tags by use', async () => {
    fresh();
    await putHighlight(highlight(id(1), {}, ['bolivia', 'senkata']), db);
    await putHighlight(highlight(id(2), {}, ['senkata']), db);
    expect(
      await recordAnchoring(
        [
          { id: id(1), state: 'orphan' },
          { id: id(8), state: 'anchored' },
        ],
        new Date(),
        db,
      ),
    ).toBe(1);
    const [newest, oldest] = await allHighlights(db);
    expect(oldest?.anchoring?.state).toBe('orphan');
    expect(newest?.anchoring).toBeUndefined();
    expect(await tagsByUse(db)).toEqual(['senkata', 'bolivia']);
  });
});
