import { describe, expect, it } from 'vitest';
import { createEntitySearch } from '../../../core/atlas/search.ts';
import { localiseName } from '../../../core/localise.ts';
import type { BilingualEntity } from '../../../core/schema.ts';
import { loadDataset } from '../../../scripts/dataset/load.ts';

/** A place whose Spanish description is the English one marked as such: ranking tests read words, not languages. */
const place = (id: string, name: string, aliases: string[], description: string): BilingualEntity => ({
  id,
  kind: 'place',
  name,
  description: { en: description, es: `(es) ${description}` },
  aliases: [name, ...aliases].map((text) => ({ text })),
});

describe('ranking', () => {
  // A place and the event named after it, whose many aliases all contain the place's name.
  const entities: BilingualEntity[] = [
    place(
      'senkata-killings',
      'Senkata killings',
      ['Senkata massacre', 'Masacre de Senkata', 'Senkata massacres'],
      'Deaths of protesters at the Senkata fuel plant in El Alto.',
    ),
    place('senkata', 'Senkata', [], 'A district of El Alto with a fuel plant.'),
    place('el-alto', 'El Alto', [], 'A city beside La Paz; the Senkata plant lies within it.'),
    place('sacaba', 'Sacaba', ['Masacre de Huayllani'], 'A town near Cochabamba.'),
  ];
  const search = createEntitySearch(entities, [
    { source: 'grayzone', entities: ['senkata-killings', 'el-alto'] },
    { source: 'vision360', entities: ['sacaba'] },
  ]);

  it('puts the entity named what the reader typed first, even against one with many similar aliases', () => {
    expect(search.search('Senkatta').slice(0, 2)).toEqual(['senkata', 'senkata-killings']);
  });

  it('ranks an alias match above a description that mentions the words', () => {
    expect(search.search('Senkata massacre')[0]).toBe('senkata-killings');
    expect(search.search('Senkata').indexOf('el-alto')).toBeGreaterThan(1);
  });

  it('finds an entity by a word of its description alone', () => {
    expect(search.search('Cochabamba')).toEqual(['sacaba']);
  });

  it('ignores accents and a transposed letter', () => {
    expect(search.search('masacre de huayllnai')[0]).toBe('sacaba');
  });

  it('filters by source: only entities an account from that source concerns', () => {
    expect(search.search('', { source: 'grayzone' })).toEqual(['el-alto', 'senkata-killings']);
    expect(search.search('Senkata', { source: 'grayzone' })).toEqual(['senkata-killings', 'el-alto']);
  });
});

describe('the bundled dataset', () => {
  const { dataset } = loadDataset('data');
  const search = createEntitySearch(dataset.entities, dataset.accounts);

  it.each([
    ['Movimento al Socialsmo', 'mas-ipsp'],
    ['Qaqachacka', 'qaqachaka'],
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

  it('finds every entity by its own name in either language, first', () => {
    for (const entity of dataset.entities) {
      for (const language of ['en', 'es'] as const) {
        const name = localiseName(entity.name, language);
        expect(search.search(name)[0], name).toBe(entity.id);
      }
    }
  });

  it('finds an entity by a word only its Spanish description holds, and by one only its English holds', () => {
    // "disputed" / "impugnó": Carlos Mesa's description, in each language.
    expect(search.search('impugnó el resultado')[0]).toBe('carlos-mesa');
    expect(search.search('disputed the result')[0]).toBe('carlos-mesa');
  });

  it.each(['en', 'es'] as const)('lists every entity in %s name order for a blank query', (language) => {
    const ids = createEntitySearch(dataset.entities, dataset.accounts, language).search('  ');
    expect(ids).toHaveLength(dataset.entities.length);
    const nameOf = (id: string) => {
      const entity = dataset.entities.find((e) => e.id === id);
      return entity ? localiseName(entity.name, language) : '';
    };
    const names = ids.map(nameOf);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, language)));
  });

  it('finds nothing for words the dataset does not hold', () => {
    expect(search.search('baseball pitcher')).toEqual([]);
  });

  it('filters by kind, with or without a query', () => {
    const laws = search.search('', { kind: 'law' });
    expect(laws).toContain('decree-4078');
    for (const id of laws) expect(dataset.entities.find((entity) => entity.id === id)?.kind).toBe('law');
    expect(search.search('Decree 4078', { kind: 'person' })).not.toContain('decree-4078');
  });
});
