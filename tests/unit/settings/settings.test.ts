import { describe, expect, it } from 'vitest';
import {
  annotatesPage,
  defaultSettings,
  isSiteEnabled,
  parseSettings,
  siteKey,
  withSiteEnabled,
} from '../../../core/settings';

describe('settings', () => {
  it('falls back to defaults, with a reason, when the stored value is damaged', () => {
    const { settings, problem } = parseSettings({ disabledSites: 'example.com', hoverDelayMs: -5 });
    expect(settings).toEqual(defaultSettings);
    expect(problem).toBeTruthy();
  });

  it('reads nothing stored as the defaults: every site on, not paused, 300 ms dwell', () => {
    expect(parseSettings(undefined).settings).toEqual({
      disabledSites: [],
      paused: false,
      hoverDelayMs: 300,
    });
  });

  it('reads settings stored before "Pause everywhere" existed as not paused', () => {
    expect(parseSettings({ disabledSites: ['example.com'], hoverDelayMs: 500 }).settings).toEqual({
      disabledSites: ['example.com'],
      paused: false,
      hoverDelayMs: 500,
    });
  });

  it('keys a site by host name without www, and only for http(s) pages', () => {
    expect(siteKey('https://www.example.com/news/1')).toBe('example.com');
    expect(siteKey('http://localhost:4173/a.html')).toBe('localhost');
    expect(siteKey('chrome-extension://abc/library.html')).toBeUndefined();
    expect(siteKey('not a url')).toBeUndefined();
  });

  it('switches a site off and on again', () => {
    const off = withSiteEnabled(defaultSettings, 'example.com', false);
    expect(isSiteEnabled(off, 'https://example.com/x')).toBe(false);
    expect(isSiteEnabled(off, 'https://other.org/x')).toBe(true);
    const on = withSiteEnabled(off, 'example.com', true);
    expect(isSiteEnabled(on, 'https://example.com/x')).toBe(true);
    expect(withSiteEnabled(off, 'example.com', false).disabledSites).toEqual(['example.com']);
  });

  it('draws no mentions anywhere while paused, whatever the site switch says', () => {
    const paused = { ...defaultSettings, paused: true };
    expect(annotatesPage(defaultSettings, 'https://example.com/x')).toBe(true);
    expect(annotatesPage(paused, 'https://example.com/x')).toBe(false);
    expect(annotatesPage({ ...paused, paused: false }, 'https://example.com/x')).toBe(true);
    const siteOff = withSiteEnabled(defaultSettings, 'example.com', false);
    expect(annotatesPage(siteOff, 'https://example.com/x')).toBe(false);
    expect(annotatesPage(defaultSettings, 'chrome://extensions')).toBe(false);
  });
});
