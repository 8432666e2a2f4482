/**
 * A long text node is matched in stretches (`findCandidatesIn`), so that one slice of the
 * content script never holds a 10 MB string's whole scan. Stretch by stretch, the matcher
 * must find exactly what one pass over the whole text finds, wherever the cuts fall: inside
 * a name, an exclusion, a space run, a digit group, a surrogate pair or a run of characters
 * the fold drops.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile.ts';
import { type Candidate, createMatcher } from '../../../core/matcher/matcher.ts';
import { entities } from './fixtures.ts';
import { textPiece } from './text-pieces.ts';

const matcher = createMatcher(compileMatcher(entities));

function chunked(text: string, size: number): Candidate[] {
  const found: Candidate[] = [];
  for (let from = 0; from < text.length; ) {
    const { candidates, next } = matcher.findCandidatesIn(text, from, from + size);
    expect(next).toBeGreaterThan(from);
    found.push(...candidates);
    from = next;
  }
  return found;
}

describe('findCandidatesIn', () => {
  it('finds, stretch by stretch, exactly what one pass over the whole text finds', () => {
    fc.assert(
      fc.property(fc.array(textPiece, { maxLength: 40 }), fc.integer({ min: 1, max: 40 }), (parts, size) => {
        const text = parts.join('');
        expect(chunked(text, size)).toEqual(matcher.findCandidates(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('continues a name cut by the end of a stretch, and reports it once', () => {
    const text = 'Ayer Evo Morales Ayma habló con Luis Arce.';
    const cut = text.indexOf('Morales');
    const first = matcher.findCandidatesIn(text, 0, cut);
    expect(first.candidates.map((c) => text.slice(c.start, c.end))).toEqual(['Evo Morales Ayma']);
    expect(first.next).toBe(text.indexOf(' habló'));
    const rest = matcher.findCandidatesIn(text, first.next, text.length);
    expect(rest.candidates.map((c) => text.slice(c.start, c.end))).toEqual(['Luis Arce']);
    expect(rest.next).toBe(text.length);
  });

  it('matches a long text in stretches as in one pass', () => {
    const sentence = 'Evo Morales met Luis Arce in Senkata; Morales spoke of Decree 4078. ';
    const text = sentence.repeat(5000);
    expect(chunked(text, 4096)).toEqual(matcher.findCandidates(text));
  });
});
