import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cheapOrder,
  fuseRanked,
  HighlightSearch,
  markedParts,
  prefixDistance,
  type SearchDocument,
  type SearchHit,
} from '../../../core/highlights/search.ts';

function doc(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return { id, quote: '', note: '', tags: [], title: '', site: '', entities: [], ...fields };
}

const longQuote = `${'The delegation listened to the testimony of the families for several hours. '.repeat(12)}Only at the very end did the commander mention the helicopters over Senkata.`;

const documents: SearchDocument[] = [
  doc('senkata', { quote: longQuote, title: 'What happened in El Alto', site: 'elpais.com' }),
  doc('decree', {
    quote: 'Supreme Decree 4078 exempted the armed forces from criminal responsibility.',
    note: 'Compare with the IACHR report on impunity.',
    tags: ['decree', 'impunity'],
    entities: ['Decree 4078'],
  }),
  doc('bolivar', {
    quote: 'La plaza Bolívar estaba llena.',
    note: 'Contrastar con la versión policial de Añez.',
    title: 'Crónica de La Paz',
    site: 'paginasiete.bo',
  }),
  doc('mining', {
    quote: 'Cooperative miners blocked the road for three days.',
    note: 'Possible source for the chapter on lithium and mining conflicts.',
    tags: ['mining'],
  }),
  doc('baseball', { quote: 'Morales hit a two-run homer in the ninth.', site: 'mlb.com' }),
];

const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);

function markedText(engine: HighlightSearch, query: string, id: string, field: keyof SearchDocument) {
  const hit = engine.search(query).hits.find((candidate) => candidate.id === id);
  const document = documents.find((candidate) => candidate.id === id) as SearchDocument;
  const text = String(document[field]);
  const ranges = hit?.marks.filter((mark) => mark.field === field).flatMap((mark) => mark.ranges) ?? [];
  return ranges.map(([start, end]) => text.slice(start, end));
}

describe('HighlightSearch', () => {
  const engine = new HighlightSearch(documents);

  it('finds a word deep inside a long quote (ignoreLocation)', () => {
    expect(ids(engine.search('senkata').hits)).toEqual(['senkata']);
    expect(markedText(engine, 'senkata', 'senkata', 'quote')).toEqual(['Senkata']);
  });

  it('tolerates typos in a note, through the word index and not a full scan', () => {
    const result = new HighlightSearch(documents).search('lithum');
    expect(ids(result.hits)).toEqual(['mining']);
    expect(result.strategy).toBe('candidates');
    expect(ids(new HighlightSearch(documents).search('minnig').hits)).toContain('mining');
  });

  it('folds accents both ways, and marks the original characters', () => {
    expect(ids(new HighlightSearch(documents).search('bolivar').hits)).toEqual(['bolivar']);
    expect(ids(new HighlightSearch(documents).search('AÑEZ').hits)).toEqual(['bolivar']);
    expect(markedText(new HighlightSearch(documents), 'anez', 'bolivar', 'note')).toEqual(['Añez']);
    expect(markedText(new HighlightSearch(documents), 'bolivar', 'bolivar', 'quote')).toEqual(['Bolívar']);
  });

  it('requires every word, each in any field', () => {
    const fresh = new HighlightSearch(documents);
    expect(ids(fresh.search('iachr impunity').hits)).toEqual(['decree']);
    expect(ids(fresh.search('decree elpais').hits)).toEqual([]);
  });

  it('searches tags, entity names, titles and sites, and marks the item matched', () => {
    const fresh = new HighlightSearch(documents);
    const hit = fresh.search('4078').hits.find((candidate) => candidate.id === 'decree');
    expect(hit?.marks.some((mark) => mark.field === 'entities' && mark.item === 0)).toBe(true);
    expect(ids(fresh.search('paginasiete').hits)).toEqual(['bolivar']);
    expect(ids(fresh.search('cronica').hits)).toEqual(['bolivar']);
    expect(ids(fresh.search('impunity').hits)).toEqual(['decree']);
  });

  it('gives the same hits typed letter by letter as pasted at once', () => {
    const typed = new HighlightSearch(documents);
    let last: SearchHit[] = [];
    for (const prefix of ['m', 'mi', 'min', 'mini', 'minin', 'mining']) last = typed.search(prefix).hits;
    expect(ids(last).sort()).toEqual(ids(new HighlightSearch(documents).search('mining').hits).sort());
  });

  it('falls back to Fuse’s own scan for a word the index never saw, so Fuse’s finds are kept', () => {
    const result = new HighlightSearch(documents).search('tworun');
    expect(result.strategy).toBe('fallback');
    expect(ids(result.hits)).toEqual(['baseball']);
  });

  it('lists every highlight for an empty query, and a one-letter query by word prefix', () => {
    expect(ids(engine.search('  ').hits)).toEqual(documents.map((document) => document.id));
    const one = new HighlightSearch(documents).search('h');
    expect(one.strategy).toBe('prefix-only');
    expect(ids(one.hits)).toEqual(['senkata', 'baseball']);
  });

  it('asks Fuse to rank only the best candidates of a broad query, and keeps every hit', () => {
    const many = Array.from({ length: fuseRanked + 100 }, (_, i) =>
      doc(`d${i}`, { quote: i === 120 ? 'the protest' : `the item ${i}`, note: i === 120 ? '' : 'protests' }),
    );
    const result = new HighlightSearch(many).search('protest');
    expect(result.scored).toBe(fuseRanked);
    expect(result.hits).toHaveLength(many.length);
    // Fuse ranks first; the rest follow. An exact word in the quote is among those Fuse
    // ranks, though 120 records come before it in library order.
    expect(result.hits.slice(0, fuseRanked).every((hit) => hit.score < 1)).toBe(true);
    expect(result.hits.slice(fuseRanked).every((hit) => hit.score === 1)).toBe(true);
    const exact = result.hits.findIndex((hit) => hit.id === 'd120');
    expect(exact).toBeLessThan(fuseRanked);
    expect(result.hits[exact]?.marks).toEqual([{ field: 'quote', item: 0, ranges: [[4, 11]] }]);
  });
});

