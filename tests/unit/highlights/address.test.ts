import { describe, expect, it } from 'vitest';
import { normaliseAddress, pageAddresses, siteOf } from '../../../core/highlights/address';

describe('normaliseAddress', () => {
  it('drops the fragment and every tracking parameter, keeping the others in order', () => {
    expect(
      normaliseAddress(
        'https://News.Example.com/2019/11/article?id=42&utm_source=x&utm_MEDIUM=y&fbclid=abc&page=2&gclid=1#comments',
      ),
    ).toBe('https://news.example.com/2019/11/article?id=42&page=2');
  });

  it('leaves no bare question mark when only tracking parameters were there', () => {
    expect(normaliseAddress('https://example.com/a?utm_campaign=z&mc_eid=1')).toBe('https://example.com/a');
  });

  it('refuses what is not a web address', () => {
    expect(normaliseAddress('not a url')).toBeUndefined();
    expect(normaliseAddress('file:///home/me/a.html')).toBeUndefined();
    expect(normaliseAddress('javascript:alert(1)')).toBeUndefined();
  });

  it('drops credentials, which are never part of the page', () => {
    expect(normaliseAddress('https://user:pw@example.com/a')).toBe('https://example.com/a');
  });
});

describe('pageAddresses', () => {
  it('files a page under its own address and its canonical on the same site', () => {
    expect(pageAddresses('https://m.example.com/a?utm_source=t', 'https://example.com/a')).toEqual([
      'https://m.example.com/a',
      'https://example.com/a',
    ]);
  });

  it('treats www. as the same site', () => {
    expect(pageAddresses('https://www.example.com/a', 'https://example.com/a')).toEqual([
      'https://www.example.com/a',
      'https://example.com/a',
    ]);
  });

  it('ignores a canonical on another site, so a page cannot claim others’ highlights', () => {
    expect(pageAddresses('https://evil.example/a', 'https://news.example.com/a')).toEqual([
      'https://evil.example/a',
    ]);
  });

  it('ignores a malformed canonical', () => {
    expect(pageAddresses('https://example.com/a', '::nonsense')).toEqual(['https://example.com/a']);
  });

  it('is empty for a page that is not on the web', () => {
    expect(pageAddresses('chrome://settings')).toEqual([]);
  });
});

describe('siteOf', () => {
  it('is the host without www.', () => {
    expect(siteOf('https://www.la-razon.com/x')).toBe('la-razon.com');
  });
});
