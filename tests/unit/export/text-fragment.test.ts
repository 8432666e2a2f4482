import { describe, expect, it } from 'vitest';
import {
  encodeTextDirectivePart,
  textDirective,
  textFragmentUrl,
} from '../../../core/highlights/text-fragment.ts';

const quote = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix });

describe('textFragmentUrl', () => {
  it('adds prefix and suffix cut back to whole words', () => {
    const prefix = 't on 19 November, witnesses say ';
    const suffix = ' at the plant, according to thei';
    expect([prefix.length, suffix.length]).toEqual([32, 32]);
    // Full-length context may begin or end inside a word ("t", "thei"): those are dropped.
    expect(textFragmentUrl('https://news.example.org/a', quote('Ten people died', prefix, suffix))).toBe(
      'https://news.example.org/a#:~:text=on%2019%20November%2C%20witnesses%20say-,Ten%20people%20died,-at%20the%20plant%2C%20according%20to',
    );
  });

  it('keeps short context whole, because it reaches the edge of the text', () => {
    expect(textDirective(quote('resigned', 'Morales ', ' today'))).toBe('Morales-,resigned,-today');
  });

  it('escapes the directive syntax characters and percent-encodes the rest', () => {
    expect(encodeTextDirectivePart('a-b, c&d é')).toBe('a%2Db%2C%20c%26d%20%C3%A9');
    expect(encodeTextDirectivePart("(it's) *so*!")).toBe('%28it%27s%29%20%2Aso%2A%21');
    expect(textDirective(quote('Decree 4,078 - "exempt"'))).toBe('Decree%204%2C078%20%2D%20%22exempt%22');
  });

  it('folds newlines and runs of spaces as browsers do when matching', () => {
    expect(textDirective(quote('\nfirst line\n\n  second line  '))).toBe('first%20line%20second%20line');
  });

  it('sends a long quote as its first and last words', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    expect(textDirective(quote(words.join(' ')))).toBe(
      'word0%20word1%20word2%20word3%20word4,word75%20word76%20word77%20word78%20word79',
    );
  });

  it('replaces any fragment already on the address, and adds none for an empty quote', () => {
    expect(textFragmentUrl('https://a.example/p#top', quote('x'))).toBe('https://a.example/p#:~:text=x');
    expect(textFragmentUrl('https://a.example/p#top', quote('  \n '))).toBe('https://a.example/p');
  });

  it('encodes right-to-left text and emoji as UTF-8', () => {
    expect(textDirective(quote('سلام 👋'))).toBe('%D8%B3%D9%84%D8%A7%D9%85%20%F0%9F%91%8B');
  });
});
