/** The settings as stored in `storage.local`, read and written through core/settings. */
import { storage } from '#imports';
import { parseSettings, type Settings, withSiteEnabled } from '../core/settings';

const settingsItem = storage.defineItem<unknown>('local:settings');

export async function readSettings(): Promise<Settings> {
  const { settings, problem } = parseSettings(await settingsItem.getValue());
  if (problem) console.warn(`Glosa: stored settings were unreadable (${problem}); using defaults.`);
  return settings;
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function setSiteEnabled(site: string, enabled: boolean): Promise<Settings> {
  const next = withSiteEnabled(await readSettings(), site, enabled);
  await writeSettings(next);
  return next;
}

export async function setPaused(paused: boolean): Promise<Settings> {
  const next = { ...(await readSettings()), paused };
  await writeSettings(next);
  return next;
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value).settings));
}
