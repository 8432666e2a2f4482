/**
 * Which of the dataset's two languages the reader gets. The dataset must speak the
 * language the UI strings are shown in, or a popover would frame English descriptions
 * with Spanish labels (issue 10).
 */
import type { Language } from '../schema.ts';
import type { Translate } from './ui-strings.ts';

/**
 * Spanish for any Spanish locale (`es`, `es-BO`, `es_419`), English for everything
 * else, since English is the extension's default locale.
 */
export function languageOf(locale: string): Language {
  return /^es(?:[-_]|$)/i.test(locale.trim()) ? 'es' : 'en';
}

/**
 * The language of the UI strings themselves: each translation names its own language
 * (`atlasLanguageTag`). Browsers can disagree with themselves here: Chromium's service
 * worker reports `getUILanguage()` as `en-US` while it serves the Spanish messages, so
 * the strings' own tag is what keeps labels and data in one language.
 */
export function languageOfStrings(t: Translate): Language {
  return languageOf(t('atlasLanguageTag'));
}
