import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile.ts';
import { createMatcher } from '../../../core/matcher/matcher.ts';
import { foldKey, isWordAt, isWordBefore } from '../../../core/text/fold.ts';
import { entities } from './fixtures.ts';

const compiled = compileMatcher(entities);
const matcher = createMatcher(compiled);

/** What a reader would see: each candidate's text, alias and entities. */
function found(text: string) {
  return matcher.findCandidates(text).map((c) => ({
    text: text.slice(c.start, c.end),
    alias: c.aliasId,
    ids: c.entityIds.join(','),
    weak: c.weak,
  }));
}

const texts = (text: string) => found(text).map((c) => c.text);

describe('compileMatcher', () => {
  it('is plain JSON that survives a round trip unchanged', () => {
    const copy = JSON.parse(JSON.stringify(compiled));
    expect(copy).toEqual(compiled);
    expect(createMatcher(copy).findCandidates('Evo Morales')).toEqual(matcher.findCandidates('Evo Morales'));
  });

  it('merges a needsContext alias shared by two entities into one ambiguous entry', () => {
    const arce = compiled.aliases.filter(([key]) => key === 'arce');
    expect(arce).toHaveLength(1);
    expect(arce[0]?.[2].map((i) => compiled.entityIds[i])).toEqual(['luis-arce', 'patricia-arce']);
  });

  it('does not depend on the order of the entities', () => {
    expect(compileMatcher([...entities].reverse())).toEqual(compiled);
  });
});

