/**
 * The user's settings: their fields, each with its own zod schema and default, read field
 * by field (a damaged field falls back to its own default and says so; the others are
 * kept), checked before any write (a refused value comes back with the reason, as a UI
 * string key), and the rules that use them (which sites are annotated).
 *
 * Storage lives in lib/settings.ts; this module is pure so it can be unit-tested and
 * shared by the content script, the popup, the options page and the background.
 */
// zod/mini: the same validation in a fraction of the size, since the content script
// reads settings on every page.
import { z } from 'zod/mini';
import type { MessageKey } from './i18n/ui-strings';
import type { EntityKind } from './schema';
import { parseSitePattern, siteMatches } from './site-patterns';
import { uiLanguageChoices } from './ui-language-choice';

export { siteKey } from './site-patterns';

/** Every entity kind, in the order the options page lists them (core/schema.ts has the same). */
export const entityKinds = [
  'person',
  'place',
  'event',
  'law',
  'organisation',
  'group',
] as const satisfies readonly EntityKind[];

export const underlineStyles = ['dotted', 'dashed', 'solid', 'wavy', 'double'] as const;
export type UnderlineStyle = (typeof underlineStyles)[number];

export const hoverDelayRange = { min: 0, max: 3000, step: 50 } as const;

/**
 * A list is one `storage.sync` item, and an item may hold at most 8,192 bytes
 * (QUOTA_BYTES_PER_ITEM, key included). 150 host names of up to 50 characters fit with
 * room to spare; the byte check in `addSite` covers longer ones.
 */
export const maxSites = 150;
export const maxSiteListBytes = 8_000;

/** A refused value: a UI string key and its substitutions, shown next to the field. */
export interface Problem {
  key: MessageKey;
  substitutions?: string[];
}

