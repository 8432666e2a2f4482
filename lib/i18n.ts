/**
 * The UI strings, in the language the settings ask for: the browser's by default
 * (browser.i18n), or English or Spanish from the bundled `messages.json`, read through
 * the same translator the tests use (core/i18n/ui-strings.ts).
 *
 * The chosen language is kept on a `Symbol.for` slot of the global object, not in this
 * module: the content script and the page-UI bundle the background injects later
 * (entrypoints/page-ui.tsx) are separate bundles sharing one isolated world, and the
 * popover must speak the language the content script loaded.
 */
import { browser } from 'wxt/browser';
import { createTranslator, type LocaleMessages } from '../core/i18n/translator';
import type { Translate } from '../core/i18n/ui-strings';
import type { Settings } from '../core/settings';

export type BundledLanguage = 'en' | 'es';

interface ChosenLanguage {
  locale: BundledLanguage;
  translate: Translate;
}

const slot = Symbol.for('glosa.ui-language');
const shared = globalThis as { [slot]?: ChosenLanguage };

/**
 * The browser's own messages never change while a page lives, and each `getMessage` is a
 * call into the browser: a library keystroke re-rendered dozens of strings, 0.5 ms of it.
 * Each message is asked for once, with a marker for each of its nine possible
 * substitutions, and the markers are filled in here: a count or a name that changes on
 * every render asks nothing more of the browser.
 */
const templates = new Map<string, string>();
const markers = Array.from({ length: 9 }, (_, i) => `\uE000${i + 1}\uE001`);
const marker = /\uE000([1-9])\uE001/g;

function browserMessage(key: Parameters<Translate>[0], substitutions?: string | string[]): string {
  let template = templates.get(key);
  if (template === undefined) {
    template = browser.i18n.getMessage(key, markers);
    templates.set(key, template);
  }
  if (!template.includes('\uE000')) return template;
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return template.replace(marker, (_whole, index: string) => values[Number(index) - 1] ?? '');
}

export const t: Translate = (key, substitutions) =>
  shared[slot] ? shared[slot].translate(key, substitutions) : browserMessage(key, substitutions);

/** The interface language, for dates and lists (`24 de diciembre de 2019`) and `lang`. */
export const uiLocale = (): string => shared[slot]?.locale ?? browser.i18n.getUILanguage();

/** The bundled language `browser.i18n` already speaks: Spanish for any `es-*`, else the default, English. */
export function browserLanguage(): BundledLanguage {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Reads a bundled locale's messages; extension pages fetch the file, content scripts ask the background. */
export type MessagesLoader = (locale: BundledLanguage) => Promise<LocaleMessages>;

export const fetchMessages: MessagesLoader = async (locale) => {
  const response = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`));
  return (await response.json()) as LocaleMessages;
};

/**
 * Makes `t` and `uiLocale` speak `language`. Following the browser, or choosing the
 * language it already speaks, needs nothing loaded. A file that cannot be read leaves
 * the browser's language in place.
 */
export async function setUiLanguage(
  language: Settings['language'],
  load: MessagesLoader = fetchMessages,
): Promise<void> {
  if (language === 'browser' || language === browserLanguage()) {
    delete shared[slot];
    return;
  }
  if (shared[slot]?.locale === language) return;
  try {
    shared[slot] = { locale: language, translate: createTranslator(await load(language)) };
  } catch (error) {
    console.warn(`Glosa: the ${language} interface strings could not be read;`, error);
  }
}
