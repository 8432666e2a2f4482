import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../core/highlights/highlight.ts';
import {
  emptyLibraryQuery,
  formatLibraryQuery,
  type LibraryQuery,
  parseLibraryQuery,
  passesFilters,
} from '../../../core/library/library-query.ts';

const highlight: Highlight = {
  id: '7d6f2f9e-3b1a-4c5d-8e9f-0a1b2c3d4e5f',
  target: {
    source: 'https://www.elpais.com/a',
    title: 'A',
    selector: {
      quote: { type: 'TextQuoteSelector', exact: 'Senkata', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 7 },
    },
  },
  body: { note: '', tags: ['coup'], entityIds: ['senkata'] },
  created: '2026-03-10T12:00:00.000Z',
  modified: '2026-03-10T12:00:00.000Z',
  anchoring: { state: 'orphan', checked: '2026-03-11T12:00:00.000Z' },
};

describe('library query in the URL', () => {
  it('round-trips every field, including text that needs escaping', () => {
    const query: LibraryQuery = {
      q: 'evo & “morales” #1 ñ',
      entity: 'evo-morales',
      tag: 'golpe de estado',
      site: 'elpais.com',
      from: '2026-01-01',
      to: '2026-12-31',
      orphans: true,
    };
    expect(parseLibraryQuery(formatLibraryQuery(query))).toEqual(query);
  });

  it('round-trips any query (property)', () => {
    const dayArb = fc.constantFrom('', '2025-02-28', '2026-12-31');
    fc.assert(
      fc.property(
        fc.record({
          q: fc.string({ maxLength: 40 }),
          entity: fc.string({ maxLength: 20 }).map((text) => text.trim()),
          tag: fc.string({ maxLength: 20 }).map((text) => text.trim()),
          site: fc.string({ maxLength: 20 }).map((text) => text.trim()),
          from: dayArb,
          to: dayArb,
          orphans: fc.boolean(),
        }),
        (query) => {
          expect(parseLibraryQuery(formatLibraryQuery(query))).toEqual(query);
        },
      ),
    );
  });

  it('writes nothing for an empty query and only what is set otherwise', () => {
    expect(formatLibraryQuery(emptyLibraryQuery)).toBe('');
    expect(formatLibraryQuery({ ...emptyLibraryQuery, q: 'senkata', orphans: true })).toBe(
      '#q=senkata&orphans=1',
    );
  });

  it('drops bad values from a hand-edited address instead of failing', () => {
    expect(parseLibraryQuery('#from=yesterday&to=2026-13-45&orphans=yes&unknown=1')).toEqual(
      emptyLibraryQuery,
    );
    expect(parseLibraryQuery('?q=mesa').q).toBe('mesa');
  });
});

describe('passesFilters', () => {
  it('narrows by entity, tag, site, date range and orphans', () => {
    expect(passesFilters(highlight, emptyLibraryQuery)).toBe(true);
    expect(passesFilters(highlight, { ...emptyLibraryQuery, entity: 'senkata', tag: 'coup' })).toBe(true);
    expect(passesFilters(highlight, { ...emptyLibraryQuery, entity: 'evo-morales' })).toBe(false);
    expect(passesFilters(highlight, { ...emptyLibraryQuery, tag: 'mining' })).toBe(false);
    expect(passesFilters(highlight, { ...emptyLibraryQuery, site: 'elpais.com' })).toBe(true);
    expect(passesFilters(highlight, { ...emptyLibraryQuery, site: 'bbc.co.uk' })).toBe(false);
    expect(passesFilters(highlight, { ...emptyLibraryQuery, from: '2026-03-01', to: '2026-03-31' })).toBe(
      true,
    );
    expect(passesFilters(highlight, { ...emptyLibraryQuery, from: '2026-04-01' })).toBe(false);
    expect(passesFilters(highlight, { ...emptyLibraryQuery, to: '2026-02-28' })).toBe(false);
    expect(passesFilters(highlight, { ...emptyLibraryQuery, orphans: true })).toBe(true);
    expect(
      passesFilters({ ...highlight, anchoring: undefined }, { ...emptyLibraryQuery, orphans: true }),
    ).toBe(false);
  });
});
