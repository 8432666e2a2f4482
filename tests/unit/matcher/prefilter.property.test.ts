/**
 * `mayMatchWithin` lets the scanner skip a run of paragraphs after one look at their joined
 * text. It may say "maybe" too often, never "no" wrongly: whenever any stretch of a text has
 * a candidate, the whole text must pass, wherever the stretch starts and ends (inside a name,
 * a space run, a digit group, a surrogate pair, a run of characters the fold drops).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile.ts';
import { createMatcher } from '../../../core/matcher/matcher.ts';
import { entities } from './fixtures.ts';
import { textPiece } from './text-pieces.ts';

const matcher = createMatcher(compileMatcher(entities));

describe('mayMatchWithin', () => {
  it('passes every text that has a candidate in some stretch of it', () => {
    fc.assert(
      fc.property(fc.array(textPiece, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        if (matcher.findCandidates(text.slice(from, to)).length > 0) {
          expect(matcher.mayMatchWithin(text)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('rules out text that names nobody, and keeps text that does', () => {
    expect(matcher.mayMatchWithin('the quiet river ran past a small town')).toBe(false);
    expect(matcher.mayMatchWithin('dayEVO MORALES and')).toBe(true);
    expect(matcher.mayMatchWithin('one 12 river townEvo')).toBe(true);
  });
});
