import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import { exportSettings, parseSettingsFile } from '../../../core/settings-file';
import { underlineCss } from '../../../core/underline-css';

describe('settings as a JSON file', () => {
  it('round-trips every field', () => {
    const settings = {
      ...defaultSettings,
      paused: true,
      hoverDelayMs: 750,
      underlineStyle: 'wavy' as const,
      underlineColour: '#aa3300',
      hiddenKinds: ['law' as const],
      density: 'first' as const,
      siteMode: 'allow' as const,
      allowedSites: ['*.example.com'],
      language: 'es' as const,
    };
    expect(parseSettingsFile(exportSettings(settings))).toEqual({
      ok: true,
      fields: settings,
      problems: {},
      ignored: [],
    });
  });

  it('applies the fields that fit and refuses the others with their reasons', () => {
    const file = JSON.stringify({
      format: 'glosa-settings',
      version: 1,
      settings: {
        hoverDelayMs: 5000,
        density: 'first',
        disabledSites: ['ok.org', 'not a site at all'],
        theme: 'dark',
      },
    });
    expect(parseSettingsFile(file)).toEqual({
      ok: true,
      fields: { density: 'first' },
      problems: {
        hoverDelayMs: { key: 'settingsDelayRange', substitutions: ['0', '3000'] },
        disabledSites: { key: 'settingsNotASite', substitutions: ['not a site at all'] },
      },
      ignored: ['theme'],
    });
  });

  it('refuses a file that is not JSON, not Glosa settings, or of another format version', () => {
    expect(parseSettingsFile('{oops')).toEqual({ ok: false, problem: { key: 'settingsImportNotJson' } });
    expect(parseSettingsFile('[1,2]')).toEqual({ ok: false, problem: { key: 'settingsImportNotSettings' } });
    expect(parseSettingsFile(JSON.stringify({ format: 'glosa-settings', version: 1, settings: [] }))).toEqual(
      {
        ok: false,
        problem: { key: 'settingsImportNotSettings' },
      },
    );
    expect(parseSettingsFile(JSON.stringify({ format: 'glosa-settings', version: 2, settings: {} }))).toEqual(
      {
        ok: false,
        problem: { key: 'settingsImportNewer', substitutions: ['2'] },
      },
    );
  });
});

describe('the underline rule', () => {
  it('sets style and colour outside forced-colours mode, for highlights and the fallback', () => {
    const css = underlineCss({ underlineStyle: 'wavy', underlineColour: '#aa3300' });
    expect(css).toContain('@media not (forced-colors: active)');
    expect(css).toMatch(
      /::highlight\(glosa-mention\) \{\s*text-decoration-style: wavy;\s*text-decoration-color: #aa3300;/,
    );
    expect(css).toMatch(/glosa-mark \{\s*text-decoration-style: wavy;/);
  });
});
