import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MatchKind,
  minInfixLength,
  prefixDistance,
  Vocabulary,
} from '../../../core/highlights/vocabulary.ts';

/** Every word checked one by one, as the engine did before the vocabulary was joined and walked as a trie. */
function plainMatch(words: readonly string[], term: string, typos: number): [string, MatchKind][] {
  const matches: [string, MatchKind][] = [];
  for (const word of words) {
    let kind: MatchKind | undefined;
    if (word === term) kind = 'exact';
    else if (word.startsWith(term)) kind = 'prefix';
    else if (term.length >= minInfixLength && word.includes(term)) kind = 'infix';
    else if (typos > 0 && word.length + typos >= term.length && prefixDistance(term, word, typos) <= typos)
      kind = 'typo';
    if (kind) matches.push([word, kind]);
  }
  return matches;
}

const matched = (vocabulary: Vocabulary, found: { words: number[]; kinds: Map<string, MatchKind> }) =>
  found.words.map((i) => {
    const word = vocabulary.words[i] as string;
    return [word, found.kinds.get(word)] as [string, MatchKind];
  });

// A small alphabet, so that words share prefixes and near-misses are common; one letter
// outside the basic plane, whose two halves must not be split.
const letter = fc.constantFrom('a', 'b', 'c', 'n', 'o', 'á', '𝒶');
const word = fc.array(letter, { minLength: 1, maxLength: 9 }).map((letters) => letters.join(''));
const vocabulary = fc.uniqueArray(word, { minLength: 1, maxLength: 120 }).map((words) => [...words].sort());

describe('Vocabulary', () => {
  it('finds the same words, matched the same way, as checking every word', () => {
    fc.assert(
      fc.property(vocabulary, word, fc.integer({ min: 0, max: 2 }), (words, term, typos) => {
        const index = new Vocabulary(words);
        const found = index.match(term, typos);
        // Shorter terms are only looked for at the start of words (their own branch).
        const expected =
          term.length < minInfixLength
            ? plainMatch(words, term, typos).filter(([candidate]) => candidate.startsWith(term))
            : plainMatch(words, term, typos);
        expect(matched(index, found)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('re-checks only the words a shorter form matched, when given them', () => {
    fc.assert(
      fc.property(vocabulary, word, letter, (words, stem, next) => {
        fc.pre(stem.length >= minInfixLength);
        const index = new Vocabulary(words);
        const shorter = index.match(stem, 1);
        const longer = `${stem}${next}`;
        expect(matched(index, index.match(longer, 1, shorter.words))).toEqual(
          matched(index, index.match(longer, 1)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('names how each word matched', () => {
    const index = new Vocabulary(['morales', 'moralse', 'senkata', 'xmora'].sort());
    expect(matched(index, index.match('morales', 2))).toEqual([
      ['morales', 'exact'],
      ['moralse', 'typo'],
    ]);
    expect(matched(index, index.match('mora', 1))).toEqual([
      ['morales', 'prefix'],
      ['moralse', 'prefix'],
      ['xmora', 'infix'],
    ]);
  });
});
