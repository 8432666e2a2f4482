/**
 * Glosa's UI strings (popover, popup, settings): their keys, the placeholders each takes, and a translator
 * built from a Chrome-format `messages.json` (the same semantics as
 * `browser.i18n.getMessage`), for tests and for any context without `browser.i18n`.
 *
 * `public/_locales/<locale>/messages.json` must hold exactly these keys, with these
 * placeholders in this order (`$1`, `$2`, ...): a test enforces it.
 */

/** Each key with its placeholder names, in substitution order. */
export const messagePlaceholders = {
  extName: [],
  extDescription: [],
  popoverKindPerson: [],
  popoverKindPlace: [],
  popoverKindEvent: [],
  popoverKindLaw: [],
  popoverKindOrganisation: [],
  popoverKindGroup: [],
  popoverMatched: ['text'],
  popoverMentionPosition: ['index', 'total'],
  popoverClose: [],
  popoverContextHeading: [],
  popoverCompetingHeading: [],
  popoverQuoteCountOne: [],
  popoverQuoteCount: ['count'],
  popoverQuestionCountOne: [],
  popoverQuestionCount: ['count'],
  popoverContextSubset: ['shown', 'total'],
  popoverContextEmpty: [],
  popoverVia: ['via'],
  popoverByAuthors: ['authors'],
  popoverOpenSource: [],
  popoverAddressUnknown: [],
  popoverOnePosition: [],
  popoverFramingOwn: ['outlet'],
  popoverFramingQuote: ['outlet'],
  popoverFramingParaphrase: ['outlet'],
  popoverFramingWithStance: ['framing', 'stance'],
  popoverStanceEndorses: [],
  popoverStanceDisputes: [],
  popoverStanceNeutral: [],
  popoverCriticsOnly: [],
  popoverRelatedHeading: [],
  popoverRoleSpan: ['role', 'start', 'end'],
  popoverRoleSince: ['role', 'start'],
  popoverRoleUntil: ['role', 'end'],
  popoverDatasetAsOf: ['version', 'date'],
  popoverShowMore: ['count'],
  popoverShowFewer: [],
  popoverDatasetVersion: ['version'],
  popoverHide: [],
  commandFocusMentions: [],
  commandSaveHighlight: [],
  contextMenuSaveHighlight: [],
  backgroundStorageFull: [],
  backgroundStorageNewer: [],
  backgroundStorageUnavailable: [],
  backgroundStorageFailed: ['reason'],
  backgroundRefusedNotWebPage: [],
  backgroundRefusedOtherPage: [],
  backgroundRefusedGone: [],
  backgroundRefusedInvalid: ['reasons'],
  backgroundRefusedFrame: [],
  cursorLabel: ['name', 'index', 'total'],
  saveButtonLabel: [],
  saveButtonOpenNote: [],
  highlightSaveFailed: ['reason'],
  highlightTooLong: ['max'],
  highlightNoText: [],
  noteEditorTitle: [],
  noteEditorClose: [],
  noteEditorQuoteLabel: [],
  noteEditorChanged: [],
  noteEditorNoteLabel: [],
  noteEditorTagsLabel: [],
  noteEditorTagsHint: [],
  noteEditorRemoveTag: ['tag'],
  noteEditorEntitiesLabel: [],
  noteEditorUnlinkEntity: ['name'],
  noteEditorEntityFilter: [],
  noteEditorNoEntityMatch: [],
  noteEditorDelete: [],
  noteEditorDeleted: [],
  noteEditorUndo: [],
  noteEditorSaveFailed: ['reason'],
  popupSiteLabel: ['site'],
  popupOn: [],
  popupOff: [],
  popupNotAWebPage: [],
  popupMentionsHeading: [],
  popupLooking: [],
  popupNoMentions: [],
  popupMentionsSuffix: [],
  popupSettings: [],
  atlasTitle: [],
  atlasLanguageTag: [],
  atlasIntro: ['version'],
  atlasNavLabel: [],
  atlasNavEntities: [],
  atlasNavSources: [],
  atlasNavCoverage: [],
  atlasNavChangelog: [],
  atlasSearchLabel: [],
  atlasSearchHint: [],
  atlasKindLabel: [],
  atlasKindAll: [],
  atlasSourceLabel: [],
  atlasSourceAll: [],
  atlasResultCountOne: [],
  atlasResultCount: ['count'],
  atlasNoResults: [],
  atlasAccountCountNone: [],
  atlasAccountCountOne: [],
  atlasAccountCount: ['count'],
  atlasBackToEntities: [],
  atlasEntityMissing: ['id'],
  atlasAliasesHeading: [],
  atlasAliasesIntro: [],
  atlasRuleStrong: [],
  atlasRuleNeedsContext: [],
  atlasRuleCaseSensitive: [],
  atlasRuleCaseInsensitive: [],
  atlasRuleExclude: ['phrase'],
  atlasAccountsHeading: [],
  atlasAccountsEmpty: [],
  atlasSourceOutlet: [],
  atlasSourceAuthors: [],
  atlasSourcePublished: [],
  atlasSourceLanguage: [],
  atlasSourceVia: [],
  atlasSourceAccounts: [],
  atlasSourceEntities: [],
  atlasLanguageEn: [],
  atlasLanguageEs: [],
  atlasCoverageIntro: [],
  atlasThinHeading: [],
  atlasThinEmpty: [],
  atlasOnePositionHeading: [],
  atlasOnePositionEmpty: [],
  atlasPositionsTaken: ['taken', 'listed'],
  atlasCriticsHeading: [],
  atlasCriticsEmpty: [],
  atlasCriticsUnavailable: [],
  atlasLeastCitedHeading: [],
  atlasLanguagesHeading: [],
  atlasDescriptionsEnglishOnly: ['count'],
  atlasOneLanguageIntro: [],
  atlasAllOneLanguage: ['language'],
  atlasOneLanguageEmpty: [],
  atlasOptionsHeading: [],
  atlasOptionsLink: [],
  optionsTitle: [],
  optionsSitesHeading: [],
  optionsAllSitesOn: [],
  optionsTurnOnAgain: [],
  optionsTurnOffLabel: [],
  optionsTurnOff: [],
  optionsNotASite: ['typed'],
  optionsPopoverHeading: [],
  optionsHoverDelay: [],
} as const satisfies Record<string, readonly string[]>;

export type MessageKey = keyof typeof messagePlaceholders;

export const messageKeys = Object.keys(messagePlaceholders) as MessageKey[];

/** Same shape as `browser.i18n.getMessage`, restricted to known keys. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** One entry of a Chrome `messages.json`. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

/**
 * A `Translate` over one locale's messages. Named placeholders (`$COUNT$`, case-insensitive)
 * expand to their content, then `$1`..`$9` take the substitutions and `$$` is a dollar sign.
 * A missing key returns '' as `browser.i18n.getMessage` does.
 */
export function createTranslator(messages: LocaleMessages): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const values =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, placeholder]) => [
        name.toLowerCase(),
        placeholder.content,
      ]),
    );
    const expanded = entry.message.replace(
      /\$([a-zA-Z0-9_@]+)\$/g,
      (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
    );
    return expanded.replace(/\$(\$|[1-9])/g, (_whole, token: string) =>
      token === '$' ? '$' : (values[Number(token) - 1] ?? ''),
    );
  };
}
