import { describe, expect, it } from 'vitest';
import {
  addSite,
  annotatesPage,
  checkField,
  defaultSettings,
  isSiteEnabled,
  maxSites,
  parseSettings,
  type Settings,
  siteKey,
  withSiteEnabled,
} from '../../../core/settings';

const withSites = (sites: Partial<Settings>): Settings => ({ ...defaultSettings, ...sites });

describe('reading stored settings field by field', () => {
  it('reads nothing stored as the defaults, with no problem', () => {
    const { settings, problems } = parseSettings(undefined);
    expect(settings).toEqual({
      paused: false,
      hoverDelayMs: 300,
      underlineStyle: 'dotted',
      underlineColour: '#3b82c4',
      hiddenKinds: [],
      density: 'every',
      siteMode: 'deny',
      disabledSites: [],
      allowedSites: [],
      language: 'browser',
    });
    expect(problems).toEqual({});
  });

  it('keeps the good fields of a corrupted object and resets only the bad ones, saying which', () => {
    const { settings, problems } = parseSettings({
      disabledSites: 'example.com',
      hoverDelayMs: -5,
      paused: true,
      underlineColour: 'red; background: url(x)',
      underlineStyle: 'wavy',
      hiddenKinds: ['law', 'law'],
      density: 'first',
      language: 'es',
    });
    expect(settings).toEqual({
      ...defaultSettings,
      paused: true,
      underlineStyle: 'wavy',
      density: 'first',
      language: 'es',
    });
    expect(Object.keys(problems).sort()).toEqual([
      'disabledSites',
      'hiddenKinds',
      'hoverDelayMs',
      'underlineColour',
    ]);
    expect(problems.hoverDelayMs).toEqual({ key: 'settingsStoredInvalid' });
  });

  it('resets a stored site list holding something that is not a site', () => {
    const { settings, problems } = parseSettings({ disabledSites: ['example.com', 'not a site'] });
    expect(settings.disabledSites).toEqual([]);
    expect(problems.disabledSites).toBeTruthy();
  });

  it('reads a value that is not an object as all defaults, every field reported', () => {
    const { settings, problems } = parseSettings('garbage');
    expect(settings).toEqual(defaultSettings);
    expect(Object.keys(problems)).toHaveLength(Object.keys(defaultSettings).length);
  });
});

describe('checking a value before it is written', () => {
  it('refuses a hover delay out of range, fractional or empty, with the range', () => {
    for (const bad of [5000, -1, 12.5, undefined, '', Number.NaN]) {
      const result = checkField('hoverDelayMs', bad);
      expect(result).toEqual({
        ok: false,
        problem: { key: 'settingsDelayRange', substitutions: ['0', '3000'] },
      });
    }
    expect(checkField('hoverDelayMs', 0)).toEqual({ ok: true, value: 0 });
    expect(checkField('hoverDelayMs', 3000)).toEqual({ ok: true, value: 3000 });
  });

  it('accepts only #rrggbb colours, so nothing else reaches the inserted CSS', () => {
    expect(checkField('underlineColour', '#aa00ff').ok).toBe(true);
    for (const bad of ['red', '#abc', '#AA00FF', '#aa00ff; color: red', '']) {
      expect(checkField('underlineColour', bad)).toEqual({
        ok: false,
        problem: { key: 'settingsColourInvalid' },
      });
    }
  });

  it('accepts only the offered choices for style, density, mode, language and kinds', () => {
    expect(checkField('underlineStyle', 'wavy').ok).toBe(true);
    expect(checkField('underlineStyle', 'blink')).toEqual({
      ok: false,
      problem: { key: 'settingsChoiceInvalid' },
    });
    expect(checkField('density', 'first').ok).toBe(true);
    expect(checkField('density', 'some').ok).toBe(false);
    expect(checkField('siteMode', 'allow').ok).toBe(true);
    expect(checkField('siteMode', 'only').ok).toBe(false);
    expect(checkField('language', 'es').ok).toBe(true);
    expect(checkField('language', 'fr').ok).toBe(false);
    expect(checkField('hiddenKinds', ['person', 'law']).ok).toBe(true);
    expect(checkField('hiddenKinds', ['person', 'planet']).ok).toBe(false);
    expect(checkField('paused', 'yes').ok).toBe(false);
  });

  it('refuses a site list with a bad entry, naming it', () => {
    expect(checkField('allowedSites', ['example.com', 'not a site at all'])).toEqual({
      ok: false,
      problem: { key: 'settingsNotASite', substitutions: ['not a site at all'] },
    });
    expect(checkField('allowedSites', ['example.com', '*.news.org']).ok).toBe(true);
  });
});

