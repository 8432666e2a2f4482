import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterFields } from '../../../core/library/library-query.ts';
import { inPageOrder } from '../../../core/library/search-answer.ts';
import { answerEntries, type ListEntry, shownOf } from '../../../entrypoints/library/list-rows.ts';
import { highlightAt } from '../highlight-at.ts';

/** A search's entries: hit `i` is on page `pages[i]`, in the engine's order. */
function entriesOn(pages: number[]): ListEntry[] {
  return pages.map((page, i) => {
    const highlight = highlightAt(`h${i}`, `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`);
    highlight.target.source = `https://news.example/page-${page}`;
    return { highlight, hit: { id: highlight.id, score: i / pages.length, marks: [] } };
  });
}

/** The hits as the worker sends them (grouped by page), and the page's lookup of their highlights. */
function answer(entries: ListEntry[]) {
  const byId = new Map(entries.map((entry) => [entry.highlight.id, entry.highlight]));
  const fields = new Map(entries.map((entry) => [entry.highlight.id, filterFields(entry.highlight)]));
  const hits = inPageOrder(
    entries.map((entry) => entry.hit as NonNullable<ListEntry['hit']>),
    (id) => fields.get(id),
  );
  return { hits, held: (id: string) => byId.get(id) };
}

const ids = (entries: ListEntry[]) => entries.map((entry) => entry.highlight.id);

describe('an answer’s first screen', () => {
  it('ends at a page’s end, so that page’s heading counts all its highlights', () => {
    const { hits, held } = answer(entriesOn([0, 1, 0, 2, 1, 0, 3]));
    // Page 0 has three hits: asking for two takes all three.
    expect(ids(answerEntries(hits, held, 2))).toEqual(['h0', 'h2', 'h5']);
    expect(ids(answerEntries(hits, held, 4))).toEqual(['h0', 'h2', 'h5', 'h1', 'h4']);
    expect(ids(answerEntries(hits, held))).toEqual(['h0', 'h2', 'h5', 'h1', 'h4', 'h3', 'h6']);
  });

  it('skips hits the page does not hold (deleted, or filtered out since)', () => {
    const { hits, held } = answer(entriesOn([0, 1, 0]));
    expect(ids(answerEntries(hits, (id) => (id === 'h0' ? undefined : held(id))))).toEqual(['h2', 'h1']);
  });

  it('is exactly the first rows of the whole answer, for any answer grouped by the worker', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 40 }),
        (pages, count) => {
          const { hits, held } = answer(entriesOn(pages));
          const whole = shownOf(answerEntries(hits, held)).rows;
          const first = shownOf(answerEntries(hits, held, count)).rows;
          expect(first).toEqual(whole.slice(0, first.length));
          // And it holds at least `count` highlights when there are that many.
          const cards = first.filter((row) => row.kind === 'highlight').length;
          expect(cards).toBeGreaterThanOrEqual(Math.min(count, pages.length));
        },
      ),
    );
  });
});
