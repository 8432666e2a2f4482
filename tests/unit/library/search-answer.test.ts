import { describe, expect, it } from 'vitest';
import { emptyLibraryQuery, type FilterFields } from '../../../core/library/library-query.ts';
import { capHits } from '../../../core/library/search-answer.ts';
import type { SearchHit } from '../../../core/library/search-text.ts';

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
  };
}

describe('the search worker’s capped answer', () => {
  it('keeps the best hits up to the limit, in order, and counts them all', () => {
    const answer = capHits(hits, fieldsOf, { ...emptyLibraryQuery, q: 'senkata' }, 3);
    expect(answer.hits.map((hit) => hit.id)).toEqual(['h0', 'h1', 'h2']);
    expect(answer.total).toBe(10);
  });

  it('filters before it caps, so a capped answer holds the best hits that pass', () => {
    const answer = capHits(hits, fieldsOf, { ...emptyLibraryQuery, q: 'senkata', tag: 'coup' }, 2);
    expect(answer.hits.map((hit) => hit.id)).toEqual(['h0', 'h2']);
    expect(answer.total).toBe(5);
    const orphans = capHits(hits, fieldsOf, { ...emptyLibraryQuery, q: 'x', tag: 'coup', orphans: true });
    expect(orphans).toEqual({ hits: [hits[4]], total: 1 });
  });

  it('drops a hit the worker holds no fields for only when filtering', () => {
    const stray: SearchHit = { id: 'gone', score: 0, marks: [] };
    expect(capHits([stray], fieldsOf, { ...emptyLibraryQuery, q: 'x' }).total).toBe(1);
    expect(capHits([stray], fieldsOf, { ...emptyLibraryQuery, q: 'x', tag: 'coup' }).total).toBe(0);
  });
});
