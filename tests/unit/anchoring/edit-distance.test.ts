import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignAtEnd, alignAtStart, editDistance } from '../../../core/anchoring/edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe('alignAtStart and alignAtEnd', () => {
  it('align the quote with one end of the region and find where it stops', () => {
    // killed → slain is 5 edits; the rest of the region is left out at no cost.
    expect(alignAtStart('were slain at dawn', 'were killed')).toEqual({ errors: 5, length: 10 });
    expect(alignAtEnd('at dawn, were slain', 'were killed')).toEqual({ errors: 5, length: 10 });
  });

  it('cost no more than the distance to the whole region', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (region, quote) => {
        expect(alignAtStart(region, quote).errors).toBeLessThanOrEqual(editDistance(region, quote));
        expect(alignAtEnd(region, quote).errors).toBeLessThanOrEqual(editDistance(region, quote));
      }),
    );
  });
});
