import { describe, expect, it } from 'vitest';
import { createEntitySearch } from '../../../core/atlas/search.ts';
import { loadDataset } from '../../../scripts/dataset/load.ts';

const { dataset } = loadDataset('data');
const search = createEntitySearch(dataset.entities, dataset.accounts);

describe('the atlas entity search, over the bundled dataset', () => {
  it.each([
    ['Senkatta', 'senkata'],
    ['Movimento al Socialsmo', 'mas-ipsp'],
    ['Huayllani masacre', 'sacaba'],
    ['Comite Civico Potosinsta', 'potosi-civic-committee'],
    ['Willams Kaliman', 'williams-kaliman'],
  ])('finds an entity by a misspelt name or alias: %s', (query, id) => {
    expect(search.search(query)[0]).toBe(id);
  });

  it('ignores accents a reader leaves out, in Spanish and English forms alike', () => {
    expect(search.search('Jeanine Anez')[0]).toBe('jeanine-anez');
    expect(search.search('Defensoria del Pueblo')[0]).toBe('ombudsman-bolivia');
  });

  it('finds Spanish aliases as well as English ones', () => {
    expect(search.search('Decreto Supremo 4078')[0]).toBe('decree-4078');
    expect(search.search('Pequeño México')[0]).toBe('little-mexico');
  });

  it('searches descriptions too, below names', () => {
    const ids = search.search('coca growers');
    expect(ids).toContain('evo-morales');
  });

  it('lists every entity in name order for a blank query', () => {
    const ids = search.search('  ');
    expect(ids).toHaveLength(dataset.entities.length);
    const names = ids.map((id) => dataset.entities.find((entity) => entity.id === id)?.name ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('finds nothing for words the dataset does not hold', () => {
    expect(search.search('baseball pitcher')).toEqual([]);
  });

  it('filters by kind, with or without a query', () => {
    const laws = search.search('', { kind: 'law' });
    expect(laws).toEqual(['decree-4078']);
    expect(search.search('Senkata', { kind: 'person' })).not.toContain('senkata');
  });

  it('filters by source: only entities an account from that source concerns', () => {
    const sourceId = 'vision360-llallagua-2025';
    const ids = search.search('', { source: sourceId });
    const expected = new Set(
      dataset.accounts
        .filter((account) => account.source === sourceId)
        .flatMap((account) => account.entities),
    );
    expect(new Set(ids)).toEqual(expected);
    expect(ids.length).toBeLessThan(dataset.entities.length);
  });
});