describe('adding a site to a list', () => {
  it('normalises a typed host or pasted address, and keeps the list sorted', () => {
    expect(addSite(['b.org'], ' https://www.Example.com/news/1 ')).toEqual({
      ok: true,
      value: ['b.org', 'example.com'],
    });
    expect(addSite([], '*.Example.com')).toEqual({ ok: true, value: ['*.example.com'] });
    expect(addSite([], 'localhost')).toEqual({ ok: true, value: ['localhost'] });
    expect(addSite([], '192.168.1.10')).toEqual({ ok: true, value: ['192.168.1.10'] });
  });

  it('refuses what is not a site, with a reason for each', () => {
    expect(addSite([], '   ')).toEqual({ ok: false, problem: { key: 'settingsSiteEmpty' } });
    expect(addSite([], 'not a site at all')).toEqual({
      ok: false,
      problem: { key: 'settingsNotASite', substitutions: ['not a site at all'] },
    });
    expect(addSite([], 'news.*.com')).toEqual({
      ok: false,
      problem: { key: 'settingsSitePattern', substitutions: ['news.*.com'] },
    });
    for (const bad of ['5000', '-example.com', 'exa mple.com', 'a..b', 'chrome://extensions', '*.']) {
      expect(addSite([], bad).ok, bad).toBe(false);
    }
    expect(addSite(['example.com'], 'www.example.com')).toEqual({
      ok: false,
      problem: { key: 'settingsSiteDuplicate', substitutions: ['example.com'] },
    });
  });

  it('refuses to grow a list past what one sync item holds', () => {
    const full = Array.from({ length: maxSites }, (_, i) => `site-${i}.example.com`);
    expect(addSite(full, 'one-more.org')).toEqual({
      ok: false,
      problem: { key: 'settingsSitesFull', substitutions: [String(maxSites)] },
    });
    const long = Array.from({ length: 62 }, (_, i) => `${'a'.repeat(60)}.${'b'.repeat(60)}-${i}.org`);
    expect(JSON.stringify(long).length).toBeLessThan(8192);
    expect(addSite(long, 'short.org')).toEqual({
      ok: false,
      problem: { key: 'settingsSitesFull', substitutions: [String(maxSites)] },
    });
  });
});

describe('which pages are annotated', () => {
  it('keys a site by host name without www, and only for http(s) pages', () => {
    expect(siteKey('https://www.example.com/news/1')).toBe('example.com');
    expect(siteKey('http://localhost:4173/a.html')).toBe('localhost');
    expect(siteKey('chrome-extension://abc/library.html')).toBeUndefined();
    expect(siteKey('not a url')).toBeUndefined();
  });

  it('deny mode: off on listed hosts and pattern-covered subdomains, on elsewhere', () => {
    const settings = withSites({ disabledSites: ['*.news.org', 'example.com'] });
    expect(isSiteEnabled(settings, 'https://www.example.com/x')).toBe(false);
    expect(isSiteEnabled(settings, 'https://sub.example.com/x')).toBe(true);
    expect(isSiteEnabled(settings, 'https://news.org/x')).toBe(false);
    expect(isSiteEnabled(settings, 'https://a.b.news.org/x')).toBe(false);
    expect(isSiteEnabled(settings, 'https://fakenews.org/x')).toBe(true);
    expect(isSiteEnabled(settings, 'chrome://extensions')).toBe(false);
  });

  it('allow mode: on only on listed sites, off everywhere else, even with an empty list', () => {
    const settings = withSites({
      siteMode: 'allow',
      allowedSites: ['*.example.com'],
      disabledSites: ['other.org'],
    });
    expect(isSiteEnabled(settings, 'https://example.com/x')).toBe(true);
    expect(isSiteEnabled(settings, 'https://news.example.com/x')).toBe(true);
    expect(isSiteEnabled(settings, 'https://other.org/x')).toBe(false);
    expect(isSiteEnabled(settings, 'https://third.net/x')).toBe(false);
    expect(isSiteEnabled(withSites({ siteMode: 'allow' }), 'https://example.com/x')).toBe(false);
  });

  it('the popup switch edits the list of the current mode, and switching on drops covering patterns', () => {
    const deny = withSites({ disabledSites: ['*.example.com', 'b.org'] });
    expect(withSiteEnabled(deny, 'news.example.com', true).disabledSites).toEqual(['b.org']);
    expect(withSiteEnabled(deny, 'c.org', false).disabledSites).toEqual(['*.example.com', 'b.org', 'c.org']);
    const allow = withSites({ siteMode: 'allow', allowedSites: ['a.org'] });
    expect(withSiteEnabled(allow, 'c.org', true)).toEqual({
      allowedSites: ['a.org', 'c.org'],
      disabledSites: [],
    });
    expect(withSiteEnabled(allow, 'a.org', false).allowedSites).toEqual([]);
  });

  it('draws no mentions anywhere while paused, whatever the site switch says', () => {
    const paused = { ...defaultSettings, paused: true };
    expect(annotatesPage(defaultSettings, 'https://example.com/x')).toBe(true);
    expect(annotatesPage(paused, 'https://example.com/x')).toBe(false);
    const siteOff = withSites(withSiteEnabled(defaultSettings, 'example.com', false));
    expect(annotatesPage(siteOff, 'https://example.com/x')).toBe(false);
  });
});
