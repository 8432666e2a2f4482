import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile.ts';
import { createMatcher } from '../../../core/matcher/matcher.ts';
import { PageEvidence, resolveCandidates } from '../../../core/matcher/resolve.ts';
import { entities } from './fixtures.ts';

const matcher = createMatcher(compileMatcher(entities));

/** Resolves a whole page at once: the linked texts with their entity. */
function linked(page: string): string[] {
  const candidates = matcher.findCandidates(page);
  const evidence = new PageEvidence();
  evidence.add(candidates);
  return resolveCandidates(candidates, evidence).map((m) => `${page.slice(m.start, m.end)}=${m.entityId}`);
}

describe('resolveCandidates', () => {
  it('always links strong candidates', () => {
    expect(linked('Senkata')).toEqual(['Senkata=senkata']);
  });

  it('leaves a bare surname plain on a page with no evidence (a baseball page)', () => {
    expect(linked('Morales hit a home run in the ninth. Arce pitched.')).toEqual([]);
  });

  it('links a bare surname when the full name is on the page, before or after it', () => {
    expect(linked('Evo Morales spoke. Later Morales left.')).toEqual([
      'Evo Morales=evo-morales',
      'Morales=evo-morales',
    ]);
    expect(linked('Morales left. It was Evo Morales.')).toEqual([
      'Morales=evo-morales',
      'Evo Morales=evo-morales',
    ]);
  });

  it('links a bare surname on a page that strongly names two other dataset entities', () => {
    expect(linked('In Senkata and Qaqachaka, Morales was blamed.')).toEqual([
      'Senkata=senkata',
      'Qaqachaka=qaqachaka',
      'Morales=evo-morales',
    ]);
    expect(linked('In Senkata, Morales was blamed.')).toEqual(['Senkata=senkata']);
  });

  it('links a weak alias whose own phrase is on a page that names a person, place or event', () => {
    // A report on the GIEI that names only the president.
    expect(
      linked('The Grupo Interdisciplinario de Expertos Independientes (GIEI) met Jeanine Áñez.'),
    ).toEqual([
      'Grupo Interdisciplinario de Expertos Independientes=giei',
      'GIEI=giei',
      'Jeanine Áñez=jeanine-anez',
    ]);
    expect(linked('GIEI: a report on the October 2019 election in Senkata.')).toEqual([
      'October 2019 election=october-2019-election',
      'Senkata=senkata',
    ]);
  });

  it('needs more than a phrase alone or beside an organisation (Mexico’s GIEI, the IACHR)', () => {
    expect(linked('The Grupo Interdisciplinario de Expertos Independientes (GIEI) left Mexico.')).toEqual([]);
    expect(linked('The Interdisciplinary Group of Independent Experts and the MAS. GIEI.')).toEqual([
      'MAS=mas-ipsp',
    ]);
  });

  it('gives a bare surname no such help: one other entity is not enough', () => {
    expect(linked('Decree 4078. Morales.')).toEqual(['Decree 4078=decree-4078']);
  });

  it('does not count weak candidates or the sister as evidence', () => {
    expect(linked('Áñez and Arce met Morales.')).toEqual([]);
    expect(linked('Esther Morales Ayma and Morales.')).toEqual([]);
  });

  it('resolves a shared surname only when exactly one of its entities is named in full', () => {
    expect(linked('Patricia Arce, mayor of Vinto. Arce was attacked.')).toEqual([
      'Patricia Arce=patricia-arce',
      'Arce=patricia-arce',
    ]);
    expect(linked('Luis Arce. Arce.')).toEqual(['Luis Arce=luis-arce', 'Arce=luis-arce']);
    expect(linked('Luis Arce and Patricia Arce. Arce.')).toEqual([
      'Luis Arce=luis-arce',
      'Patricia Arce=patricia-arce',
    ]);
    // Other entities on a page about Bolivia do not resolve which Arce.
    expect(linked('Senkata, Qaqachaka, Evo Morales. Arce.')).toEqual([
      'Senkata=senkata',
      'Qaqachaka=qaqachaka',
      'Evo Morales=evo-morales',
    ]);
  });
});

