/**
 * UI strings and locale for Glosa's components, passed in rather than read from a
 * browser API: the content script provides `browser.i18n.getMessage`, tests a
 * translator built from the same `messages.json` files.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Translate } from '../core/i18n/ui-strings.ts';

export interface I18n {
  t: Translate;
  /** BCP 47 tag for dates and lists, e.g. `browser.i18n.getUILanguage()`. */
  locale: string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ t, locale, children }: I18n & { children: ReactNode }) {
  const value = useMemo(() => ({ t, locale }), [t, locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('Glosa components must be rendered inside an <I18nProvider>.');
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): string {
  return useI18n().locale;
}
