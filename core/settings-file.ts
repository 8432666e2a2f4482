/**
 * Settings as a JSON file, to carry them by hand (a browser without sync, a backup).
 * Import reads the file field by field like storage does: every field that fits is
 * applied, each one that does not is reported with its reason, and a field Glosa does
 * not know is reported as ignored.
 */
import {
  checkField,
  type FieldProblems,
  type Problem,
  type Settings,
  type SettingsField,
  settingsFields,
} from './settings';

export const settingsFileFormat = 'glosa-settings';
export const settingsFileVersion = 1;

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: settingsFileFormat, version: settingsFileVersion, settings }, null, 2)}\n`;
}

export type SettingsFileResult =
  | { ok: false; problem: Problem }
  | { ok: true; fields: Partial<Settings>; problems: FieldProblems; ignored: string[] };

export function parseSettingsFile(text: string): SettingsFileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'settingsImportNotJson' } };
  }
  const file = parsed as { format?: unknown; version?: unknown; settings?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== settingsFileFormat) {
    return { ok: false, problem: { key: 'settingsImportNotSettings' } };
  }
  if (file.version !== settingsFileVersion) {
    return { ok: false, problem: { key: 'settingsImportNewer', substitutions: [String(file.version)] } };
  }
  const settings = file.settings;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    return { ok: false, problem: { key: 'settingsImportNotSettings' } };
  }
  const record = settings as Record<string, unknown>;
  const fields: Partial<Settings> = {};
  const problems: FieldProblems = {};
  for (const field of settingsFields) {
    if (record[field] === undefined) continue;
    const checked = checkField(field, record[field]);
    if (checked.ok) Object.assign(fields, { [field]: checked.value });
    else problems[field] = checked.problem;
  }
  const known = new Set<string>(settingsFields);
  const ignored = Object.keys(record).filter((key) => !known.has(key as SettingsField));
  return { ok: true, fields, problems, ignored };
}
