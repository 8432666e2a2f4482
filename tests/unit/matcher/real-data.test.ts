/**
 * The real curated entities against the archived sources: phrases a reader sees in the four
 * articles, and the near-misses they contain. Reads data/ with node fs, as the build does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile.ts';
import { createMatcher } from '../../../core/matcher/matcher.ts';
import { PageEvidence, resolveCandidates } from '../../../core/matcher/resolve.ts';
import { bilingualEntitySchema } from '../../../core/schema.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const entityDir = join(root, 'data', 'entities');
const sourceDir = join(root, 'data', 'sources');
const hasData = existsSync(entityDir) && readdirSync(entityDir).some((name) => name.endsWith('.json'));

function readSource(id: string): string {
  return readFileSync(join(sourceDir, `${id}.txt`), 'utf8');
}

describe.skipIf(!hasData)('matcher with the real dataset', () => {
  const entities = hasData
    ? readdirSync(entityDir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => bilingualEntitySchema.parse(JSON.parse(readFileSync(join(entityDir, name), 'utf8'))))
    : [];
  const matcher = createMatcher(compileMatcher(entities));

  /** Every linked mention on a page, as `text=entity`. */
  function page(text: string): string[] {
    const candidates = matcher.findCandidates(text);
    const evidence = new PageEvidence();
    evidence.add(candidates);
    return resolveCandidates(candidates, evidence).map((m) => `${text.slice(m.start, m.end)}=${m.entityId}`);
  }

  it('finds the names and forms the sources use', () => {
    const left = page(readSource('left-on-the-move-coup-2019'));
    expect(left).toContain('Jeanine Áñez=jeanine-anez');
    expect(left).toContain('Decree No. 4,078=decree-4078');
    expect(left).toContain('Áñez=jeanine-anez');
    expect(left).toContain('Carlos Mesa=carlos-mesa');
    const grayzone = page(readSource('grayzone-chapare-2019'));
    expect(grayzone).toContain('Evo Morales=evo-morales');
    expect(grayzone).toContain('MAS=mas-ipsp');
  });

  it('keeps the sources’ near-misses apart', () => {
    const all = readdirSync(sourceDir)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => page(readFileSync(join(sourceDir, name), 'utf8')));
    expect(all).toContain('Esther Morales Ayma=esther-morales-ayma');
    expect(all).toContain('Patricia Arce=patricia-arce');
    expect(
      all.filter((m) => m.startsWith('Esther') || m.startsWith('Patricia')).every((m) => !/evo|luis/.test(m)),
    ).toBe(true);
  });

  it('leaves Spanish words, other decrees and a baseball page plain', () => {
    expect(
      page('Hay más de cien heridos. Mas la mesa de diálogo no se instaló. Decreto Supremo 4100.'),
    ).toEqual([]);
    expect(page('Morales hit a home run; Arce and Mesa pitched. Evoluciones.')).toEqual([]);
  });
});
