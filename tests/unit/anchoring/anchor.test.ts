import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../core/anchoring/anchor.ts';
import { describe as describePassage } from '../../../core/anchoring/describe.ts';

const paragraphs = [
  'Last Wednesday, June 11, four police officers were killed during an operation to lift the blockade on the road leading into Llallagua.',
  'The town had been isolated for ten days due to protests demanding that Evo Morales be allowed to run again.',
  'Networks of drug traffickers, smugglers, and vehicle traffickers are embedding themselves in the warrior ayllus of Northern Potosí.',
  'Residents say the absence of the State has left the region to whoever has the most weapons.',
];
const page = paragraphs.join('\n\n');

function saved(quote: string, text = page) {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`not in the page: ${quote}`);
  return describePassage(text, start, start + quote.length);
}

const placed = (text: string, result: ReturnType<typeof anchor>) =>
  result.state === 'orphan' ? null : text.slice(result.start, result.end);

describe('step 1: the stored position', () => {
  it('gives back exactly what describe() saved, on the unchanged text, for any passage', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const result = anchor(text, describePassage(text, start, end));
        expect(result).toMatchObject({ state: 'anchored', start, end });
      }),
    );
  });

  it('is accepted when the text there is still the quote', () => {
    const selectors = saved('four police officers were killed');
    const result = anchor(page, selectors);
    const { start, end } = selectors.position;
    expect(result).toMatchObject({ state: 'anchored', start, end });
  });

  it('is rejected when the text there changed, and the quote is found where it moved', () => {
    const selectors = saved('the absence of the State');
    const edited = `A new first paragraph.\n\n${page}`;
    const result = anchor(edited, selectors);
    expect(result.state).toBe('anchored');
    expect(result.state !== 'orphan' && result.start).toBe(edited.indexOf('the absence of the State'));
  });

  it('is not trusted when its context is gone and the phrase occurs elsewhere too', () => {
    // "the road" at the stored offset by coincidence; the saved one, with its context, moved.
    const text = 'the road to nowhere';
    const quote = 'the road';
    const original = `${'x'.repeat(40)}lift the blockade on ${quote} leading into Llallagua`;
    const start = original.indexOf(quote);
    const selectors = describePassage(original, start, start + quote.length);
    const edited = `${'y'.repeat(start)}${text} and then lift the blockade on ${quote} leading into Llallagua`;
    const result = anchor(edited, selectors);
    expect(result.state !== 'orphan' && result.start).toBe(edited.lastIndexOf(quote));
  });
});

describe('step 2: exact occurrences', () => {
  it('picks, among duplicates of the quote, the one whose context fits', () => {
    const quote = 'Evo Morales';
    const selectors = saved(quote);
    const edited = `Evo Morales denied it.\n\n${page}\n\nEvo Morales was not there.`;
    const result = anchor(edited, selectors);
    expect(result.state).toBe('anchored');
    expect(result.state !== 'orphan' && result.start).toBe(edited.indexOf('that Evo Morales') + 5);
  });

  it('picks the occurrence nearest the stored position when the context fits none, and says uncertain', () => {
    const quote = 'the State';
    const selectors = describePassage(
      `${'a'.repeat(100)}${quote}${'b'.repeat(100)}`,
      100,
      100 + quote.length,
    );
    const edited = `${'c'.repeat(20)}${quote}${'d'.repeat(70)}${quote}${'e'.repeat(300)}${quote}`;
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ state: 'uncertain', start: 99 });
  });

  it('anchors a quote found once even when its context was rewritten', () => {
    const selectors = saved('Evo Morales be allowed to run again');
    const edited = page
      .replace('protests demanding that', 'a movement that insists')
      .replace('.\n\nNetworks', ' in 2025.\n\nNetworks');
    expect(anchor(edited, selectors).state).toBe('anchored');
  });

  it('scores only the occurrences nearest the stored position when the quote is very common', () => {
    const text = 'ab '.repeat(5_000);
    const selectors = describePassage(text, 9_000, 9_002);
    const result = anchor(`x${text}`, selectors);
    expect(result.state !== 'orphan' && Math.abs(result.start - 9_000)).toBeLessThanOrEqual(3);
  });
});

describe('step 3: fuzzy', () => {
  it('finds a quote whose typo was fixed, and says uncertain', () => {
    const withTypo = page.replace('isolated for ten days', 'isolated for ten dyas');
    const selectors = saved('isolated for ten dyas', withTypo);
    const result = anchor(page, selectors);
    expect(result.state).toBe('uncertain');
    expect(placed(page, result)).toBe('isolated for ten days');
  });

  it('finds a reworded paragraph', () => {
    const selectors = saved(paragraphs[2] as string);
    const edited = page.replace(
      paragraphs[2] as string,
      'Gangs of drug dealers, smugglers and car traffickers are settling in the warrior ayllus of northern Potosí.',
    );
    const result = anchor(edited, selectors);
    expect(result.state).toBe('uncertain');
    expect(placed(edited, result)).toContain('warrior ayllus');
  });

  it('refuses a short quote with two errors and no context, an orphan', () => {
    const selectors = saved('Llallagua.');
    const edited = page.replace('Llallagua.', 'Lalagua.').replace('leading into', 'that goes to');
    expect(anchor(edited, selectors)).toEqual({ state: 'orphan' });
  });

  it('makes a deleted paragraph an orphan rather than guess', () => {
    const selectors = saved(paragraphs[3] as string);
    const edited = paragraphs.slice(0, 3).join('\n\n');
    expect(anchor(edited, selectors)).toEqual({ state: 'orphan' });
  });

  it('makes an orphan on an empty page', () => {
    expect(anchor('', saved('Evo Morales'))).toEqual({ state: 'orphan' });
  });
});