describe('PageEvidence', () => {
  it('reports growth and bumps its version only when the set of entities changes', () => {
    const evidence = new PageEvidence();
    const first = matcher.findCandidates('Evo Morales');
    expect(evidence.version).toBe(0);
    expect(evidence.add(first)).toBe(true);
    expect(evidence.version).toBe(1);
    expect(evidence.add(matcher.findCandidates('Evo Morales Ayma and Morales'))).toBe(false);
    expect(evidence.version).toBe(1);
    expect(evidence.add(matcher.findCandidates('Arce'))).toBe(false);
    expect(evidence.entityIds()).toEqual(['evo-morales']);
  });

  it('supports chunked scanning: pending weak candidates link once later chunks add evidence', () => {
    const chunks = ['Arce spoke in the morning.', 'Morales answered.', 'Patricia Arce replied.', 'Senkata.'];
    const evidence = new PageEvidence();
    let pending = [] as ReturnType<typeof matcher.findCandidates>;
    const seen: string[] = [];
    for (const chunk of chunks) {
      const candidates = matcher.findCandidates(chunk);
      evidence.add(candidates);
      pending = [...pending, ...candidates.filter((c) => c.weak)];
      seen.push(
        resolveCandidates(pending, evidence)
          .map((m) => m.entityId)
          .join(','),
      );
    }
    expect(seen).toEqual(['', '', 'patricia-arce', 'patricia-arce,evo-morales']);
  });

  it('unlinks a shared surname once both of its entities are named (re-resolve linked ones too)', () => {
    const evidence = new PageEvidence();
    const arce = matcher.findCandidates('Arce');
    evidence.add(matcher.findCandidates('Luis Arce'));
    expect(resolveCandidates(arce, evidence)).toHaveLength(1);
    expect(evidence.add(matcher.findCandidates('Patricia Arce'))).toBe(true);
    expect(resolveCandidates(arce, evidence)).toEqual([]);
  });

  it('bumps its version when a phrase or a non-organisation arrives or leaves, for re-resolution', () => {
    const evidence = new PageEvidence();
    const giei = matcher.findCandidates('GIEI');
    evidence.add(matcher.findCandidates('MAS'));
    expect(resolveCandidates(giei, evidence)).toEqual([]);
    const phrase = matcher.findCandidates('Interdisciplinary Group of Independent Experts');
    const version = evidence.version;
    expect(evidence.add(phrase)).toBe(false);
    expect(evidence.version).toBe(version + 1);
    expect(resolveCandidates(giei, evidence)).toEqual([]);
    const decree = matcher.findCandidates('Decree 4078');
    expect(evidence.add(decree)).toBe(true);
    expect(resolveCandidates(giei, evidence).map((m) => m.entityId)).toEqual(['giei']);
    expect(evidence.remove(decree)).toBe(true);
    expect(resolveCandidates(giei, evidence)).toEqual([]);
    const before = evidence.version;
    expect(evidence.remove(phrase)).toBe(false);
    expect(evidence.version).toBe(before + 1);
    expect(evidence.hasPhrase('giei')).toBe(false);
    expect(evidence.remove(phrase)).toBe(false);
  });

  it('takes back removed text, counting repeated mentions', () => {
    const evidence = new PageEvidence();
    const twice = matcher.findCandidates('Senkata, Senkata');
    evidence.add(twice);
    expect(evidence.remove(twice.slice(0, 1))).toBe(false);
    expect(evidence.has('senkata')).toBe(true);
    expect(evidence.remove(twice.slice(1))).toBe(true);
    expect(evidence.has('senkata')).toBe(false);
  });

  it('merges another evidence and clears', () => {
    const a = new PageEvidence();
    const b = new PageEvidence();
    a.add(matcher.findCandidates('Senkata'));
    b.add(matcher.findCandidates('Qaqachaka, Senkata'));
    b.add(matcher.findCandidates('Grupo Interdisciplinario de Expertos Independientes'));
    expect(a.merge(b)).toBe(true);
    expect(a.entityIds().sort()).toEqual(['qaqachaka', 'senkata']);
    expect(a.hasPhrase('giei')).toBe(true);
    expect(a.situatingSize).toBe(2);
    const version = a.version;
    a.clear();
    expect(a.size).toBe(0);
    expect(a.version).toBe(version + 1);
  });
});
