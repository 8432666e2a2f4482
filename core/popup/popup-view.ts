/**
 * What the toolbar popup says, as pure functions: which state the tab is in, the
 * "N mentions of M entities" line, the page's entities grouped by kind, and the sentence
 * that says what the dataset covers. Plurals are chosen with `Intl.PluralRules` between
 * `…One` and `…Other` keys, so no language reads "1 menciones".
 */
import type { MessageKey, Translate } from '../i18n/ui-strings';
import type { EntityKind } from '../schema';

/** The order kinds are listed in, in the popup and in the coverage sentence. */
export const kindOrder: readonly EntityKind[] = ['person', 'place', 'event', 'law', 'organisation', 'group'];

export type PopupState =
  /** Content scripts cannot run here: the browser's own pages, the Web Store, local files. */
  | 'restricted'
  /** A web page where no content script answers: it was open before Glosa was installed or updated. */
  | 'reload'
  /** "Pause everywhere" is on. */
  | 'paused'
  /** The site switch is off. */
  | 'site-off'
  /** The content script is still starting or scanning. */
  | 'looking'
  | 'no-mentions'
  | 'mentions';

export interface TabFacts {
  /** The tab's address; the browser hides it on pages Glosa has no access to. */
  url: string | undefined;
  /** Whether the tab is still loading (its content script may not have started yet). */
  loading: boolean;
  /** The content script's answer: undefined while unasked, null when nothing answered. */
  status: { text: boolean } | null | undefined;
  siteEnabled: boolean;
  paused: boolean;
  /** The page's mentions per entity; null until the content script answered. */
  counts: readonly { entityId: string; count: number }[] | null;
}

/** Hosts on http(s) where browsers refuse content scripts: their extension stores. */
const closedHosts = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Whether Glosa's content script can run at `url` at all. */
export function canRunOn(url: string | undefined): boolean {
  if (url === undefined) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (closedHosts.includes(parsed.hostname)) return false;
  // The old Chrome Web Store address.
  return !(parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'));
}

export function popupState(facts: TabFacts): PopupState {
  if (!canRunOn(facts.url)) return 'restricted';
  if (facts.paused) return 'paused';
  if (!facts.siteEnabled) return 'site-off';
  if (facts.status === null) return facts.loading ? 'looking' : 'reload';
  if (facts.status?.text === false) return 'no-mentions';
  if (facts.status === undefined || facts.counts === null) return 'looking';
  return facts.counts.length === 0 ? 'no-mentions' : 'mentions';
}

/** `count` with the `one` or the `other` wording of `locale`. */
export function plural(
  t: Translate,
  locale: string,
  count: number,
  one: MessageKey,
  other: MessageKey,
): string {
  const form = new Intl.PluralRules(locale).select(count);
  return form === 'one' ? t(one, String(count)) : t(other, formatCount(count, locale));
}

function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** "12 mentions of 4 entities". */
export function mentionSummary(
  t: Translate,
  locale: string,
  counts: readonly { entityId: string; count: number }[],
): string {
  const mentions = counts.reduce((sum, entry) => sum + entry.count, 0);
  return t('popupPanelSummary', [
    plural(t, locale, mentions, 'popupPanelMentionsOne', 'popupPanelMentionsOther'),
    plural(t, locale, counts.length, 'popupPanelEntitiesOne', 'popupPanelEntitiesOther'),
  ]);
}

export interface KindGroup<T> {
  kind: EntityKind;
  entries: T[];
}

/** The entries grouped by their entity's kind, kinds in `kindOrder`, entries in their given order. */
export function groupByKind<T extends { entityId: string }>(
  entries: readonly T[],
  kindOf: (entityId: string) => EntityKind | undefined,
): KindGroup<T>[] {
  const groups = new Map<EntityKind, T[]>();
  for (const entry of entries) {
    const kind = kindOf(entry.entityId);
    if (kind === undefined) continue;
    const group = groups.get(kind) ?? [];
    group.push(entry);
    groups.set(kind, group);
  }
  return kindOrder.flatMap((kind) => {
    const group = groups.get(kind);
    return group ? [{ kind, entries: group }] : [];
  });
}

const kindHeadings: Record<EntityKind, MessageKey> = {
  person: 'popupPanelKindPerson',
  place: 'popupPanelKindPlace',
  event: 'popupPanelKindEvent',
  law: 'popupPanelKindLaw',
  organisation: 'popupPanelKindOrganisation',
  group: 'popupPanelKindGroup',
};

/** The heading over a kind's entities: "People", "Places"… */
export function kindHeading(t: Translate, kind: EntityKind): string {
  return t(kindHeadings[kind]);
}

const coverageKeys: Record<EntityKind, [MessageKey, MessageKey]> = {
  person: ['popupPanelCoveragePersonOne', 'popupPanelCoveragePersonOther'],
  place: ['popupPanelCoveragePlaceOne', 'popupPanelCoveragePlaceOther'],
  event: ['popupPanelCoverageEventOne', 'popupPanelCoverageEventOther'],
  law: ['popupPanelCoverageLawOne', 'popupPanelCoverageLawOther'],
  organisation: ['popupPanelCoverageOrganisationOne', 'popupPanelCoverageOrganisationOther'],
  group: ['popupPanelCoverageGroupOne', 'popupPanelCoverageGroupOther'],
};

/**
 * "Glosa's dataset covers Bolivian politics 2019–2025: 23 people, 17 places, 5 events,
 * 2 laws, 18 organisations and 6 groups." The years are those of its sources; kinds it
 * has none of are left out.
 */
export function coverageSentence(
  t: Translate,
  locale: string,
  dataset: { entities: readonly { kind: EntityKind }[]; sources: readonly { published: string }[] },
): string {
  const perKind = new Map<EntityKind, number>();
  for (const entity of dataset.entities) perKind.set(entity.kind, (perKind.get(entity.kind) ?? 0) + 1);
  const parts = kindOrder.flatMap((kind) => {
    const count = perKind.get(kind);
    return count ? [plural(t, locale, count, ...coverageKeys[kind])] : [];
  });
  const years = dataset.sources
    .map((source) => Number(source.published.slice(0, 4)))
    .filter((year) => Number.isInteger(year) && year > 0);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
  if (years.length === 0) return t('popupPanelCoverageUndated', list);
  const from = String(Math.min(...years));
  const to = String(Math.max(...years));
  return from === to ? t('popupPanelCoverageYear', [from, list]) : t('popupPanelCoverage', [from, to, list]);
}
