import { describe, expect, it } from 'vitest';
import {
  type CoverageAccount,
  type CoverageInput,
  criticsOnlyPositions,
  describedInOneLanguage,
  entityAccountCounts,
  hasStances,
  onePositionQuestions,
  onlyAccountLanguage,
  singleLanguageEntities,
  sourceUse,
  thinEntities,
} from '../../../core/atlas/coverage.ts';
import type { Account, BilingualEntity, Entity, Source } from '../../../core/schema.ts';
import { loadDataset } from '../../../scripts/dataset/load.ts';

const source = (id: string, language: 'en' | 'es'): Source => ({
  id,
  title: `Title of ${id}`,
  outlet: `Outlet ${id}`,
  authors: ['An Author'],
  published: '2019-11',
  language,
  url: '',
});

const entity = (id: string): Entity => ({
  id,
  kind: 'place',
  name: id,
  description: `About ${id}.`,
  aliases: [{ text: id }],
});

const account = (
  sourceId: string,
  entities: string[],
  answers: Account['answers'] = [],
): CoverageAccount => ({
  source: sourceId,
  entities,
  answers,
});

/**
 * senkata: three accounts from both languages; sacaba: one, in English; el-alto: none;
 * and one account whose source is missing, which covers nothing.
 */
const dataset: CoverageInput = {
  sources: [source('english-daily', 'en'), source('diario', 'es'), source('unused', 'en')],
  entities: [entity('senkata'), entity('sacaba'), entity('el-alto')],
  accounts: [
    account('english-daily', ['senkata'], [{ question: 'senkata-deaths', position: 'massacre' }]),
    account('english-daily', ['senkata', 'sacaba'], [{ question: 'senkata-deaths', position: 'massacre' }]),
    account('diario', ['senkata'], [{ question: 'senkata-deaths', position: 'clash' }]),
    account('missing-source', ['el-alto', 'sacaba'], [{ question: 'sacaba-deaths', position: 'massacre' }]),
  ],
  questions: [
    {
      id: 'senkata-deaths',
      text: 'What caused the deaths at Senkata?',
      entities: ['senkata'],
      positions: [
        { id: 'massacre', label: 'Describes a massacre' },
        { id: 'clash', label: 'Describes a clash' },
      ],
    },
    {
      id: 'sacaba-deaths',
      text: 'What caused the deaths at Sacaba?',
      entities: ['sacaba'],
      positions: [
        { id: 'massacre', label: 'Describes a massacre' },
        { id: 'clash', label: 'Describes a clash' },
      ],
    },
    {
      id: 'el-alto-siege',
      text: 'Was El Alto besieged?',
      entities: ['el-alto'],
      positions: [{ id: 'siege', label: 'Describes a siege' }],
    },
  ],
};

describe('coverage', () => {
  it('counts each entity’s attributable accounts', () => {
    expect(entityAccountCounts(dataset)).toEqual(
      new Map([
        ['senkata', 3],
        ['sacaba', 1],
      ]),
    );
  });

  it('lists entities with fewer than two accounts, those with none first', () => {
    expect(thinEntities(dataset).map(({ entity, accounts }) => [entity.id, accounts])).toEqual([
      ['el-alto', 0],
      ['sacaba', 1],
    ]);
  });

  it('lists questions whose accounts take fewer than two positions, ignoring accounts without a source', () => {
    expect(onePositionQuestions(dataset).map(({ question, taken }) => [question.id, taken])).toEqual([
      ['el-alto-siege', []],
      ['sacaba-deaths', []],
    ]);
  });

  it('orders sources least cited first, unused ones included', () => {
    expect(sourceUse(dataset).map(({ source, accounts }) => [source.id, accounts])).toEqual([
      ['unused', 0],
      ['diario', 1],
      ['english-daily', 2],
    ]);
  });

  it('lists entities quoted from sources in one language only', () => {
    expect(singleLanguageEntities(dataset).map(({ entity, languages }) => [entity.id, languages])).toEqual([
      ['el-alto', []],
      ['sacaba', ['en']],
    ]);
  });

  it('cannot tell critics-only positions without stances, and says so by hasStances', () => {
    expect(hasStances(dataset)).toBe(false);
  });

  it('finds a position that only authors who dispute it carry, once accounts record stances', () => {
    const stances = ['endorses', 'disputes', 'disputes', 'neutral'];
    const framed: CoverageInput = {
      ...dataset,
      accounts: dataset.accounts.map((entry, index) => ({ ...entry, stance: stances[index] })),
    };
    expect(hasStances(framed)).toBe(true);
    const found = criticsOnlyPositions(framed);
    expect(
      found.map(({ question, positions }) => [question.id, positions.map((position) => position.id)]),
    ).toEqual([['senkata-deaths', ['clash']]]);
  });
});

describe('onlyAccountLanguage', () => {
  it('is undefined when accounts come from sources in two languages', () => {
    expect(onlyAccountLanguage(dataset)).toBeUndefined();
  });

  it('names the one language when every attributable account’s source is in it', () => {
    const english: CoverageInput = {
      ...dataset,
      accounts: dataset.accounts.filter((entry) => entry.source !== 'diario'),
    };
    expect(onlyAccountLanguage(english)).toBe('en');
  });
});

describe('describedInOneLanguage', () => {
  const described = (id: string, en: string, es: string): BilingualEntity => ({
    id,
    kind: 'place',
    name: id,
    description: { en, es },
    aliases: [{ text: id }],
  });

  it('lists entities whose Spanish description is a copy of the English one, case and spacing aside', () => {
    const entities = [
      described('senkata', 'A district of El Alto.', 'Un distrito de El Alto.'),
      described('sacaba', 'A town near Cochabamba.', 'a town  near Cochabamba. '),
      described('el-alto', 'El Alto.', 'El Alto.'),
    ];
    expect(describedInOneLanguage(entities).map((entity) => entity.id)).toEqual(['el-alto', 'sacaba']);
  });

  it('finds none in the bundled dataset, every description being translated', () => {
    expect(describedInOneLanguage(loadDataset('data').dataset.entities)).toEqual([]);
  });
});
