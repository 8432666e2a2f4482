import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createTranslator,
  type LocaleMessages,
  messageKeys,
  messagePlaceholders,
} from '../../../core/i18n/ui-strings.ts';

const locales = ['en', 'es'] as const;

function readLocale(locale: string): LocaleMessages {
  const url = new URL(`../../../public/_locales/${locale}/messages.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as LocaleMessages;
}

describe.each(locales)('public/_locales/%s/messages.json', (locale) => {
  const messages = readLocale(locale);

  it('holds exactly the keys the code uses', () => {
    expect(Object.keys(messages).sort()).toEqual([...messageKeys].sort());
  });

  it.each(messageKeys)('%s: has text, a description and the declared placeholders in order', (key) => {
    const entry = messages[key];
    expect(entry?.message.trim()).not.toBe('');
    expect(entry?.description?.trim()).not.toBe('');
    const declared: readonly string[] = messagePlaceholders[key];
    const defined = Object.entries(entry?.placeholders ?? {}).map(([name, placeholder]) => [
      name.toLowerCase(),
      placeholder.content,
    ]);
    expect(defined).toEqual(declared.map((name, index) => [name, `$${index + 1}`]));
    const used = [...(entry?.message ?? '').matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((match) =>
      match[1]?.toLowerCase(),
    );
    expect([...new Set(used)].sort()).toEqual([...declared].sort());
  });
});

describe('createTranslator', () => {
  const t = createTranslator(readLocale('en'));
  const tEs = createTranslator(readLocale('es'));

  it('fills named placeholders from the substitutions, in order', () => {
    expect(t('popoverMentionPosition', ['3', '12'])).toBe('Mention 3 of 12');
    expect(tEs('popoverMentionPosition', ['3', '12'])).toBe('Mención 3 de 12');
    expect(t('popoverMatched', 'Decree No. 4,078')).toBe('matched ‘Decree No. 4,078’');
    expect(t('popoverFramingWithStance', ['quoted by The Grayzone', 'which disputes it'])).toBe(
      'quoted by The Grayzone, which disputes it',
    );
  });

  it('leaves dollar signs inside substitutions alone and returns plain messages as they are', () => {
    expect(t('popoverFramingQuote', '$1 Media')).toBe('quoted by $1 Media');
    expect(t('popoverContextHeading')).toBe('Context');
  });

  it('returns an empty string for a key the file lacks, as browser.i18n does', () => {
    expect(createTranslator({})('popoverClose')).toBe('');
  });
});
