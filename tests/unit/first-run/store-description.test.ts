/**
 * The store description says what the dataset covers, like the welcome page: the years
 * of its sources and how many articles. A dataset that grows fails this test until the
 * description says so too. Chrome's store cuts descriptions at 132 characters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sources = readdirSync('data/sources')
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(`data/sources/${file}`, 'utf8')) as { published: string });
const years = sources.map((source) => Number(source.published.slice(0, 4)));
const span = `${Math.min(...years)}–${Math.max(...years)}`;
/** The article count in words, as the descriptions write it. */
const countWords: Record<string, Record<number, string>> = {
  en: { 1: 'one article', 2: 'two articles', 3: 'three articles', 4: 'four articles', 5: 'five articles' },
  es: {
    1: 'un artículo',
    2: 'dos artículos',
    3: 'tres artículos',
    4: 'cuatro artículos',
    5: 'cinco artículos',
  },
};

describe('the store description', () => {
  for (const language of ['en', 'es']) {
    it(`in ${language} names the dataset's years and number of articles, within 132 characters`, () => {
      const messages = JSON.parse(
        readFileSync(`public/_locales/${language}/messages.json`, 'utf8'),
      ) as Record<string, { message: string }>;
      const description = messages.extDescription?.message ?? '';
      expect(description).toContain(span);
      expect(description).toContain(countWords[language]?.[sources.length] ?? `${sources.length} articles`);
      expect(description.length).toBeLessThanOrEqual(132);
    });
  }
});
