/**
 * Glosa's own pages and the background speak the interface language of the settings:
 * read before the first render, and followed while the page is open (the options page
 * re-renders at once). The background's strings reach readers too (a refused save's
 * reason in the popover), so it follows the setting as well.
 *
 * Only the language field is read, straight from `storage.sync` (the `sync:settings.language`
 * item of lib/settings.ts): a page's first render then waits for one small read, not for the
 * whole settings module and its schemas. The old `local:settings` object is migrated by the
 * background when Glosa starts or updates (`adoptLegacySettings`), before any page opens.
 */
import { browser } from 'wxt/browser';
import { asUiLanguageChoice } from '../core/ui-language-choice';
import { setUiLanguage, uiLocale } from './i18n';

/** The storage.sync key WXT gives the item `sync:settings.language`. */
const languageKey = 'settings.language';

async function readLanguageChoice() {
  const stored = await browser.storage.sync.get(languageKey);
  return asUiLanguageChoice(stored[languageKey]);
}

/** Applies the stored language; `onChange` runs after a later change of it. */
export async function followUiLanguage(onChange?: () => void): Promise<void> {
  // The service worker has no document.
  const setLang = (lang: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  };
  await setUiLanguage(await readLanguageChoice());
  setLang(uiLocale());
  if (!onChange) return;
  let current = uiLocale();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !(languageKey in changes)) return;
    void setUiLanguage(asUiLanguageChoice(changes[languageKey]?.newValue)).then(() => {
      if (uiLocale() === current) return;
      current = uiLocale();
      setLang(current);
      onChange();
    });
  });
}
