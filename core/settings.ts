/**
 * The user's settings: which sites Glosa stays off on, whether it is paused everywhere,
 * and the hover dwell. Parsed with
 * zod on every read, so a damaged stored value falls back to defaults instead of
 * breaking the extension.
 */
// zod/mini: the same validation in a fraction of the size, since the content script
// reads settings on every page.
import { z } from 'zod/mini';

export const settingsSchema = z.object({
  /** Host names (`example.com`) where Glosa does nothing. */
  disabledSites: z._default(z.array(z.string()), []),
  /** "Pause everywhere": no mentions on any site until unpaused. Saved highlights still show. */
  paused: z._default(z.boolean(), false),
  /** How long the pointer rests on a mention before its popover opens. */
  hoverDelayMs: z._default(z.int().check(z.minimum(0), z.maximum(3000)), 300),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Reads a stored value; anything unreadable becomes the defaults (and says why). */
export function parseSettings(stored: unknown): { settings: Settings; problem?: string } {
  const result = settingsSchema.safeParse(stored ?? {});
  if (result.success) return { settings: result.data };
  return { settings: defaultSettings, problem: result.error.issues.map((issue) => issue.message).join('; ') };
}

/** The key a site is switched off by: its host name, without a leading `www.`. */
export function siteKey(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    return hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

export function isSiteEnabled(settings: Settings, url: string): boolean {
  const key = siteKey(url);
  return key !== undefined && !settings.disabledSites.includes(key);
}

/** Whether mentions are drawn on `url`: the site is on and Glosa is not paused everywhere. */
export function annotatesPage(settings: Settings, url: string): boolean {
  return !settings.paused && isSiteEnabled(settings, url);
}

export function withSiteEnabled(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((entry) => entry !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site].sort() };
}
