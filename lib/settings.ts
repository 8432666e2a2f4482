/**
 * The settings in storage: one `storage.sync` item per field (`sync:settings.<field>`).
 *
 * Why one item per field:
 * - Atomic changes without a shared object: the popup writing "Pause everywhere" and the
 *   options page writing the hover delay touch different keys, so neither can overwrite
 *   the other with a stale copy. The one read-modify-write left (a site list) runs under
 *   a Web Lock named after its field, held across extension pages and the background.
 * - Sync quotas: each item stays far below QUOTA_BYTES_PER_ITEM (8,192 bytes); only the
 *   site lists can grow, and `addSite` caps them. Sync allows 120 writes a minute, so
 *   the options page writes a field once its control settles, not on every keystroke.
 * - A damaged field is one item: it falls back to its default alone (core/settings.ts).
 *
 * Why sync, and what became of `local:settings`: settings follow the reader to other
 * machines; saved highlights stay local (IndexedDB). The old single object in
 * `storage.local` could not sync and two sources would drift, so it is migrated once
 * (WXT item v1 → v2: read field by field, core/settings-migration.ts), merged into sync
 * and removed.
 */
import { storage } from '#imports';
import {
  checkField,
  type FieldProblems,
  type Problem,
  parseSettings,
  type Settings,
  type SettingsField,
  settingsFields,
  withSiteEnabled,
} from '../core/settings';
import { fieldsFromLegacy, mergeLegacy } from '../core/settings-migration';

type SyncKey = `sync:settings.${SettingsField}`;
const keyOf = (field: SettingsField): SyncKey => `sync:settings.${field}`;

/** Version 1 of every field item: a later change of one field's shape adds a migration there. */
const fieldItems = Object.fromEntries(
  settingsFields.map((field) => [field, storage.defineItem<unknown>(keyOf(field), { version: 1 })]),
) as Record<SettingsField, ReturnType<typeof storage.defineItem<unknown>>>;

const legacyKey = 'local:settings';

/**
 * Moves the old `local:settings` object into sync, once per context at most. Defined
 * here, not at load, so a page's content script does not run WXT's migration check on
 * every page: one read of the key tells it there is nothing to move.
 */
let adopting: Promise<FieldProblems> | undefined;
export function adoptLegacySettings(): Promise<FieldProblems> {
  adopting ??= (async () => {
    if ((await storage.getItem(legacyKey)) == null) return {};
    let problems: FieldProblems = {};
    const legacy = storage.defineItem<Partial<Settings>>(legacyKey, {
      version: 2,
      migrations: {
        // v1: shapes 1 and 2, never versioned. v2: only the fields that were readable.
        2: (old: unknown) => {
          const moved = fieldsFromLegacy(old);
          problems = moved.problems;
          return moved.fields;
        },
      },
    });
    const fields = (await legacy.getValue()) ?? {};
    const synced = await readRaw();
    const writes = mergeLegacy(synced, fields);
    await Promise.all(
      Object.entries(writes).map(([field, value]) => fieldItems[field as SettingsField].setValue(value)),
    );
    await legacy.removeValue({ removeMeta: true });
    return problems;
  })().catch((error: unknown) => {
    console.warn('Glosa: the settings of an earlier version could not be moved;', error);
    return {};
  });
  return adopting;
}

async function readRaw(): Promise<Partial<Record<SettingsField, unknown>>> {
  const values = await storage.getItems(settingsFields.map(keyOf));
  return Object.fromEntries(
    values.map(({ key, value }) => [key.slice('sync:settings.'.length), value ?? undefined]),
  );
}

/** The settings, with the fields that were unreadable (each back at its default). */
export async function readSettingsChecked(): Promise<{ settings: Settings; problems: FieldProblems }> {
  const legacyProblems = await adoptLegacySettings();
  const read = parseSettings(await readRaw());
  return { settings: read.settings, problems: { ...legacyProblems, ...read.problems } };
}

export async function readSettings(): Promise<Settings> {
  const { settings, problems } = await readSettingsChecked();
  const bad = Object.keys(problems);
  if (bad.length > 0)
    console.warn(`Glosa: stored settings unreadable (${bad.join(', ')}); those use defaults.`);
  return settings;
}

export type WriteResult = { ok: true } | { ok: false; problem: Problem };

/** Writes one field after checking it; a refused or failed write says why. */
export async function writeField<K extends SettingsField>(
  field: K,
  value: Settings[K] | unknown,
): Promise<WriteResult> {
  const checked = checkField(field, value);
  if (!checked.ok) return checked;
  try {
    await fieldItems[field].setValue(checked.value);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: { key: 'settingsSaveFailed', substitutions: [reason(error)] } };
  }
}

/**
 * Read-modify-write of one field under a lock named after it, so two extension pages
 * adding sites at once both land. `update` may refuse with a problem.
 */
export async function updateField<K extends SettingsField>(
  field: K,
  update: (settings: Settings) => { ok: true; value: Settings[K] } | { ok: false; problem: Problem },
): Promise<WriteResult> {
  return withLock(`glosa-settings.${field}`, async () => {
    const next = update(await readSettings());
    if (!next.ok) return next;
    return writeField(field, next.value);
  });
}

/** The popup's "Annotate this site" switch: edits the list of the current site mode. */
export async function setSiteEnabled(site: string, enabled: boolean): Promise<Settings> {
  const { siteMode } = await readSettings();
  const field = siteMode === 'allow' ? 'allowedSites' : 'disabledSites';
  await updateField(field, (settings) => ({
    ok: true,
    value: withSiteEnabled(settings, site, enabled)[field],
  }));
  return readSettings();
}

export async function setPaused(paused: boolean): Promise<Settings> {
  await writeField('paused', paused);
  return readSettings();
}

/** Calls `listener` with the whole settings after any field changes (batched per task). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  let queued = false;
  let stopped = false;
  const changed = () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      void readSettings().then((settings) => {
        if (!stopped) listener(settings);
      });
    });
  };
  const unwatchers = settingsFields.map((field) => storage.watch(keyOf(field), changed));
  return () => {
    stopped = true;
    for (const unwatch of unwatchers) unwatch();
  };
}

/** A Web Lock where the context has them (extension pages, the background); otherwise a queue. */
let queue: Promise<unknown> = Promise.resolve();
function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, work) as Promise<T>;
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
