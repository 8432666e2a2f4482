/**
 * The background's half of "no stylesheet until there is something to draw" (issue 12):
 * `inject-highlight-styles` inserts the highlight rules into exactly the frame that asked,
 * as author styles, and a frame it may not touch is answered quietly.
 */
import { describe, expect, it, vi } from 'vitest';
import { type CssInserter, highlightCss, injectHighlightStyles } from '../../lib/highlight-styles';
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
