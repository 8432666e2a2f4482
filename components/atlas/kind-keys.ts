import type { MessageKey } from '../../core/i18n/ui-strings.ts';
import type { EntityKind } from '../../core/schema.ts';

/** The popover's names for entity kinds, so the atlas and the popover call a kind the same. */
export const kindKeys: Record<EntityKind, MessageKey> = {
  person: 'popoverKindPerson',
  place: 'popoverKindPlace',
  event: 'popoverKindEvent',
  law: 'popoverKindLaw',
  organisation: 'popoverKindOrganisation',
  group: 'popoverKindGroup',
};

export function accountCountKey(count: number): MessageKey {
  return count === 0 ? 'atlasAccountCountNone' : count === 1 ? 'atlasAccountCountOne' : 'atlasAccountCount';
}

export const languageKeys: Record<string, MessageKey> = { en: 'atlasLanguageEn', es: 'atlasLanguageEs' };
