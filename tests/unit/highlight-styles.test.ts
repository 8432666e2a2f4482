/**
 * The background's half of "no stylesheet until there is something to draw" (issue 12):
 * `inject-highlight-styles` inserts the highlight rules into exactly the frame that asked,
 * as author styles, and a frame it may not touch is answered quietly;
 * `remove-highlight-styles` takes out exactly what went in (same text, same origin, same
 * frame), so a switched-off frame is left with no sheet of Glosa's.
 */
import { describe, expect, it, vi } from 'vitest';
import { underlineCss } from '../../core/underline-css';
import {
  type CssInserter,
  type CssRemover,
  highlightCss,
  highlightSheet,
  injectHighlightStyles,
  removeHighlightStyles,
  restyleMentions,
} from '../../lib/highlight-styles';
import { receive } from '../../lib/message-policy';
import { type Handlers, messages, type Sender } from '../../lib/messages';

const sender: Sender = { kind: 'content', pageUrl: 'https://news.example/a', tabId: 7, frameId: 3 };

function fakeScripting(fail?: Error) {
  const calls: Parameters<CssInserter['insertCSS']>[0][] = [];
  const scripting: CssInserter = {
    insertCSS: async (injection) => {
      calls.push(injection);
      if (fail) throw fail;
    },
  };
  return { scripting, calls };
}

describe('inject-highlight-styles', () => {
  it('inserts the highlight rules into the sender’s tab and frame, as author styles', async () => {
    const { scripting, calls } = fakeScripting();
    await expect(injectHighlightStyles(scripting)({}, sender)).resolves.toEqual({ injected: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, css: highlightCss, origin: 'AUTHOR' }]);
  });

  it('inserts the reader’s underline in the same sheet, after the base rules: one insertion, one style recalc', async () => {
    const { scripting, calls } = fakeScripting();
    const wavy = { underlineStyle: 'wavy' as const, underlineColour: '#aa3300' };
    await expect(injectHighlightStyles(scripting)({ underline: wavy }, sender)).resolves.toEqual({
      injected: true,
    });
    expect(calls).toEqual([
      { target: { tabId: 7, frameIds: [3] }, css: highlightCss + underlineCss(wavy), origin: 'AUTHOR' },
    ]);
    expect(highlightSheet(wavy)).toBe(highlightCss + underlineCss(wavy));
    expect(highlightSheet(null)).toBe(highlightCss);
  });

  it('carries every highlight Glosa draws, on the root element only (descendants inherit), and the fallback', () => {
    for (const name of [
      'glosa-mention',
      'glosa-mention-hover',
      'glosa-mention-open',
      'glosa-saved',
      'glosa-saved-uncertain',
    ]) {
      expect(highlightCss).toContain(`::highlight(${name})`);
    }
    const selectors = highlightCss
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .match(/[^{}]+(?=\{)/g)
      ?.map((selector) => selector.trim())
      .filter((selector) => !selector.startsWith('@'));
    expect(new Set(selectors)).toEqual(
      new Set([
        'html::highlight(glosa-mention)',
        'html::highlight(glosa-mention-hover)',
        'html::highlight(glosa-mention-open)',
        'html::highlight(glosa-saved)',
        'html::highlight(glosa-saved-uncertain)',
        'glosa-mark',
      ]),
    );
  });

  it('answers { injected: false } where the frame cannot be scripted, without throwing', async () => {
    const { scripting, calls } = fakeScripting(new Error('Cannot access contents of url "chrome-error://"'));
    await expect(injectHighlightStyles(scripting)({}, sender)).resolves.toEqual({ injected: false });
    expect(calls).toHaveLength(1);
  });

  it('inserts nothing for a sender without a tab', async () => {
    const { scripting, calls } = fakeScripting();
    const noTab: Sender = { kind: 'content', pageUrl: 'https://news.example/a' };
    await expect(injectHighlightStyles(scripting)({}, noTab)).resolves.toEqual({ injected: false });
    expect(calls).toHaveLength(0);
  });

  it('is refused from Glosa’s own pages: only a content script asks, for its own frame', async () => {
    const insertCSS = vi.fn(async () => undefined);
    const handlers: Handlers = { 'inject-highlight-styles': injectHighlightStyles({ insertCSS }) };
    const context = {
      answerer: 'background' as const,
      handlers,
      specs: messages,
      runtimeId: 'glosaid',
      extensionBase: 'chrome-extension://glosaid/',
    };
    const fromPopup = await receive(
      { glosa: 'inject-highlight-styles', payload: {} },
      { id: 'glosaid', url: 'chrome-extension://glosaid/popup.html' },
      context,
    );
    expect(fromPopup).toMatchObject({ ok: false });
    const fromPage = await receive(
      { glosa: 'inject-highlight-styles', payload: {} },
      {
        id: 'glosaid',
        url: 'https://news.example/a',
        frameId: 2,
        tab: { id: 5, url: 'https://news.example/a' },
      },
      context,
    );
    expect(fromPage).toEqual({ ok: true, value: { injected: true } });
    expect(insertCSS).toHaveBeenCalledWith({
      target: { tabId: 5, frameIds: [2] },
      css: highlightCss,
      origin: 'AUTHOR',
    });
  });
});

type Injection = Parameters<CssInserter['insertCSS']>[0];