describe('findCandidates', () => {
  it('reports offsets into the original text and the alias as written in the entity file', () => {
    const text = 'Ayer, Jeanine Anez habló.';
    expect(matcher.findCandidates(text)).toEqual([
      {
        start: 6,
        end: 18,
        entityIds: ['jeanine-anez'],
        aliasId: 'Jeanine Áñez',
        weak: false,
        organisation: false,
      },
    ]);
  });

  it('folds diacritics both ways: Áñez, Anez, Añez', () => {
    for (const name of ['Áñez', 'Anez', 'Añez', 'ÁÑEZ', 'A\u0301n\u0303ez']) {
      expect(found(`la presidenta ${name} dijo`)).toEqual([
        { text: name, alias: 'Áñez', ids: 'jeanine-anez', weak: true },
      ]);
    }
  });

  it('uses Unicode word boundaries', () => {
    expect(texts('Evoluciones y revoluciones')).toEqual([]);
    expect(texts('Senkataño Qaqachakas')).toEqual([]);
    expect(texts('(Áñez)')).toEqual(['Áñez']);
    expect(texts('xÁñez Áñezx Áñez2 2Áñez')).toEqual([]);
    expect(texts('Decree 40781 and Decree 14078')).toEqual([]);
  });

  it('matches across NBSP, thin spaces and line breaks inside a name', () => {
    expect(texts('Evo\u00a0Morales, Evo\nMorales, Evo \r\n  Morales, Jeanine\u2009Áñez')).toEqual([
      'Evo\u00a0Morales',
      'Evo\nMorales',
      'Evo \r\n  Morales',
      'Jeanine\u2009Áñez',
    ]);
  });

  it('matches before typographic apostrophes', () => {
    expect(found('Morales’s government and Evo Morales’ base')).toEqual([
      { text: 'Morales', alias: 'Morales', ids: 'evo-morales', weak: true },
      { text: 'Evo Morales', alias: 'Evo Morales', ids: 'evo-morales', weak: false },
    ]);
  });

  it('is leftmost-longest: a full name wins over the surname inside it', () => {
    expect(found('Evo Morales Ayma resigned')).toEqual([
      { text: 'Evo Morales Ayma', alias: 'Evo Morales Ayma', ids: 'evo-morales', weak: false },
    ]);
    expect(texts('Evo Morales Aymara')).toEqual(['Evo Morales']);
    expect(texts('the Decreto Supremo 4078 of 2019')).toEqual(['Decreto Supremo 4078']);
    expect(texts('the Supreme Decree 4078')).toEqual(['Supreme Decree 4078']);
  });

  it('lets an exclusion swallow its span: the sister is not Evo Morales', () => {
    expect(texts('Esther Morales Ayma, sister of Evo Morales')).toEqual(['Evo Morales']);
    expect(texts('Ester Morales Ayma was arrested')).toEqual([]);
    expect(texts('ESTHER  MORALES\nAYMA')).toEqual([]);
    // A near-miss that is not in the exclusions reads as another person's full name (other-person.ts).
    expect(texts('Esthera Morales')).toEqual([]);
  });

  it('lets a phrase excluded for one entity still name the entity it belongs to', () => {
    const sisters = createMatcher(
      compileMatcher([
        ...entities,
        {
          id: 'esther-morales-ayma',
          kind: 'person',
          name: 'Esther Morales Ayma',
          description: 'Sister.',
          aliases: [{ text: 'Esther Morales Ayma' }],
        },
      ]),
    );
    const text = 'the house of Esther Morales Ayma, Evo Morales’s sister';
    expect(
      sisters.findCandidates(text).map((c) => `${text.slice(c.start, c.end)}=${c.entityIds.join()}`),
    ).toEqual(['Esther Morales Ayma=esther-morales-ayma', 'Evo Morales=evo-morales']);
    // A shorter alias of someone else inside an excluded span still wins over the exclusion.
    const short = createMatcher(
      compileMatcher([
        ...entities,
        {
          id: 'esther-morales-ayma',
          kind: 'person',
          name: 'Esther Morales Ayma',
          description: 'Sister.',
          aliases: [{ text: 'Esther' }],
        },
      ]),
    );
    expect(short.findCandidates('Esther Morales Ayma').map((c) => c.aliasId)).toEqual(['Esther']);
  });

  describe('an exclusion that covers its alias blocks it, wherever the exclusion starts', () => {
    const tropics = createMatcher(
      compileMatcher([
        {
          id: 'chapare',
          kind: 'place',
          name: 'Chapare',
          description: 'Coca-growing region.',
          aliases: [
            { text: 'Chapare' },
            { text: 'Tropic of Cochabamba' },
            { text: 'Tropic', caseSensitive: true, needsContext: true, exclude: ['Tropic of Capricorn'] },
            {
              text: 'Trópico',
              caseSensitive: true,
              needsContext: true,
              exclude: ['Trópico de Capricornio', 'Trópico de Cáncer'],
            },
          ],
        },
        {
          id: 'potosi-department',
          kind: 'place',
          name: 'Potosí department',
          description: 'Department.',
          aliases: [{ text: 'Potosí', exclude: ['San Luis Potosí', 'Potosí city'] }],
        },
        {
          id: 'potosi',
          kind: 'place',
          name: 'Potosí (city)',
          description: 'City.',
          aliases: [{ text: 'Potosí city' }],
        },
      ]),
    );
    const linked = (text: string) =>
      tropics.findCandidates(text).map((c) => `${text.slice(c.start, c.end)}=${c.entityIds.join()}`);

    it('starting where the alias starts, in English', () => {
      expect(linked('salt flats near the Tropic of Capricorn')).toEqual([]);
      expect(linked('near the TROPIC OF CAPRICORN, far from the Tropic')).toEqual(['Tropic=chapare']);
      // Only the excluded phrase: the alias alone, or a longer alias, still links.
      expect(linked('coca growers of the Tropic of Cochabamba')).toEqual(['Tropic of Cochabamba=chapare']);
      expect(linked('the Tropic of Capricornia')).toEqual(['Tropic=chapare']);
    });

    it('starting where the alias starts, in Spanish', () => {
      expect(linked('salares situados en torno al Trópico de Capricornio, con métodos')).toEqual([]);
      expect(linked('el Trópico de Cáncer; los cocaleros del Trópico')).toEqual(['Trópico=chapare']);
      expect(linked('cerca del trópico de capricornio y del Trópico')).toEqual(['Trópico=chapare']);
    });

    it('starting before the alias', () => {
      expect(linked('San Luis Potosí, Mexico; Potosí, Bolivia')).toEqual(['Potosí=potosi-department']);
    });

    it('and never another alias that the exclusion names', () => {
      expect(linked('en Potosí city y en Potosí')).toEqual([
        'Potosí city=potosi',
        'Potosí=potosi-department',
      ]);
    });
  });

  it('handles letters outside the Basic Multilingual Plane as word characters', () => {
    const math = createMatcher(
      compileMatcher([
        { id: 'x', kind: 'place', name: 'X', description: 'x', aliases: [{ text: 'Senkata' }] },
      ]),
    );
    expect(math.findCandidates('𝐀Senkata Senkata𝐀 😀Senkata😀').map((c) => [c.start, c.end])).toEqual([
      [22, 29],
    ]);
  });

  it('checks case-sensitive aliases against the original letters', () => {
    expect(found('The MAS won.')).toEqual([{ text: 'MAS', alias: 'MAS', ids: 'mas-ipsp', weak: false }]);
    expect(texts('más de cien. Mas no dijo nada. MÁS. mas. MA\u0301S')).toEqual([]);
    expect(texts('el MAS-IPSP')).toEqual(['MAS']);
  });

  it('keeps the Spanish noun apart from the surname Mesa', () => {
    expect(texts('la mesa de diálogo')).toEqual([]);
    expect(texts('Mesa dijo; Carlos Mesa')).toEqual(['Mesa', 'Carlos Mesa']);
    expect(texts('MESA')).toEqual([]);
  });

  it('matches number forms of the decree only inside its aliases', () => {
    expect(texts('Decree No. 4,078, Decree No. 4.078, Decree No. 4078 and D.S. 4078')).toEqual([
      'Decree No. 4,078',
      'Decree No. 4.078',
      'Decree No. 4078',
      'D.S. 4078',
    ]);
    expect(texts('Decreto Supremo 4100, Decree 4079, D.S. 4077, Decree No. 4,0781')).toEqual([]);
    expect(texts('4078 and 4,078 alone')).toEqual([]);
    expect(texts('Decree\u00a04\u202f078')).toEqual(['Decree\u00a04\u202f078']);
  });

  it('marks shared surnames as weak and names every entity sharing them', () => {
    expect(found('Patricia Arce and Arce')).toEqual([
      { text: 'Patricia Arce', alias: 'Patricia Arce', ids: 'patricia-arce', weak: false },
      { text: 'Arce', alias: 'Arce', ids: 'luis-arce,patricia-arce', weak: true },
    ]);
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(matcher.findCandidates('')).toEqual([]);
    expect(matcher.findCandidates('   ')).toEqual([]);
    expect(createMatcher(compileMatcher([])).findCandidates('Evo Morales')).toEqual([]);
  });
});

