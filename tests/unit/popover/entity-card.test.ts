import { describe, expect, it } from 'vitest';
import { buildEntityCard, formatPartialDate } from '../../../core/popover/entity-card.ts';
import { dataset } from './fixtures.ts';

describe('buildEntityCard', () => {
  it('returns nothing for an entity the dataset does not hold', () => {
    expect(buildEntityCard(dataset, 'no-such-entity')).toBeUndefined();
  });

  it('carries the entity and the dataset version', () => {
    const card = buildEntityCard(dataset, 'senkata');
    expect(card?.entity).toEqual({
      id: 'senkata',
      name: 'Senkata',
      kind: 'event',
      description: 'Deaths at the Senkata fuel plant in El Alto on 19 November 2019.',
    });
    expect(card?.datasetVersion).toBe('1.2.0');
  });

  it('ranks Context: specific accounts first, then oldest source first', () => {
    const card = buildEntityCard(dataset, 'senkata');
    expect(card?.context.map((account) => account.id)).toEqual([
      // About Senkata alone, by date (2019, then 2019-12).
      'doe-early',
      'vecina-relato',
      // Concern two and three entities. The decree question is not on Senkata's card.
      'reuters-decree',
      'doe-broad',
    ]);
    // The account whose source is missing cannot be attributed, so it is not counted.
    expect(card?.contextTotal).toBe(4);
  });

  it('leaves out of Context every quote a question already shows, so none appears twice', () => {
    const card = buildEntityCard(dataset, 'senkata');
    const answering = card?.questions.flatMap((question) =>
      question.positions.flatMap((position) => position.accounts.map((account) => account.id)),
    );
    expect(answering).toEqual(['vargas-soldiers-fired', 'russo-no-shots']);
    expect(card?.context.map((account) => account.id)).not.toContain('vargas-soldiers-fired');
    expect(card?.context.map((account) => account.id)).not.toContain('russo-no-shots');
  });

  it('lists every account about the entity for the dataset browser, answering ones too', () => {
    const card = buildEntityCard(dataset, 'senkata', { everyAccount: true });
    const ids = card?.context.map((account) => account.id);
    expect(ids).toContain('vargas-soldiers-fired');
    expect(ids).toContain('russo-no-shots');
    expect(card?.contextTotal).toBe(6);
  });

  it('counts the distinct outlets behind each position', () => {
    const decree = buildEntityCard(dataset, 'decree-4078');
    const [position] = decree?.questions[0]?.positions ?? [];
    // Reuters and The Grayzone.
    expect(position?.accounts).toHaveLength(2);
    expect(position?.outletCount).toBe(2);
    // Two accounts from one outlet are one outlet.
    const sameOutlet = dataset.sources.map((source) =>
      source.id === 'grayzone-senkata-2019' ? { ...source, outlet: 'Reuters' } : source,
    );
    const merged = buildEntityCard({ ...dataset, sources: sameOutlet }, 'decree-4078');
    expect(merged?.questions[0]?.positions[0]?.outletCount).toBe(1);
  });

  it('keeps only the most relevant accounts but reports how many there are', () => {
    const card = buildEntityCard(dataset, 'senkata', { contextLimit: 2 });
    expect(card?.context.map((account) => account.id)).toEqual(['doe-early', 'vecina-relato']);
    expect(card?.contextTotal).toBe(4);
  });

  it('attributes each account with its source, speaker and address', () => {
    const card = buildEntityCard(dataset, 'senkata');
    const shown = [
      ...(card?.context ?? []),
      ...(card?.questions ?? []).flatMap((question) => question.positions.flatMap((p) => p.accounts)),
    ];
    const byId = new Map(shown.map((account) => [account.id, account]));
    expect(byId.get('russo-no-shots')).toEqual({
      id: 'russo-no-shots',
      quote: 'Not a single shot was fired by the security forces.',
      speaker: { name: 'Augusto Russo', role: 'Bolivian Police Commander' },
      speakerIsAuthor: false,
      voice: 'quote',
      stance: 'disputes',
      outlet: 'Reuters',
      authors: ['Daniel Ramos', 'Monica Machicao'],
      published: '2019-11-19',
      url: 'https://www.reuters.com/article/senkata',
      sourceTitle: 'Bolivia police say security forces did not fire at Senkata protesters',
      language: 'en',
      summary: 'The police say the security forces did not shoot.',
    });
    expect(byId.get('vecina-relato')).toMatchObject({ url: '', language: 'es', outlet: 'Página Siete' });
    expect(byId.get('doe-early')).toMatchObject({ via: 'Left on the Move', speakerIsAuthor: true });
    // Spacing and capitals differ from the author list, yet it is the same person.
    expect(byId.get('vargas-soldiers-fired')?.speakerIsAuthor).toBe(true);
    expect(byId.get('vecina-relato')).not.toHaveProperty('speaker.role');
    expect(byId.get('vecina-relato')).not.toHaveProperty('via');
  });

  it('marks a position carried only by sources that dispute it, from the stances', () => {
    const card = buildEntityCard(dataset, 'senkata');
    const positions = card?.questions.find((question) => question.id === 'senkata-deaths')?.positions;
    expect(positions?.map((position) => [position.id, position.criticsOnly])).toEqual([
      ['soldiers-fired', false],
      ['forces-deny-firing', true],
    ]);
    // One account that does not dispute it is enough to lift the note.
    const neutral = dataset.accounts.map((account) =>
      account.id === 'russo-no-shots' ? { ...account, stance: 'neutral' as const } : account,
    );
    const lifted = buildEntityCard({ ...dataset, accounts: neutral }, 'senkata');
    expect(lifted?.questions[0]?.positions.every((position) => !position.criticsOnly)).toBe(true);
  });

  it('reads authors named together as the article’s own voice, and nobody else', () => {
    const withSpeaker = (name: string) => {
      const account = {
        id: 'joint',
        source: 'reuters-senkata-2019',
        quote: 'A joint byline.',
        speaker: { name },
        voice: 'own' as const,
        stance: 'endorses' as const,
        entities: ['senkata'],
      };
      const card = buildEntityCard({ ...dataset, accounts: [...dataset.accounts, account] }, 'senkata');
      return card?.context.find((cited) => cited.id === 'joint')?.speakerIsAuthor;
    };
    expect(withSpeaker('Daniel Ramos and Monica Machicao')).toBe(true);
    expect(withSpeaker('Daniel Ramos, Monica Machicao')).toBe(true);
    expect(withSpeaker('Daniel Ramos and Augusto Russo')).toBe(false);
    expect(withSpeaker('Daniel Ramos')).toBe(true);
    expect(withSpeaker('Monica Machicao and the police')).toBe(false);
  });

  it('groups competing accounts by position in the question’s order, leaving out empty positions and questions', () => {
    const card = buildEntityCard(dataset, 'senkata');
    expect(card?.questions).toHaveLength(1);
    const [question] = card?.questions ?? [];
    expect(question?.text).toBe('What caused the deaths at Senkata on 19 November 2019?');
    expect(
      question?.positions.map((position) => [position.label, position.accounts.map((account) => account.id)]),
    ).toEqual([
      ['Soldiers fired on protesters', ['vargas-soldiers-fired']],
      ['Security forces deny firing', ['russo-no-shots']],
    ]);
    expect(question?.onePosition).toBe(false);
  });

  it('marks a question whose bundled accounts take a single position, oldest source first', () => {
    const card = buildEntityCard(dataset, 'decree-4078');
    const [question] = card?.questions ?? [];
    expect(question?.id).toBe('decree-immunity');
    // The account for "does-not-grant" has no source, so that position is empty.
    expect(question?.positions.map((position) => position.id)).toEqual(['grants-immunity']);
    expect(question?.positions[0]?.accounts.map((account) => account.id)).toEqual([
      'reuters-decree',
      'grayzone-decree',
    ]);
    expect(question?.onePosition).toBe(true);
  });

  it('gives an entity without accounts or questions an empty card rather than none', () => {
    const card = buildEntityCard(dataset, 'qaqachaka');
    expect(card?.context).toEqual([]);
    expect(card?.contextTotal).toBe(0);
    expect(card?.questions).toEqual([]);
  });

  it('is plain data that survives structured cloning and JSON', () => {
    for (const entity of dataset.entities) {
      const card = buildEntityCard(dataset, entity.id);
      expect(structuredClone(card)).toStrictEqual(card);
      expect(JSON.parse(JSON.stringify(card))).toStrictEqual(card);
    }
  });
});

describe('formatPartialDate', () => {
  it('shows a date only as precisely as it is known', () => {
    expect(formatPartialDate('2019-12-24', 'en-GB')).toBe('24 December 2019');
    expect(formatPartialDate('2019-12', 'en-GB')).toBe('December 2019');
    expect(formatPartialDate('2019', 'en-GB')).toBe('2019');
  });

  it('follows the locale', () => {
    expect(formatPartialDate('2019-12-24', 'es')).toBe('24 de diciembre de 2019');
    expect(formatPartialDate('2019-12', 'es')).toBe('diciembre de 2019');
    expect(formatPartialDate('2019-12-24', 'en-US')).toBe('December 24, 2019');
  });

  it('does not move the first of the month into the previous one in any time zone', () => {
    expect(formatPartialDate('2020-01-01', 'en-GB')).toBe('1 January 2020');
  });

  it('returns text that is not a partial date unchanged, and survives a bad locale', () => {
    expect(formatPartialDate('late 2019', 'en-GB')).toBe('late 2019');
    expect(formatPartialDate('2019-11', 'not a locale!')).toBe('November 2019');
  });
});