const hexColour = z.string().check(z.regex(/^#[0-9a-f]{6}$/));
const siteList = z.array(z.string()).check(
  z.maxLength(maxSites),
  z.refine((list) =>
    list.every((entry) => {
      const parsed = parseSitePattern(entry);
      return parsed.ok && parsed.value === entry;
    }),
  ),
  z.refine((list) => new Set(list).size === list.length),
);

/** Each field's schema and default. A field missing from storage reads as its default. */
export const fieldSchemas = {
  /** "Pause everywhere": no mentions on any site until unpaused. Saved highlights still show. */
  paused: z._default(z.boolean(), false),
  /** How long the pointer rests on a mention before its popover opens. */
  hoverDelayMs: z._default(
    z.int().check(z.minimum(hoverDelayRange.min), z.maximum(hoverDelayRange.max)),
    300,
  ),
  underlineStyle: z._default(z.enum(underlineStyles), 'dotted'),
  underlineColour: z._default(hexColour, '#3b82c4'),
  /** Kinds left unannotated: stored as the ones turned off, so a kind added later starts on. */
  hiddenKinds: z._default(
    z.array(z.enum(entityKinds)).check(z.refine((list) => new Set(list).size === list.length)),
    [],
  ),
  /** Every mention, or only the first of each entity on a page. */
  density: z._default(z.enum(['every', 'first']), 'every'),
  /** Everywhere except `disabledSites` (the default), or only on `allowedSites`. */
  siteMode: z._default(z.enum(['deny', 'allow']), 'deny'),
  /** Host names and patterns (`example.com`, `*.example.com`) where Glosa stays off. */
  disabledSites: z._default(siteList, []),
  /** In allow-list mode, the only sites Glosa annotates. */
  allowedSites: z._default(siteList, []),
  /** The interface language: the browser's, or one of the bundled ones. */
  language: z._default(z.enum(uiLanguageChoices), 'browser'),
};

export type SettingsField = keyof typeof fieldSchemas;
export type Settings = { [K in SettingsField]: z.infer<(typeof fieldSchemas)[K]> };
export const settingsFields = Object.keys(fieldSchemas) as SettingsField[];

export const defaultSettings: Settings = Object.fromEntries(
  settingsFields.map((field) => [field, fieldSchemas[field].parse(undefined)]),
) as Settings;

/** Fields whose stored value could not be read, each now at its default. */
export type FieldProblems = Partial<Record<SettingsField, Problem>>;

/**
 * Reads stored fields one by one: a field that does not fit its schema falls back to its
 * own default and is listed in `problems`; the others are kept. `stored` is a record of
 * field to stored value (a missing field is `undefined`); anything but an object reads as
 * all defaults, with every field listed.
 */
export function parseSettings(stored: unknown): { settings: Settings; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const unreadable = stored != null && !isRecord(stored);
  const record = isRecord(stored) ? stored : {};
  const settings = { ...defaultSettings } as Record<SettingsField, unknown>;
  for (const field of settingsFields) {
    const result = fieldSchemas[field].safeParse(record[field]);
    if (result.success && !unreadable) settings[field] = result.data;
    else problems[field] = { key: 'settingsStoredInvalid' };
  }
  return { settings: settings as Settings, problems };
}

/** Checks one value before it is written; a refused one comes back with its reason. */
export function checkField<K extends SettingsField>(
  field: K,
  value: unknown,
): { ok: true; value: Settings[K] } | { ok: false; problem: Problem } {
  const result = fieldSchemas[field].safeParse(value);
  if (value !== undefined && result.success) return { ok: true, value: result.data as Settings[K] };
  return { ok: false, problem: problemFor(field, value) };
}

function problemFor(field: SettingsField, value: unknown): Problem {
  switch (field) {
    case 'hoverDelayMs':
      return {
        key: 'settingsDelayRange',
        substitutions: [String(hoverDelayRange.min), String(hoverDelayRange.max)],
      };
    case 'underlineColour':
      return { key: 'settingsColourInvalid' };
    case 'disabledSites':
    case 'allowedSites': {
      if (!Array.isArray(value)) return { key: 'settingsSitesInvalid' };
      for (const entry of value) {
        const parsed = parseSitePattern(String(entry));
        if (!parsed.ok) return parsed.problem;
      }
      if (value.length > maxSites) return { key: 'settingsSitesFull', substitutions: [String(maxSites)] };
      return { key: 'settingsSitesInvalid' };
    }
    default:
      return { key: 'settingsChoiceInvalid' };
  }
}

/**
 * Adds a typed site to a list: normalised (`https://www.Example.com/x` becomes
 * `example.com`), checked as a host name or pattern, refused when already listed or when
 * the list would not fit one sync item.
 */
export function addSite(
  list: readonly string[],
  typed: string,
): { ok: true; value: string[] } | { ok: false; problem: Problem } {
  const parsed = parseSitePattern(typed);
  if (!parsed.ok) return parsed;
  if (list.includes(parsed.value))
    return { ok: false, problem: { key: 'settingsSiteDuplicate', substitutions: [parsed.value] } };
  const next = [...list, parsed.value].sort();
  if (next.length > maxSites || JSON.stringify(next).length > maxSiteListBytes) {
    return { ok: false, problem: { key: 'settingsSitesFull', substitutions: [String(maxSites)] } };
  }
  return { ok: true, value: next };
}

/** Whether `url` is an http(s) page the site rules let Glosa annotate (pause aside). */
export function isSiteEnabled(settings: Settings, url: string): boolean {
  const host = hostOf(url);
  if (host === undefined) return false;
  if (settings.siteMode === 'allow') return settings.allowedSites.some((entry) => siteMatches(entry, host));
  return !settings.disabledSites.some((entry) => siteMatches(entry, host));
}

/** Whether mentions are drawn on `url`: the site is on and Glosa is not paused everywhere. */
export function annotatesPage(settings: Settings, url: string): boolean {
  return !settings.paused && isSiteEnabled(settings, url);
}

/**
 * The popup's switch for one site (`site` is a `siteKey`). In deny mode it takes the site
 * off or puts it on the deny list; in allow mode, the allow list. Switching a site on in
 * deny mode also drops the patterns that cover it (`*.example.com`), or it would stay off.
 */
export function withSiteEnabled(
  settings: Settings,
  site: string,
  enabled: boolean,
): Pick<Settings, 'disabledSites' | 'allowedSites'> {
  const covering = (entry: string) => siteMatches(entry, site);
  if (settings.siteMode === 'allow') {
    const others = settings.allowedSites.filter((entry) => !covering(entry));
    return {
      disabledSites: settings.disabledSites,
      allowedSites: enabled ? [...others, site].sort() : others,
    };
  }
  const others = settings.disabledSites.filter((entry) => !covering(entry));
  return { disabledSites: enabled ? others : [...others, site].sort(), allowedSites: settings.allowedSites };
}

function hostOf(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
