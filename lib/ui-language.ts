/**
 * Glosa's own pages and the background speak the interface language of the settings:
 * read before the first render, and followed while the page is open (the options page
 * re-renders at once). The background's strings reach readers too (a refused save's
 * reason in the popover), so it follows the setting as well.
 */
import { setUiLanguage, uiLocale } from './i18n';
import { readSettings, watchSettings } from './settings';

/** Applies the stored language; `onChange` runs after a later change of it. */
export async function followUiLanguage(onChange?: () => void): Promise<void> {
  // The service worker has no document.
  const setLang = (lang: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  };
  await setUiLanguage((await readSettings()).language);
  setLang(uiLocale());
  if (!onChange) return;
  let current = uiLocale();
  watchSettings(async (settings) => {
    await setUiLanguage(settings.language);
    if (uiLocale() === current) return;
    current = uiLocale();
    setLang(current);
    onChange();
  });
}
