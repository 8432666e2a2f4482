import { describe, expect, it } from 'vitest';
import { followsOtherGivenName } from '../../../core/matcher/other-person';

const at = (text: string, surname: string) => followsOtherGivenName(text, text.indexOf(surname));

describe('followsOtherGivenName', () => {
  it('reads a capitalised word before a bare surname as another person’s given name', () => {
    expect(at('the striker Kevin Morales scored twice', 'Morales')).toBe(true);
    expect(at('el delantero Diego Morales marcó', 'Morales')).toBe(true);
    expect(at('a new Lancer Evo for the rally', 'Evo')).toBe(true);
  });

  it('keeps titles, sentence openers and lower-case context as the entity', () => {
    expect(at('President Morales resigned', 'Morales')).toBe(false);
    expect(at('el presidente Morales renunció', 'Morales')).toBe(false);
    expect(at('Comandante Russo said', 'Russo')).toBe(false);
    expect(at('But Morales denied it', 'Morales')).toBe(false);
    expect(at('Según Morales, no hubo fraude', 'Morales')).toBe(false);
    expect(at('Morales resigned on 10 November', 'Morales')).toBe(false);
    expect(at('supporters of Morales marched', 'Morales')).toBe(false);
    expect(at('Self-proclaimed President Áñez signed', 'Áñez')).toBe(false);
    expect(at('Bolivia’s Morales says he will not hand himself in', 'Morales')).toBe(false);
    expect(at("Bolivia's Morales says", 'Morales')).toBe(false);
  });

  it('ignores all-capital headline words, which say nothing about names', () => {
    expect(at('BOLIVIA: MORALES RESIGNS', 'MORALES')).toBe(false);
  });

  it('does not reach across punctuation or line ends', () => {
    expect(at('said Kevin. Morales replied', 'Morales')).toBe(false);
    expect(at('Kevin,\nMorales', 'Morales')).toBe(false);
  });
});