/**
 * Chromium's injected sheets for each frame: `insertCSS` adds one, `removeCSS` takes out
 * the last one with the same text and origin, and a removal that matches nothing does nothing.
 */
function frameSheets(fail?: Error) {
  const sheets = new Map<string, string[]>();
  const key = ({ target, origin }: Injection) => `${target.tabId}/${target.frameIds.join(',')}/${origin}`;
  const removals: Injection[] = [];
  const scripting: CssInserter & CssRemover = {
    insertCSS: async (injection) => {
      sheets.set(key(injection), [...(sheets.get(key(injection)) ?? []), injection.css]);
    },
    removeCSS: async (injection) => {
      removals.push(injection);
      if (fail) throw fail;
      const list = sheets.get(key(injection)) ?? [];
      const at = list.lastIndexOf(injection.css);
      if (at >= 0) list.splice(at, 1);
    },
  };
  const left = () => [...sheets.entries()].filter(([, list]) => list.length > 0);
  return { scripting, removals, left };
}

describe('remove-highlight-styles', () => {
  const wavy = { underlineStyle: 'wavy' as const, underlineColour: '#aa3300' };

  it('takes out of the sender’s frame exactly the sheet that went in, with the reader’s underline', async () => {
    const { scripting, removals, left } = frameSheets();
    const other: Sender = { ...sender, frameId: 0 };
    await injectHighlightStyles(scripting)({ underline: wavy }, sender);
    await injectHighlightStyles(scripting)({}, other);
    await expect(removeHighlightStyles(scripting)({ underline: wavy }, sender)).resolves.toEqual({
      removed: true,
    });
    expect(removals).toEqual([
      { target: { tabId: 7, frameIds: [3] }, css: highlightSheet(wavy), origin: 'AUTHOR' },
    ]);
    // The other frame of the tab keeps its rules.
    expect(left()).toEqual([['7/0/AUTHOR', [highlightCss]]]);
  });

  it('after a removal, a new insertion draws again (switched back on)', async () => {
    const { scripting, left } = frameSheets();
    await injectHighlightStyles(scripting)({}, sender);
    await removeHighlightStyles(scripting)({}, sender);
    expect(left()).toEqual([]);
    await injectHighlightStyles(scripting)({}, sender);
    expect(left()).toEqual([['7/3/AUTHOR', [highlightCss]]]);
  });

  it('after the reader swaps the underline, the removal takes out the swapped sheet: nothing is left', async () => {
    const { scripting, left } = frameSheets();
    const red = { underlineStyle: 'solid' as const, underlineColour: '#cc0000' };
    await injectHighlightStyles(scripting)({ underline: wavy }, sender);
    await restyleMentions(scripting)({ from: wavy, to: red }, sender);
    expect(left()).toEqual([['7/3/AUTHOR', [highlightSheet(red)]]]);
    await restyleMentions(scripting)({ from: red, to: null }, sender);
    expect(left()).toEqual([['7/3/AUTHOR', [highlightCss]]]);
    await removeHighlightStyles(scripting)({}, sender);
    expect(left()).toEqual([]);
  });

  it('answers { removed: false } where the frame cannot be reached, without throwing', async () => {
    const { scripting } = frameSheets(new Error('No frame with id 3 in tab 7.'));
    await expect(removeHighlightStyles(scripting)({}, sender)).resolves.toEqual({ removed: false });
  });

  it('removes nothing for a sender without a tab', async () => {
    const { scripting, removals } = frameSheets();
    const noTab: Sender = { kind: 'content', pageUrl: 'https://news.example/a' };
    await expect(removeHighlightStyles(scripting)({}, noTab)).resolves.toEqual({ removed: false });
    expect(removals).toHaveLength(0);
  });

  it('is refused from Glosa’s own pages and when malformed; a content script removes from its own frame', async () => {
    const removeCSS = vi.fn(async () => undefined);
    const handlers: Handlers = { 'remove-highlight-styles': removeHighlightStyles({ removeCSS }) };
    const context = {
      answerer: 'background' as const,
      handlers,
      specs: messages,
      runtimeId: 'glosaid',
      extensionBase: 'chrome-extension://glosaid/',
    };
    const page = {
      id: 'glosaid',
      url: 'https://news.example/a',
      frameId: 2,
      tab: { id: 5, url: 'https://news.example/a' },
    };
    const fromPopup = await receive(
      { glosa: 'remove-highlight-styles', payload: {} },
      { id: 'glosaid', url: 'chrome-extension://glosaid/popup.html' },
      context,
    );
    expect(fromPopup).toMatchObject({ ok: false });
    const injected = await receive(
      {
        glosa: 'remove-highlight-styles',
        payload: { underline: { underlineStyle: 'wavy', underlineColour: 'red;}*{x:y' } },
      },
      page,
      context,
    );
    expect(injected).toMatchObject({ ok: false });
    expect(removeCSS).not.toHaveBeenCalled();
    const fromPage = await receive({ glosa: 'remove-highlight-styles', payload: {} }, page, context);
    expect(fromPage).toEqual({ ok: true, value: { removed: true } });
    expect(removeCSS).toHaveBeenCalledWith({
      target: { tabId: 5, frameIds: [2] },
      css: highlightCss,
      origin: 'AUTHOR',
    });
  });
});
