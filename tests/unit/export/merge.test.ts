import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../core/highlights/highlight.ts';
import { mergeHighlights } from '../../../core/highlights/merge.ts';
import { moralesHighlight, senkataHighlight } from './fixtures.ts';

const at = (highlight: Highlight, modified: string, note = highlight.body.note): Highlight => ({
  ...highlight,
  modified,
  body: { ...highlight.body, note },
});

describe('mergeHighlights', () => {
  const stored = new Map([[senkataHighlight.id, senkataHighlight]]);

  it('adds new highlights, replaces older stored ones and keeps stored ones that are as new or newer', () => {
    const newer = at(senkataHighlight, '2026-12-01T00:00:00.000Z', 'edited elsewhere');
    expect(mergeHighlights(stored, [moralesHighlight, newer])).toEqual({
      toPut: [moralesHighlight, newer],
      added: 1,
      merged: 1,
      keptExisting: 0,
    });
    for (const stale of [senkataHighlight, at(senkataHighlight, '2026-01-01T00:00:00.000Z', 'stale')]) {
      expect(mergeHighlights(stored, [stale])).toEqual({ toPut: [], added: 0, merged: 0, keptExisting: 1 });
    }
  });

  it('compares instants, not text, when offsets differ', () => {
    // 12:00+02:00 is the stored 10:00Z: an equal instant keeps what is stored.
    const sameInstant = at(senkataHighlight, '2026-11-21T12:00:00.000+02:00', 'same time');
    expect(mergeHighlights(stored, [sameInstant]).keptExisting).toBe(1);
    const laterInstant = at(senkataHighlight, '2026-11-21T11:00:00.000+00:30', 'later');
    expect(mergeHighlights(stored, [laterInstant]).merged).toBe(1);
  });

  it('never puts one id twice, even when the batch repeats it', () => {
    const first = at(moralesHighlight, '2026-11-20T09:10:00.000Z', 'first');
    const second = at(moralesHighlight, '2026-11-25T00:00:00.000Z', 'second');
    const result = mergeHighlights(new Map(), [first, second, first]);
    expect(result.toPut).toEqual([second]);
    expect(result.added).toBe(1);
    expect(result.keptExisting).toBe(1);
  });

  it('takes a lookup function, as a database-backed caller would pass', () => {
    const result = mergeHighlights((id) => stored.get(id), [senkataHighlight, moralesHighlight]);
    expect(result).toEqual({ toPut: [moralesHighlight], added: 1, merged: 0, keptExisting: 1 });
  });
});
