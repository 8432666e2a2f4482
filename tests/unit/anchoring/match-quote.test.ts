import { describe, expect, it } from 'vitest';
import { matchQuote, maxAcceptedErrors, ownErrorRate } from '../../../core/anchoring/match-quote.ts';

const filler =
  'The assembly met on Tuesday to discuss the budget for roads and schools in the northern provinces. ';

describe('the length-dependent minimum', () => {
  it('lets a 12-character quote differ by one character, not two', () => {
    expect(maxAcceptedErrors(12, false)).toBe(1);
  });

  it('lets a long quote differ by 40% of its characters, what rewording 30% of its words costs', () => {
    expect(ownErrorRate(160)).toBeCloseTo(0.4);
    expect(ownErrorRate(2_000)).toBeCloseTo(0.4);
    expect(maxAcceptedErrors(400, false)).toBe(160);
  });

  it('grows with the quote length', () => {
    for (let length = 1; length < 300; length++) {
      expect(ownErrorRate(length + 1)).toBeGreaterThanOrEqual(ownErrorRate(length));
    }
  });

  it('allows more where the context on both sides is found, never less', () => {
    for (const length of [12, 40, 160, 1_000]) {
      expect(maxAcceptedErrors(length, true)).toBeGreaterThanOrEqual(maxAcceptedErrors(length, false));
    }
    expect(maxAcceptedErrors(20, true)).toBe(9);
  });
});

describe('matchQuote', () => {
  const noContext = { prefix: '', suffix: '', hint: 0 };

  it('finds a short quote with one typo', () => {
    const text = `${filler}The town of Llalagua was isolated. ${filler}`;
    const match = matchQuote(text, 'of Llallagua', { ...noContext, hint: 150 });
    expect(match).not.toBeNull();
    expect(text.slice(match?.start, match?.end)).toContain('Llalagua');
  });

  it('refuses a 12-character quote with two errors when its context is not there', () => {
    const text = `${filler}The town of Lalagua was isolated. ${filler}`;
    expect(matchQuote(text, 'of Llallagua', noContext)).toBeNull();
  });

  it('accepts a short reworded quote where its context on both sides is intact', () => {
    const prefix = 'the operation to lift the roadbl';
    const suffix = ' at dawn, according to the minis';
    const text = `${filler}${prefix}four police agents were slain${suffix}try. ${filler}`;
    const match = matchQuote(text, 'four police officers were killed', { prefix, suffix, hint: 0 });
    expect(match).not.toBeNull();
    expect(text.slice(match?.start, match?.end)).toBe('four police agents were slain');
  });

  it('refuses the same rewording without the context', () => {
    const text = `${filler}four police agents were slain during the night. ${filler}`;
    expect(matchQuote(text, 'four police officers were killed', noContext)).toBeNull();
  });

  it('finds a long quote with a third of its words reworded, far from its stored position', () => {
    const saved =
      'Networks of drug traffickers, smugglers, and vehicle traffickers are embedding themselves in the warrior ayllus of Northern Potosí, taking advantage of the absence of the State and the region’s hardships.';
    const edited =
      'Gangs of drug dealers, smugglers and car traffickers are settling in the warrior ayllus of northern Potosí, exploiting the absence of the State and the hardships of the region.';
    const text = `${filler.repeat(30)}${edited} ${filler.repeat(10)}`;
    const match = matchQuote(text, saved, { prefix: 'zzzz', suffix: 'zzzz', hint: 0 });
    expect(match).not.toBeNull();
    // The match's edges may take in a character or two of the text around the passage.
    expect(Math.abs((match?.start ?? 0) - text.indexOf('Gangs'))).toBeLessThanOrEqual(4);
  });

  it('prefers the candidate whose context fits when two are equally close to the quote', () => {
    const prefix = 'said the commander of the police';
    const text = `${filler}the police said tuesday. ${filler}${prefix}: the police said tuesdy. ${filler}`;
    const match = matchQuote(text, 'the police said tuesdays', {
      prefix: `${prefix}: `.slice(-32),
      suffix: '',
      hint: 0,
    });
    expect(match?.start).toBe(text.lastIndexOf('the police said'));
  });
});
