import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../core/anchoring/match-quote.ts';
import { maxAcceptedErrors, ownErrorRate } from '../../../core/anchoring/thresholds.ts';
import { corpusDir, reword, seededRandom } from './reanchoring-corpus.ts';

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

  it('counts an added word against the longer text found, not the shorter quote', () => {
    const prefix = 'think that “something very bad” ';
    const suffix = ' in the elections. The churches ';
    const text = `${filler}${prefix}was going to reportedly happen${suffix}${filler}`;
    const match = matchQuote(text, 'was going to happen', { prefix, suffix, hint: 0 });
    expect(text.slice(match?.start, match?.end)).toBe('was going to reportedly happen');
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

  it('finds a long edited quote that moved far, with its context gone, by the seeds it kept', () => {
    const saved =
      'Networks of drug traffickers, smugglers, and vehicle traffickers are embedding themselves in the warrior ayllus of Northern Potosí, taking advantage of the absence of the State and the region’s hardships.';
    const edited = saved.replace('smugglers, and', 'smugglers and').replace('hardships', 'poverty');
    const text = `${filler.repeat(40)}Updated. ${edited} Also updated. ${filler.repeat(5)}`;
    const match = matchQuote(text, saved, { prefix: 'a prefix no longer on the page', suffix: '', hint: 0 });
    expect(match?.start).toBe(text.indexOf('Networks'));
  });

  it('finds a short quote with one typo anywhere in the page, with no context', () => {
    const text = `${filler.repeat(40)}The isolated twon of Llallagua. ${filler.repeat(40)}`;
    const match = matchQuote(text, 'isolated town of Llallagua', noContext);
    expect(text.slice(match?.start, match?.end)).toBe('isolated twon of Llallagua');
  });

  it('does not search the whole page for a medium quote: it has seeds instead', () => {
    // Every seed of the quote was reworded, nothing around it survived: an orphan, not a guess.
    const saved =
      'the commander said that the officers had been ambushed on the road at dawn by men with rifles';
    const text = `${filler.repeat(40)}the chief stated the agents were attacked upon the highway at sunrise by gunmen${filler}`;
    expect(matchQuote(text, saved, noContext)).toBeNull();
  });
});

describe('maxAcceptedErrors with the text found', () => {
  it('counts errors against the longer of the quote and the text found', () => {
    expect(maxAcceptedErrors(20, true, 30)).toBe(Math.round(30 * 0.45));
    expect(maxAcceptedErrors(20, true, 10)).toBe(Math.round(20 * 0.45));
  });
});

describe('a long quote, matched by its two ends', () => {
  const article = ['en-01', 'en-02', 'en-03']
    .map((id) => readFileSync(join(corpusDir, 'articles', `${id}.txt`), 'utf8'))
    .join('\n\n');
  const start = 2_000;
  const quote = article.slice(start, start + 5_000);
  const context = {
    prefix: article.slice(start - 32, start),
    suffix: article.slice(start + 5_000, start + 5_032),
    hint: start,
  };

  it('finds a 5,000-character quote with 30% of its words reworded', () => {
    const edited = reword(quote, 0.3, 'en', seededRandom('long quote'));
    const text = `${article.slice(0, start)}${edited}${article.slice(start + quote.length)}`;
    const match = matchQuote(text, quote, context);
    expect(match?.start).toBe(start);
    expect(match?.end).toBe(start + edited.length);
  });

  it('finds nothing when its last part was cut: where it ends now cannot be told', () => {
    const text = `${article.slice(0, start)}${quote.slice(0, 3_000)}${article.slice(start + quote.length)}`;
    expect(matchQuote(text, quote, context)).toBeNull();
  });
});
