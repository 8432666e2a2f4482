/**
 * Which of the dataset's two languages a UI locale reads: Spanish for any Spanish
 * locale (`es`, `es-BO`, `es_419`), English for everything else, since English is the
 * extension's default locale.
 */
import type { Language } from '../schema.ts';

export function languageOf(locale: string): Language {
  return /^es(?:[-_]|$)/i.test(locale.trim()) ? 'es' : 'en';
}
