import { describe, expect, it } from 'vitest';
import { aliasRules, describeAliasRule } from '../../../core/atlas/alias-rules.ts';
import { createTranslator, type LocaleMessages } from '../../../core/i18n/ui-strings.ts';
import type { Alias } from '../../../core/schema.ts';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';

const tEn = createTranslator(en as LocaleMessages);
const tEs = createTranslator(es as LocaleMessages);
const words = (alias: Alias, t = tEn) => aliasRules(alias).map((rule) => describeAliasRule(rule, t));

describe('alias rules in words', () => {
  it('says a plain alias links on its own, in any capitalisation', () => {
    expect(words({ text: 'Evo Morales' })).toEqual(['links on its own', 'any capitalisation']);
  });

  it('says a surname needs context and names each exclusion, in the file’s order', () => {
    const morales: Alias = {
      text: 'Morales',
      needsContext: true,
      exclude: ['Esther Morales Ayma', 'Ester Morales'],
    };
    expect(words(morales)).toEqual([
      'needs context on the page',
      'any capitalisation',
      'not: Esther Morales Ayma',
      'not: Ester Morales',
    ]);
  });

  it('says an acronym is case-sensitive', () => {
    expect(words({ text: 'MAS', caseSensitive: true })).toEqual(['links on its own', 'case-sensitive']);
  });

  it('says the same rules in Spanish', () => {
    expect(
      words({ text: 'Mesa', caseSensitive: true, needsContext: true, exclude: ['Mesa Gisbert'] }, tEs),
    ).toEqual(['necesita contexto en la página', 'distingue mayúsculas', 'no: Mesa Gisbert']);
  });
});
