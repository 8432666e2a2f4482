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
  popoverAsReportedBy: ['outlet'],
  popoverWritingIn: ['speaker', 'outlet'],
  popoverVia: ['via'],
  popoverByAuthors: ['authors'],
  popoverOpenSource: [],
  popoverAddressUnknown: [],
  popoverOnePosition: [],
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
  popupSiteLabel: ['site'],
  popupOn: [],
  popupOff: [],
  popupNotAWebPage: [],
  popupMentionsHeading: [],
  popupLooking: [],
  popupNoMentions: [],
  popupMentionsSuffix: [],
  popupSettings: [],
  optionsTitle: [],
  optionsSitesHeading: [],
  optionsAllSitesOn: [],
  optionsTurnOnAgain: [],
  optionsTurnOffLabel: [],
  optionsTurnOff: [],
  optionsNotASite: ['typed'],
  optionsPopoverHeading: [],
  optionsHoverDelay: [],
  libraryTitle: [],
  libraryHeading: [],
  librarySearchLabel: [],
  librarySearchPlaceholder: [],
  libraryFiltersLegend: [],
  libraryFilterEntity: [],
  libraryFilterTag: [],
  libraryFilterSite: [],
  libraryFilterFrom: [],
  libraryFilterTo: [],
  libraryFilterOrphans: [],
  libraryFilterAny: [],
  libraryClearFilters: [],
  librarySelectAllShown: ['count'],
  librarySearching: [],
  librarySelectedCount: ['count'],
  libraryShownCount: ['shown', 'total'],
  libraryDeleteSelected: [],
  libraryClearSelection: [],
  libraryUndo: [],
  libraryListLabel: [],
  libraryPageLine: ['site', 'date', 'count'],
  libraryLoading: [],
  libraryEmpty: [],
  libraryNoResults: [],
  librarySaved: [],
  libraryDeletedOne: [],
  libraryDeletedMany: ['count'],
  libraryRestoredOne: [],
  libraryRestoredMany: ['count'],
  librarySelectOne: ['quote'],
  libraryOrphan: [],
  libraryUncertain: [],
  libraryOrphanHint: [],
  libraryNoteLabel: [],
  libraryNoNote: [],
  libraryEditNote: [],
  libraryTagsLabel: [],
  libraryTagsHeading: [],
  libraryEditTags: [],
  libraryEntitiesLabel: [],
  libraryOpen: [],
  libraryDelete: [],
  libraryExportSelected: ['count'],
  libraryExportAll: ['count'],
  libraryExportJsonLd: [],
  libraryExportMarkdown: [],
  libraryExportCsv: [],
  libraryExported: ['count', 'file'],
  libraryImportLabel: [],
  libraryImportChecking: [],
  libraryImportRefused: ['file', 'reason'],
  libraryImportReviewHeading: ['file'],
  libraryImportFormat: ['format'],
  libraryImportFormatGlosa: [],
  libraryImportFormatW3c: [],
  libraryImportFormatHypothesis: [],
  libraryImportCounts: ['valid', 'invalid', 'duplicates'],
  libraryImportInvalidHeading: [],
  libraryImportMoreInvalid: ['count'],
  libraryImportConfirm: ['count'],
  libraryImportCancel: [],
  libraryImported: ['added', 'merged', 'unchanged'],
  libraryImportFailed: [],
  popupHighlightsHeading: [],
  popupHighlightsNone: [],
  popupHighlightsOrphanCountOne: [],
  popupHighlightsOrphanCount: ['count'],
  popupHighlightsOrphan: [],
  popupHighlightsUncertain: [],
  popupHighlightsOpenLibrary: [],
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
