import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactKey, foldKey, foldText, isWordAt, isWordBefore, isWordChar } from '../../../core/text/fold.ts';

describe('foldText', () => {
  it('folds case and diacritics, precomposed or decomposed', () => {
    expect(foldKey('Áñez')).toBe('anez');
    expect(foldKey('A\u0301n\u0303ez')).toBe('anez');
    expect(foldKey('Añez')).toBe(foldKey('Anez'));
    expect(foldKey('Qaqachaka')).toBe('qaqachaka');
  });

  it('handles characters whose folding changes length', () => {
    const { folded, toOriginal } = foldText('Straße İzmir');
    expect(folded).toBe('strasse izmir');
    expect(Array.from(toOriginal)).toEqual([0, 1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('maps typographic apostrophes, quotes and dashes to ASCII', () => {
    expect(foldKey('Morales’s “coup” — 2019–2020')).toBe('morales\'s "coup" - 2019-2020');
  });

  it('collapses every Unicode space and line break run to one space', () => {
    const text = 'Evo\u00a0\n\t\u2009Morales';
    const { folded, toOriginal } = foldText(text);
    expect(folded).toBe('evo morales');
    expect(toOriginal[3]).toBe(3);
    expect(toOriginal[4]).toBe(text.indexOf('M'));
  });

  it('drops digit group separators only between a digit and exactly three digits', () => {
    expect(foldKey('4,078')).toBe('4078');
    expect(foldKey('4.078')).toBe('4078');
    expect(foldKey('4\u00a0078')).toBe('4078');
    expect(foldKey('4\u202f078')).toBe('4078');
    expect(foldKey('1,234,567')).toBe('1234567');
    expect(foldKey('3,14')).toBe('3,14');
    expect(foldKey('2019,2020')).toBe('2019,2020');
    expect(foldKey('No. 4078')).toBe('no. 4078');
    expect(foldKey('4 078')).toBe('4 078');
  });

  it('keeps the original letters in exactKey, folding only spacing and punctuation', () => {
    expect(exactKey('MAS')).toBe('MAS');
    expect(exactKey('MÁS')).not.toBe('MAS');
    expect(exactKey('MA\u0301S')).toBe(exactKey('MÁS'));
    expect(exactKey('Evo\u00a0 Morales’')).toBe("Evo Morales'");
  });

  it('tells word characters of any script', () => {
    for (const ch of ['a', 'Á', 'ñ', '4', '\u0301', 'ж', '中', '𝐀', 'ا']) expect(isWordChar(ch)).toBe(true);
    for (const ch of [' ', '-', "'", '’', '.', '\u00a0', '😀']) expect(isWordChar(ch)).toBe(false);
  });

  it('maps every folded index monotonically into the original, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const { folded, toOriginal } = foldText(text);
        expect(toOriginal.length).toBe(folded.length + 1);
        expect(toOriginal[folded.length]).toBe(text.length);
        for (let i = 0; i < folded.length; i++) {
          const here = toOriginal[i] as number;
          expect(here).toBeLessThan(text.length);
          expect(here).toBeLessThanOrEqual(toOriginal[i + 1] as number);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('folds a word-aligned slice between mapped offsets to the folded slice', () => {
    const pieces = fc.constantFrom(
      'Evo',
      ' ',
      '\u00a0',
      '\n',
      'Áñez',
      'A\u0301',
      'ß',
      '’',
      '—',
      '4,078',
      '.',
      'x',
      '1',
    );
    const atBoundary = (folded: string, i: number) => !(isWordBefore(folded, i) && isWordAt(folded, i));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const { folded, toOriginal } = foldText(text);
        const from = a % (folded.length + 1);
        const to = from + (b % (folded.length + 1 - from));
        fc.pre(atBoundary(folded, from) && atBoundary(folded, to));
        const slice = text.slice(toOriginal[from], toOriginal[to]);
        expect(foldKey(slice)).toBe(folded.slice(from, to).trim());
      }),
      { numRuns: 500 },
    );
  });
});
