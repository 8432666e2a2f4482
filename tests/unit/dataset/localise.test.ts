import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageOf, languageOfStrings } from '../../../core/i18n/language.ts';
import { createTranslator } from '../../../core/i18n/ui-strings.ts';
import { localiseDataset, localiseName, namesOf } from '../../../core/localise.ts';
import type { BilingualDataset } from '../../../core/schema.ts';
import { loadDataset } from '../../../scripts/dataset/load.ts';
import { MINIMAL_DATASET } from './fixture-dataset.ts';

const bilingual: BilingualDataset = {
  version: '1.0.0',
  asOf: '2019-12-31',
  sources: [
    {
      id: 'src-b',
      title: 'Nos quisieron callar',
      outlet: 'Diario',
      authors: ['Ana Quispe'],
      published: '2019-11',
      language: 'es',
      url: '',
    },
  ],
  entities: [
    {
      id: 'decree-4078',
      kind: 'law',
      name: { en: 'Supreme Decree 4078', es: 'Decreto Supremo 4078' },
      description: { en: 'A decree of November 2019.', es: 'Un decreto de noviembre de 2019.' },
      aliases: [{ text: 'Decreto Supremo 4078' }],
    },
    {
      id: 'luis-arce',
      kind: 'person',
      name: 'Luis Arce',
      description: { en: 'Bolivian economist.', es: 'Economista boliviano.' },
      aliases: [{ text: 'Luis Arce' }],
      roles: [{ title: { en: 'President of Bolivia', es: 'Presidente de Bolivia' }, start: '2020-11-08' }],
    },
  ],
  accounts: [
    {
      id: 'src-b-quote',
      source: 'src-b',
      quote: '"Nos quisieron callar", dijo Arce',
      speaker: {
        name: { en: 'Interim government', es: 'Gobierno interino' },
        role: { en: 'mayor', es: 'alcaldesa' },
      },
      voice: 'quote',
      stance: 'neutral',
      entities: ['luis-arce'],
      answers: [{ question: 'q', position: 'p' }],
      summary: { en: 'Says they wanted to silence her.', es: 'Dice que quisieron callarla.' },
    },
  ],
  questions: [
    {
      id: 'q',
      text: { en: 'What do the sources say?', es: '¿Qué dicen las fuentes?' },
      entities: ['luis-arce'],
      positions: [{ id: 'p', label: { en: 'Says so', es: 'Lo dice' } }],
    },
  ],
};

describe('localiseDataset', () => {
  it("gives every text of Glosa's own in Spanish, and leaves quotes, sources and ids as they are", () => {
    const es = localiseDataset(bilingual, 'es');
    expect(es.entities.map((entity) => [entity.name, entity.description])).toEqual([
      ['Decreto Supremo 4078', 'Un decreto de noviembre de 2019.'],
      ['Luis Arce', 'Economista boliviano.'],
    ]);
    expect(es.entities[1]?.roles).toEqual([{ title: 'Presidente de Bolivia', start: '2020-11-08' }]);
    expect(es.accounts[0]).toMatchObject({
      quote: '"Nos quisieron callar", dijo Arce',
      speaker: { name: 'Gobierno interino', role: 'alcaldesa' },
      summary: 'Dice que quisieron callarla.',
      answers: [{ question: 'q', position: 'p' }],
    });
    expect(es.questions[0]).toEqual({
      id: 'q',
      text: '¿Qué dicen las fuentes?',
      entities: ['luis-arce'],
      positions: [{ id: 'p', label: 'Lo dice' }],
    });
    expect(es.sources).toBe(bilingual.sources);
  });

  it('gives the English texts for English', () => {
    const en = localiseDataset(bilingual, 'en');
    expect(en.entities[0]?.name).toBe('Supreme Decree 4078');
    expect(en.accounts[0]?.speaker).toEqual({ name: 'Interim government', role: 'mayor' });
    expect(en.questions[0]?.positions[0]?.label).toBe('Says so');
  });

  it('keeps each record in its file order of keys, with no field left bilingual', () => {
    const es = localiseDataset(bilingual, 'es');
    expect(Object.keys(es.entities[1] ?? {})).toEqual([
      'id',
      'kind',
      'name',
      'description',
      'aliases',
      'roles',
    ]);
    expect(JSON.stringify(es)).not.toMatch(/"en":/);
  });

  it('localises once per dataset and language', () => {
    expect(localiseDataset(bilingual, 'es')).toBe(localiseDataset(bilingual, 'es'));
    expect(localiseDataset(bilingual, 'en')).not.toBe(localiseDataset(bilingual, 'es'));
  });

  it('localises the bundled minimal dataset into records with string texts only', () => {
    const { dataset } = loadDataset(MINIMAL_DATASET);
    for (const language of ['en', 'es'] as const) {
      const localised = localiseDataset(dataset, language);
      for (const entity of localised.entities) expect(typeof entity.description).toBe('string');
      for (const account of localised.accounts) expect(typeof account.speaker.name).toBe('string');
    }
  });
});

describe('names', () => {
  it('reads a plain name in both languages, and a bilingual one in each', () => {
    expect(localiseName('Luis Arce', 'es')).toBe('Luis Arce');
    expect(localiseName({ en: 'Armed Forces', es: 'Fuerzas Armadas' }, 'es')).toBe('Fuerzas Armadas');
    expect(namesOf('Luis Arce')).toEqual(['Luis Arce']);
    expect(namesOf({ en: 'Armed Forces', es: 'Fuerzas Armadas' })).toEqual([
      'Armed Forces',
      'Fuerzas Armadas',
    ]);
  });
});

describe('languageOf', () => {
  it.each([
    ['es', 'es'],
    ['es-BO', 'es'],
    ['es_419', 'es'],
    ['ES-es', 'es'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['est', 'en'],
    ['', 'en'],
  ] as const)('reads %j as %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});

describe('languageOfStrings', () => {
  it.each(['en', 'es'] as const)(
    'gives the language of the %s messages, whatever the browser says its locale is',
    (locale) => {
      const url = new URL(`../../../public/_locales/${locale}/messages.json`, import.meta.url);
      const t = createTranslator(JSON.parse(readFileSync(url, 'utf8')));
      expect(languageOfStrings(t)).toBe(locale);
    },
  );
});
