/**
 * The hostile pages count their planted mentions; that count is only right if the filler
 * around them names nothing in the real dataset and every planted name links on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile.ts';
import { createMatcher } from '../../../core/matcher/matcher.ts';
import { bilingualEntitySchema } from '../../../core/schema.ts';
import { fillerWords, plantedNames } from '../../../scripts/hostile-pages.ts';

const entityDir = join(import.meta.dirname, '..', '..', '..', 'data', 'entities');
const matcher = createMatcher(
  compileMatcher(
    readdirSync(entityDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => bilingualEntitySchema.parse(JSON.parse(readFileSync(join(entityDir, name), 'utf8')))),
  ),
);

describe('hostile pages', () => {
  it('fill with words that name nothing in the dataset', () => {
    const words = `${fillerWords} one river town market day and by the at level Update`;
    expect(matcher.findCandidates(words)).toEqual([]);
  });

  it('fill with words the prefilter rules out, so runs of their paragraphs are skipped unwalked', () => {
    // An anchor of one letter (`d` of `D.S. 4078`) once let every run through.
    expect(matcher.mayMatchWithin(`one 12 river town market day${fillerWords}`)).toBe(false);
    for (const name of plantedNames) expect(matcher.mayMatchWithin(`day${name} and 13`)).toBe(true);
  });

  it('plant names that each link without evidence from the page', () => {
    for (const name of plantedNames) {
      const candidates = matcher.findCandidates(`${fillerWords} ${name} ${fillerWords}`);
      expect(candidates.map((candidate) => [candidate.aliasId, candidate.weak])).toEqual([[name, false]]);
    }
  });
});
