/**
 * The interface-language setting's values, apart from the settings schema: Glosa's pages
 * read this one field before their first render, and must not load zod to check it.
 */
export const uiLanguageChoices = ['browser', 'en', 'es'] as const;
export type UiLanguageChoice = (typeof uiLanguageChoices)[number];

/** A stored value as a choice: anything else (missing, damaged) is the default, the browser's language. */
export function asUiLanguageChoice(stored: unknown): UiLanguageChoice {
  return (uiLanguageChoices as readonly unknown[]).includes(stored)
    ? (stored as UiLanguageChoice)
    : 'browser';
}
