/** The UI strings in the browser's language (English or Spanish), through browser.i18n. */
import { browser } from 'wxt/browser';
import type { Translate } from '../core/i18n/ui-strings';

export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

/** The browser's interface language, for dates and lists (`24 de diciembre de 2019`). */
export const uiLocale = (): string => browser.i18n.getUILanguage();
