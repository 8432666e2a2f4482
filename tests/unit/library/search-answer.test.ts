import { describe, expect, it } from 'vitest';
import {
  emptyLibraryQuery,
  type FilterFields,
  type LibraryQuery,
} from '../../../core/library/library-query.ts';
import { answerSearch, inPageOrder } from '../../../core/library/search-answer.ts';
import type { SearchHit } from '../../../core/library/search-text.ts';
import type { ShownHits } from '../../../core/library/shown-hits.ts';
import { TakenHits } from '../../../core/library/shown-hits.ts';

const hits: SearchHit[] = Array.from({ length: 10 }, (_, i) => ({ id: `h${i}`, score: i / 10, marks: [] }));

/** Even hits carry the tag `coup`; hit 4 is an orphan. */
function fieldsOf(id: string): FilterFields | undefined {
  const index = Number(id.slice(1));
  if (Number.isNaN(index)) return undefined;
  return {
    entityIds: [],
    tags: index % 2 === 0 ? ['coup'] : [],
    site: 'elpais.com',
    created: '2026-03-10T12:00:00.000Z',
    orphan: index === 4,
    source: `https://example.org/page-${index % 3}`,
  };
}

/** An engine whose ranking is `ranked`, offering each hit as `HighlightSearch` does. */
const engineOf = (ranked: SearchHit[]) => ({
  search(_query: string, shown: ShownHits) {
    const taken = new TakenHits(shown);
    for (const hit of ranked) if (taken.wants(hit.id)) taken.add(hit);
    return taken;
  },
});

const capHits = (ranked: SearchHit[], fields: typeof fieldsOf, query: LibraryQuery, limit?: number) =>
  answerSearch(engineOf(ranked), query, fields, limit);

describe('the search worker’s capped answer', () => {
  it('keeps the best hits up to the limit, grouped by page, and counts them all', () => {
    const answer = capHits(hits, fieldsOf, { ...emptyLibraryQuery, q: 'senkata' }, 3);
    expect(answer.hits.map((hit) => hit.id)).toEqual(['h0', 'h1', 'h2']);
    expect(answer.total).toBe(10);
    // Pages 0, 1, 2, 0, 1, 2, …: each page's hits follow its best one.
    const six = capHits(hits, fieldsOf, { ...emptyLibraryQuery, q: 'senkata' }, 6);
    expect(six.hits.map((hit) => hit.id)).toEqual(['h0', 'h3', 'h1', 'h4', 'h2', 'h5']);
  });

  it('filters before it caps, so a capped answer holds the best hits that pass', () => {
    const answer = capHits(hits, fieldsOf, { ...emptyLibraryQuery, q: 'senkata', tag: 'coup' }, 2);
    expect(answer.hits.map((hit) => hit.id)).toEqual(['h0', 'h2']);
    expect(answer.total).toBe(5);
    // The cap is taken before grouping: h6 (page 0) is not pulled ahead of h2.
    const orphans = capHits(hits, fieldsOf, { ...emptyLibraryQuery, q: 'x', tag: 'coup', orphans: true });
    expect(orphans).toEqual({ hits: [hits[4]], total: 1 });
  });

  it('drops a hit the worker holds no fields for only when filtering', () => {
    const stray: SearchHit = { id: 'gone', score: 0, marks: [] };
    expect(capHits([stray], fieldsOf, { ...emptyLibraryQuery, q: 'x' }).total).toBe(1);
    expect(capHits([stray], fieldsOf, { ...emptyLibraryQuery, q: 'x', tag: 'coup' }).total).toBe(0);
  });

  it('orders hits as the list groups them: pages by their best hit, hits by score within a page', () => {
    const pageOf = (id: string) => ({ source: { a: 'p1', b: 'p2', c: 'p1', d: 'p3', e: 'p2' }[id] ?? 'p9' });
    const ordered = inPageOrder(
      ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, score: 0, marks: [] })),
      pageOf,
    );
    expect(ordered.map((hit) => hit.id)).toEqual(['a', 'c', 'b', 'e', 'd']);
    // A hit without fields stays where it ranks, alone.
    const stray = inPageOrder([{ id: 'x', score: 0, marks: [] }, ...hits.slice(0, 2)], () => undefined);
    expect(stray.map((hit) => hit.id)).toEqual(['x', 'h0', 'h1']);
  });
});
