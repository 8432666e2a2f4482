import { describe, expect, it } from 'vitest';
import { createTranslator, type LocaleMessages } from '../../../core/i18n/ui-strings';
import {
  canRunOn,
  coverageSentence,
  groupByKind,
  mentionSummary,
  plural,
  popupState,
  type TabFacts,
} from '../../../core/popup/popup-view';
import type { EntityKind } from '../../../core/schema';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';

const tEn = createTranslator(en as LocaleMessages);
const tEs = createTranslator(es as LocaleMessages);

describe('plural wording', () => {
  it('says "1 mention" and "1 mención", never "1 mentions" or "1 menciones"', () => {
    expect(plural(tEn, 'en', 1, 'popupPanelMentionsOne', 'popupPanelMentionsOther')).toBe('1 mention');
    expect(plural(tEn, 'en', 0, 'popupPanelMentionsOne', 'popupPanelMentionsOther')).toBe('0 mentions');
    expect(plural(tEs, 'es', 1, 'popupPanelMentionsOne', 'popupPanelMentionsOther')).toBe('1 mención');
    expect(plural(tEs, 'es', 2, 'popupPanelMentionsOne', 'popupPanelMentionsOther')).toBe('2 menciones');
  });

  it('writes large counts the locale’s way', () => {
    expect(plural(tEn, 'en', 12000, 'popupPanelMentionsOne', 'popupPanelMentionsOther')).toBe(
      '12,000 mentions',
    );
  });

  it('sums the mentions and counts the entities, each with its own plural', () => {
    const one = [{ entityId: 'senkata', count: 1 }];
    const several = [
      { entityId: 'evo-morales', count: 4 },
      { entityId: 'senkata', count: 2 },
    ];
    expect(mentionSummary(tEn, 'en', one)).toBe('1 mention of 1 entity');
    expect(mentionSummary(tEn, 'en', several)).toBe('6 mentions of 2 entities');
    expect(mentionSummary(tEs, 'es', one)).toBe('1 mención de 1 entidad');
    expect(mentionSummary(tEs, 'es', several)).toBe('6 menciones de 2 entidades');
  });
});

describe('grouping by kind', () => {
  const kinds: Record<string, EntityKind> = {
    'evo-morales': 'person',
    senkata: 'place',
    'decree-4078': 'law',
    'jeanine-anez': 'person',
  };

  it('lists kinds in a fixed order and keeps each group’s order; unknown entities are left out', () => {
    const counts = [
      { entityId: 'senkata', count: 5 },
      { entityId: 'evo-morales', count: 4 },
      { entityId: 'decree-4078', count: 3 },
      { entityId: 'jeanine-anez', count: 2 },
      { entityId: 'gone-from-the-dataset', count: 1 },
    ];
    const groups = groupByKind(counts, (id) => kinds[id]);
    expect(groups.map((group) => [group.kind, group.entries.map((entry) => entry.entityId)])).toEqual([
      ['person', ['evo-morales', 'jeanine-anez']],
      ['place', ['senkata']],
      ['law', ['decree-4078']],
    ]);
  });
});

describe('what the dataset covers', () => {
  const entities = (counts: Partial<Record<EntityKind, number>>) =>
    Object.entries(counts).flatMap(([kind, count]) =>
      Array.from({ length: count ?? 0 }, () => ({ kind: kind as EntityKind })),
    );
  const sources = [{ published: '2019-12' }, { published: '2025-06-17' }, { published: '2019' }];

  it('counts entities by kind, with plurals, over the years of its sources', () => {
    const dataset = { entities: entities({ person: 23, place: 1, law: 2 }), sources };
    expect(coverageSentence(tEn, 'en', dataset)).toBe(
      "Glosa's dataset covers Bolivian politics 2019–2025: 23 people, 1 place, and 2 laws.",
    );
    expect(coverageSentence(tEs, 'es', dataset)).toBe(
      'El conjunto de datos de Glosa cubre la política boliviana de 2019 a 2025: 23 personas, 1 lugar y 2 leyes.',
    );
  });

  it('names one year when every source is from it, and none when no source is dated', () => {
    const dataset = { entities: entities({ person: 1 }), sources: [{ published: '2019-11' }] };
    expect(coverageSentence(tEn, 'en', dataset)).toBe(
      "Glosa's dataset covers Bolivian politics in 2019: 1 person.",
    );
    expect(coverageSentence(tEn, 'en', { ...dataset, sources: [] })).toBe(
      "Glosa's dataset covers Bolivian politics: 1 person.",
    );
  });
});

describe('the popup’s state', () => {
  const facts: TabFacts = {
    url: 'https://news.example/article',
    loading: false,
    status: { text: true },
    siteEnabled: true,
    paused: false,
    counts: [{ entityId: 'senkata', count: 2 }],
  };

  it('knows the pages content scripts cannot reach', () => {
    expect(canRunOn(undefined)).toBe(false);
    expect(canRunOn('chrome://extensions/')).toBe(false);
    expect(canRunOn('chrome-extension://abc/popup.html')).toBe(false);
    expect(canRunOn('file:///home/me/article.html')).toBe(false);
    expect(canRunOn('https://chromewebstore.google.com/detail/x')).toBe(false);
    expect(canRunOn('https://chrome.google.com/webstore/detail/x')).toBe(false);
    expect(canRunOn('https://chrome.google.com/search')).toBe(true);
    expect(canRunOn('http://localhost:4173/a.html')).toBe(true);
  });

  it('decides restricted, paused, site off, reload, looking, no mentions and mentions, in that order', () => {
    expect(popupState(facts)).toBe('mentions');
    expect(popupState({ ...facts, url: undefined })).toBe('restricted');
    expect(popupState({ ...facts, url: 'chrome://newtab/', paused: true })).toBe('restricted');
    expect(popupState({ ...facts, paused: true, status: null })).toBe('paused');
    expect(popupState({ ...facts, siteEnabled: false })).toBe('site-off');
    expect(popupState({ ...facts, status: null })).toBe('reload');
    expect(popupState({ ...facts, status: null, loading: true })).toBe('looking');
    expect(popupState({ ...facts, status: undefined })).toBe('looking');
    expect(popupState({ ...facts, counts: null })).toBe('looking');
    expect(popupState({ ...facts, counts: [] })).toBe('no-mentions');
    expect(popupState({ ...facts, status: { text: false }, counts: null })).toBe('no-mentions');
  });
});
