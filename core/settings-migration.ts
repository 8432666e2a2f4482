/**
 * Earlier stored shapes of the settings, and how they become today's fields.
 *
 * Before settings synced, they were one object in `storage.local` under `settings`:
 * - shape 1 (first release): `{ disabledSites, hoverDelayMs }`;
 * - shape 2 (with "Pause everywhere"): `{ disabledSites, paused, hoverDelayMs }`.
 * Neither carried a version (WXT reads both as v1). Today each field is its own
 * `storage.sync` item (lib/settings.ts says why). The old object is read field by field
 * (a damaged field is dropped and reported, the others move) and merged into what sync
 * already holds from another machine: there, the synced value wins, since it is the
 * newer choice, except the deny list, where both machines' sites stay off.
 */
import {
  type FieldProblems,
  maxSiteListBytes,
  maxSites,
  parseSettings,
  type Settings,
  type SettingsField,
} from './settings';

/** The fields a stored object of shape 1 or 2 could hold. */
const legacyFields = ['disabledSites', 'paused', 'hoverDelayMs'] as const satisfies readonly SettingsField[];

/**
 * The readable fields of an old `local:settings` object (the v1 → v2 migration of that
 * item): only the fields it actually held and that fit, so a missing or damaged one never
 * overwrites a synced value with a default.
 */
export function fieldsFromLegacy(stored: unknown): { fields: Partial<Settings>; problems: FieldProblems } {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return {
      fields: {},
      problems: stored == null ? {} : { disabledSites: { key: 'settingsStoredInvalid' } },
    };
  }
  const record = stored as Record<string, unknown>;
  const { settings, problems } = parseSettings(record);
  const fields: Partial<Settings> = {};
  const kept: FieldProblems = {};
  for (const field of legacyFields) {
    if (record[field] === undefined) continue;
    if (problems[field]) kept[field] = problems[field];
    else Object.assign(fields, { [field]: settings[field] });
  }
  return { fields, problems: kept };
}

/**
 * What to write to sync for the legacy fields: a field sync does not hold yet takes the
 * old value; the deny list takes the union of both (as far as one sync item holds).
 */
export function mergeLegacy(
  synced: Partial<Record<SettingsField, unknown>>,
  legacy: Partial<Settings>,
): Partial<Settings> {
  const writes: Partial<Settings> = {};
  const current = parseSettings(synced);
  for (const [field, value] of Object.entries(legacy) as Array<[SettingsField, unknown]>) {
    if (field === 'disabledSites' && synced.disabledSites !== undefined && !current.problems.disabledSites) {
      const union = [...new Set([...current.settings.disabledSites, ...(value as string[])])].sort();
      if (union.length <= maxSites && JSON.stringify(union).length <= maxSiteListBytes) {
        if (union.length !== current.settings.disabledSites.length) writes.disabledSites = union;
      }
      continue;
    }
    if (synced[field] === undefined || current.problems[field]) Object.assign(writes, { [field]: value });
  }
  return writes;
}
