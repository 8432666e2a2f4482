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

const matcher = createMatcher(compileMatcher(entities));

const aliasTexts = entities.flatMap((e) => e.aliases.map((a) => a.text));
const piece = fc.oneof(
  fc.constantFrom(...aliasTexts, 'Esther Morales Ayma', 'Kevin Morales', 'más', 'MAS', 'Decree No. 4,078'),
  fc.constantFrom(
    ' ',
    '\u00a0',
    '\n',
    ', ',
    '.',
    'x',
    'ß',
    'Á',
    'e\u0301',
    '1,234',
    '😀',
    'day',
    'EVO',
    'morales',
  ),
  fc.constantFrom('\u00ad', '\u200b', ` \u200b`),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

describe('mayMatchWithin', () => {
  it('passes every text that has a candidate in some stretch of it', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
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
