/**
 * Export the settings as JSON, and import such a file: read field by field, every field
 * that fits written (one storage item each), every one refused listed with its reason.
 */
import { type ChangeEvent, useState } from 'react';
import type { MessageKey } from '../../core/i18n/ui-strings';
import type { SettingsField } from '../../core/settings';
import { exportSettings, parseSettingsFile } from '../../core/settings-file';
import { t } from '../../lib/i18n';
import type { SettingsState } from './use-settings';

export const fieldNames = {
  paused: 'settingsFieldPaused',
  hoverDelayMs: 'settingsFieldHoverDelay',
  underlineStyle: 'settingsFieldUnderlineStyle',
  underlineColour: 'settingsFieldUnderlineColour',
  hiddenKinds: 'settingsFieldKinds',
  density: 'settingsFieldDensity',
  siteMode: 'settingsFieldSiteMode',
  disabledSites: 'settingsFieldDisabledSites',
  allowedSites: 'settingsFieldAllowedSites',
  language: 'settingsFieldLanguage',
} as const satisfies Record<SettingsField, MessageKey>;

export function SettingsFileSection({ state }: { state: SettingsState }) {
  const [report, setReport] = useState<string[]>([]);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(state.settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'glosa-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) {
      setReport([t(parsed.problem.key, parsed.problem.substitutions)]);
      return;
    }
    const lines: string[] = [];
    let written = 0;
    for (const [field, value] of Object.entries(parsed.fields) as Array<[SettingsField, unknown]>) {
      const result = await state.write(field, value);
      if (result.ok) written++;
      else
        lines.push(
          t('settingsImportFieldRefused', [
            t(fieldNames[field]),
            t(result.problem.key, result.problem.substitutions),
          ]),
        );
    }
    for (const [field, problem] of Object.entries(parsed.problems) as Array<
      [SettingsField, { key: MessageKey; substitutions?: string[] }]
    >) {
      lines.push(
        t('settingsImportFieldRefused', [t(fieldNames[field]), t(problem.key, problem.substitutions)]),
      );
    }
    if (parsed.ignored.length > 0) lines.push(t('settingsImportIgnored', parsed.ignored.join(', ')));
    const count =
      written === 0
        ? t('settingsImportedNone')
        : written === 1
          ? t('settingsImportedOne')
          : t('settingsImportedMany', String(written));
    setReport([count, ...lines]);
  };

  return (
    <section aria-labelledby="file-heading">
      <h2 id="file-heading">{t('settingsFileHeading')}</h2>
      <p className="hint">{t('settingsSyncNote')}</p>
      <div className="row">
        <button type="button" onClick={download}>
          {t('settingsExport')}
        </button>
        <label className="file">
          {t('settingsImport')}
          <input type="file" accept="application/json,.json" onChange={(event) => void load(event)} />
        </label>
      </div>
      <div role="status" data-testid="import-report">
        {report.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  );
}
