/**
 * Glosa's own pages speak the interface language of the settings: read before the first
 * render, and followed while the page is open (the options page re-renders at once).
 */
import { setUiLanguage, uiLocale } from './i18n';
import { readSettings, watchSettings } from './settings';

/** Applies the stored language; `onChange` runs after a later change of it. */
export async function followUiLanguage(onChange?: () => void): Promise<void> {
  await setUiLanguage((await readSettings()).language);
  document.documentElement.lang = uiLocale();
  if (!onChange) return;
  let current = uiLocale();
  watchSettings(async (settings) => {
    await setUiLanguage(settings.language);
    if (uiLocale() === current) return;
    current = uiLocale();
    document.documentElement.lang = current;
    onChange();
  });
}