describe('HighlightSearch, asked for the hits the list shows', () => {
  const many = Array.from({ length: fuseRanked + 60 }, (_, i) =>
    doc(`d${i}`, {
      quote: i % 7 === 0 ? 'the protest at the plaza' : `the item ${i} of the protests`,
      note: i % 5 === 0 ? 'tworun homer' : 'protests and marches',
      tags: i % 3 === 0 ? ['plaza'] : [],
    }),
  );
  const keep = (id: string) => Number(id.slice(1)) % 2 === 0;

  it('keeps exactly the hits of the whole answer that pass, in its order, up to the limit', () => {
    const engine = new HighlightSearch(many);
    // Broad, one letter, an empty query, a word Fuse alone finds, and a miss.
    for (const query of ['protest', 'p', '', 'tworunhomer', 'plaza protest', 'zzz']) {
      const whole = engine.search(query).hits.filter((hit) => keep(hit.id));
      for (const limit of [0, 5, fuseRanked + 3, 10_000]) {
        const shown = new HighlightSearch(many).search(query, { limit, keep });
        expect(shown.hits).toEqual(whole.slice(0, limit));
        expect(shown.total).toBe(whole.length);
      }
    }
  });
});

describe('cheapOrder', () => {
  it('orders candidates by their summed score, best first, then by record, as a comparator sort does', () => {
    const weight = fc.constantFrom(0, 0.125, 0.15, 0.3, 0.375, 0.4, 0.5, 0.6, 0.75, 0.8, 1);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 21 - 1 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(weight, { minLength: 900, maxLength: 900 }),
        (records, words, weights) => {
          const candidates = Uint32Array.from(records).sort();
          const matches = Array.from({ length: words }, (_, w) => {
            const recordScores = new Float32Array(2 ** 21);
            candidates.forEach((record, i) => {
              recordScores[record] = weights[(i * 3 + w) % weights.length] as number;
            });
            return { recordScores };
          });
          const score = (record: number) =>
            Math.fround(matches.reduce((sum, match) => sum + (match.recordScores[record] as number), 0));
          const expected = [...candidates].sort((a, b) => score(b) - score(a) || a - b);
          expect([...cheapOrder(candidates, matches)]).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('keeps that order past two million records, where the packed key would lose the index', () => {
    const far = 2 ** 21;
    const candidates = Uint32Array.from([3, far - 1, far, far + 2]);
    const recordScores = new Float32Array(far + 3);
    recordScores[3] = 0.5;
    recordScores[far - 1] = 0.8;
    recordScores[far] = 0.5;
    recordScores[far + 2] = 0.8;
    expect([...cheapOrder(candidates, [{ recordScores }])]).toEqual([far - 1, far + 2, 3, far]);
  });
});

describe('prefixDistance', () => {
  it('is the edit distance to the closest prefix, capped past the limit', () => {
    expect(prefixDistance('senk', 'senkata', 1)).toBe(0);
    expect(prefixDistance('senkta', 'senkata', 2)).toBe(1);
    expect(prefixDistance('moarles', 'morales', 2)).toBe(2);
    expect(prefixDistance('moralse', 'morales', 2)).toBe(1);
    expect(prefixDistance('xyz', 'morales', 1)).toBe(2);
  });
});

describe('markedParts', () => {
  it('splits a text into plain and marked parts, merging overlaps', () => {
    expect(
      markedParts('Evo Morales spoke', [
        [4, 8],
        [6, 11],
      ]),
    ).toEqual([
      { text: 'Evo ', marked: false },
      { text: 'Morales', marked: true },
      { text: ' spoke', marked: false },
    ]);
  });
});
