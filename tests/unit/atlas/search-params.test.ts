import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchParamsString } from '../../../core/atlas/search-params';

describe('the atlas search in its address', () => {
  it('round-trips a query with filters, spaces and accents', () => {
    const search = {
      query: 'Evo Moralez',
      filter: { kind: 'person' as const, source: 'vision360-llallagua-2025' },
    };
    const text = searchParamsString(search);
    expect(text).toBe('?q=Evo+Moralez&kind=person&source=vision360-llallagua-2025');
    expect(parseSearchParams(text)).toEqual(search);
    expect(parseSearchParams(searchParamsString({ query: 'Año ñandú', filter: {} }))).toEqual({
      query: 'Año ñandú',
      filter: {},
    });
  });

  it('reads an empty address as no search, and writes no search as nothing', () => {
    expect(parseSearchParams('')).toEqual({ query: '', filter: {} });
    expect(searchParamsString({ query: '', filter: {} })).toBe('');
  });

  it('drops a kind that does not exist', () => {
    expect(parseSearchParams('?kind=planet&q=x')).toEqual({ query: 'x', filter: {} });
  });
});