describe('another person’s given name', () => {
  it('drops a person’s bare surname or given name after someone else’s given name', () => {
    expect(texts('the striker Kevin Morales scored')).toEqual([]);
    expect(texts('el delantero Diego Morales marcó')).toEqual([]);
    expect(texts('a new Lancer Evo for the rally')).toEqual([]);
    expect(texts('President Morales and Kevin Arce')).toEqual(['Morales']);
  });

  it('keeps organisations after hyphenated compounds and country names, in English and Spanish', () => {
    expect(found('the UN-appointed Interdisciplinary Group of Independent Experts said')).toEqual([
      {
        text: 'Interdisciplinary Group of Independent Experts',
        alias: 'Interdisciplinary Group of Independent Experts',
        ids: 'giei',
        weak: true,
      },
    ]);
    expect(texts('the Bolivia Interdisciplinary Group of Independent Experts found')).toEqual([
      'Interdisciplinary Group of Independent Experts',
    ]);
    expect(texts('the UN-appointed Grupo Interdisciplinario de Expertos Independientes (GIEI)')).toEqual([
      'Grupo Interdisciplinario de Expertos Independientes',
      'GIEI',
    ]);
    expect(texts('el CIDH-designado Grupo Interdisciplinario de Expertos Independientes')).toEqual([
      'Grupo Interdisciplinario de Expertos Independientes',
    ]);
    expect(texts('el informe del Bolivia Grupo Interdisciplinario de Expertos Independientes')).toEqual([
      'Grupo Interdisciplinario de Expertos Independientes',
    ]);
    expect(texts('la ONU y el Alto Comisionado GIEI')).toEqual(['GIEI']);
  });

  it('keeps places and events after capitalised words, in English and Spanish', () => {
    expect(texts('coca growers of the Cochabamba Trópico marched')).toEqual(['Trópico']);
    expect(texts('los cocaleros del Cochabamba Trópico marcharon')).toEqual(['Trópico']);
    expect(texts('after the disputed Bolivia October 2019 election')).toEqual(['October 2019 election']);
    expect(texts('tras las cuestionadas Bolivia elecciones de octubre de 2019')).toEqual([
      'elecciones de octubre de 2019',
    ]);
    expect(texts('the pre-Election October 2019 election audit')).toEqual(['October 2019 election']);
  });
});

describe('findCandidates properties', () => {
  const aliasTexts = entities.flatMap((e) => e.aliases.map((a) => a.text));
  const keyByAlias = new Map(
    entities.flatMap((e) => e.aliases.map((a) => [a.text, foldKey(a.text)] as const)),
  );
  const piece = fc.oneof(
    fc.constantFrom(
      ...aliasTexts,
      'Esther Morales Ayma',
      'más',
      'mesa',
      'Evoluciones',
      '4,078',
      'Decreto Supremo 4100',
    ),
    fc.constantFrom(' ', '\u00a0', '\n', ', ', '’s ', '-', '.', 'x', 'Á'),
    fc.string({ maxLength: 4 }),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );

  it('slices back to text whose fold is the alias’s fold; sorted, without overlaps', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let previousEnd = 0;
        for (const candidate of matcher.findCandidates(text)) {
          expect(candidate.start).toBeGreaterThanOrEqual(previousEnd);
          expect(candidate.end).toBeGreaterThan(candidate.start);
          expect(candidate.end).toBeLessThanOrEqual(text.length);
          expect(foldKey(text.slice(candidate.start, candidate.end))).toBe(keyByAlias.get(candidate.aliasId));
          previousEnd = candidate.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('starts and ends every candidate at a word boundary of the original text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        // A stray combining mark belongs to no letter in the folded text; boundaries there are moot.
        fc.pre(!/\p{M}/u.test(text));
        for (const candidate of matcher.findCandidates(text)) {
          expect(isWordBefore(text, candidate.start)).toBe(false);
          expect(isWordAt(text, candidate.end)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
