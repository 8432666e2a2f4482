/**
 * First run: which open tabs get the content script, which files are injected (read
 * from the manifest WXT wrote), and how the welcome page's translated sample sentence
 * becomes text and mentions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleSegments } from '../../../entrypoints/welcome/sample';
import { sampleEntityIds } from '../../../entrypoints/welcome/sample-entities';
import { canTakeContentScript, contentScriptFiles } from '../../../lib/first-run';

describe('tabs open before install or update', () => {
  it('are given the content script only on http(s) pages that are not discarded', () => {
    expect(canTakeContentScript({ url: 'https://example.org/news' })).toBe(true);
    expect(canTakeContentScript({ url: 'http://localhost:8080/' })).toBe(true);
    expect(canTakeContentScript({ url: 'https://example.org/news', discarded: true })).toBe(false);
    expect(canTakeContentScript({ url: 'chrome://extensions/' })).toBe(false);
    expect(canTakeContentScript({ url: 'file:///home/reader/page.html' })).toBe(false);
    expect(canTakeContentScript({ url: 'chrome-extension://abc/popup.html' })).toBe(false);
    // Without host access the browser hides the address: nothing to inject into.
    expect(canTakeContentScript({})).toBe(false);
  });

  it('inject the files the manifest declares, as extension paths', () => {
    expect(
      contentScriptFiles({
        content_scripts: [{ js: ['content-scripts/content.js'] }, { js: ['/other.js'] }],
      }),
    ).toEqual(['/content-scripts/content.js', '/other.js']);
    expect(contentScriptFiles({})).toEqual([]);
  });
});

describe('the welcome page’s sample sentence', () => {
  it('turns the bracketed names into mentions, in order, in every language', () => {
    for (const language of ['en', 'es']) {
      const messages = JSON.parse(
        readFileSync(`public/_locales/${language}/messages.json`, 'utf8'),
      ) as Record<string, { message: string }>;
      const segments = sampleSegments(messages.welcomeSample?.message ?? '', sampleEntityIds);
      const mentions = segments.flatMap((segment) => ('entityId' in segment ? [segment] : []));
      expect(mentions.map((mention) => mention.entityId)).toEqual([...sampleEntityIds]);
      expect(mentions.map((mention) => mention.text)).toEqual(['Evo Morales', 'Senkata', 'El Alto']);
      expect(segments.map((segment) => segment.text).join('')).not.toMatch(/[[\]]/);
    }
  });

  it('keeps names beyond the known entities as plain text, and text around them as it is', () => {
    expect(sampleSegments('A [B] c [D] e [F]', ['b', 'd'])).toEqual([
      { text: 'A ' },
      { text: 'B', entityId: 'b' },
      { text: ' c ' },
      { text: 'D', entityId: 'd' },
      { text: ' e ' },
      { text: 'F' },
    ]);
  });
});
