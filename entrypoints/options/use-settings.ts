/**
 * The options page's view of the settings: the stored values (live, whoever writes them),
 * the fields that were unreadable when the page opened, and per-field messages for
 * refused or failed writes. Every write goes through lib/settings, one field at a time.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  checkField,
  defaultSettings,
  type FieldProblems,
  type Problem,
  type Settings,
  type SettingsField,
} from '../../core/settings';
import {
  readSettingsChecked,
  updateField,
  type WriteResult,
  watchSettings,
  writeField,
} from '../../lib/settings';

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** Fields found unreadable in storage, now at their defaults. */
  stored: FieldProblems;
  /** The last refused or failed write of each field. */
  refused: FieldProblems;
  write<K extends SettingsField>(field: K, value: unknown): Promise<WriteResult>;
  update<K extends SettingsField>(
    field: K,
    update: (settings: Settings) => { ok: true; value: Settings[K] } | { ok: false; problem: Problem },
  ): Promise<WriteResult>;
  /** Shows a refusal found before writing (a draft that does not fit), or clears it. */
  refuse(field: SettingsField, problem: Problem | undefined): void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [loaded, setLoaded] = useState(false);
  const [stored, setStored] = useState<FieldProblems>({});
  const [refused, setRefused] = useState<FieldProblems>({});

  useEffect(() => {
    let live = true;
    void readSettingsChecked().then((read) => {
      if (!live) return;
      setSettings(read.settings);
      setStored(read.problems);
      setLoaded(true);
    });
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const refuse = useCallback((field: SettingsField, problem: Problem | undefined) => {
    setRefused((current) => {
      if (!problem && !current[field]) return current;
      const next = { ...current };
      if (problem) next[field] = problem;
      else delete next[field];
      return next;
    });
  }, []);

  /** Records a write's outcome next to its field; a good write also clears the stored-value note. */
  const settle = useCallback(
    (field: SettingsField, result: WriteResult) => {
      refuse(field, result.ok ? undefined : result.problem);
      if (result.ok) {
        setStored((current) => {
          if (!current[field]) return current;
          const next = { ...current };
          delete next[field];
          return next;
        });
      }
      return result;
    },
    [refuse],
  );

  const write = useCallback(
    async <K extends SettingsField>(field: K, value: unknown) => {
      // Shown at once, as the control already shows it; a failed write reads the truth back.
      const checked = checkField(field, value);
      if (checked.ok) setSettings((current) => ({ ...current, [field]: checked.value }));
      const result = await writeField(field, value);
      if (!result.ok) setSettings((await readSettingsChecked()).settings);
      return settle(field, result);
    },
    [settle],
  );
  const update = useCallback(
    async <K extends SettingsField>(
      field: K,
      change: (settings: Settings) => { ok: true; value: Settings[K] } | { ok: false; problem: Problem },
    ) => settle(field, await updateField(field, change)),
    [settle],
  );

  return { settings, loaded, stored, refused, write, update, refuse };
}
