import type { MessageKey } from '../../core/i18n/ui-strings.ts';

/** Atlas wording that depends on a number or a language. Kind names live with the popover (`kindKeys`). */

export function accountCountKey(count: number): MessageKey {
  return count === 0 ? 'atlasAccountCountNone' : count === 1 ? 'atlasAccountCountOne' : 'atlasAccountCount';
}

export const languageKeys: Record<string, MessageKey> = { en: 'atlasLanguageEn', es: 'atlasLanguageEs' };
