import { describe, expect, it } from 'vitest';
import { classifySender, receive } from '../../lib/message-policy';
import { type Handlers, messages } from '../../lib/messages';

const runtimeId = 'glosaid';
const extensionBase = 'chrome-extension://glosaid/';
const validSelector = {
  quote: { type: 'TextQuoteSelector', exact: 'Senkata', prefix: 'in ', suffix: ' on' },
  position: { type: 'TextPositionSelector', start: 3, end: 10 },
};
const contentSender = {
  id: runtimeId,
  url: 'https://news.example/article',
  frameId: 0,
  tab: { id: 7, url: 'https://news.example/article?utm_source=x' },
};
const popupSender = { id: runtimeId, url: `${extensionBase}popup.html` };

function context(handlers: Handlers, answerer: 'background' | 'content' = 'background') {
  return { answerer, handlers, specs: messages, runtimeId, extensionBase };
}

describe('classifySender', () => {
  it('knows a content script by its web-page tab, with the address the browser gave', () => {
    expect(classifySender(contentSender, runtimeId, extensionBase)).toEqual({
      kind: 'content',
      pageUrl: 'https://news.example/article?utm_source=x',
      tabId: 7,
      frameId: 0,
    });
  });

  it('knows Glosa pages, including the library opened in a tab', () => {
    expect(classifySender(popupSender, runtimeId, extensionBase)).toEqual({ kind: 'extension' });
    const library = {
      id: runtimeId,
      url: `${extensionBase}library.html`,
      tab: { id: 3, url: `${extensionBase}library.html` },
    };
    expect(classifySender(library, runtimeId, extensionBase)).toEqual({ kind: 'extension' });
  });

  it('refuses another extension and a sender claiming an extension address from a web tab', () => {
    expect(classifySender({ ...contentSender, id: 'other' }, runtimeId, extensionBase)).toEqual({
      refused: 'sender is not Glosa',
    });
    const forged = {
      id: runtimeId,
      url: `${extensionBase}popup.html`,
      tab: { id: 7, url: 'https://evil.example/' },
    };
    expect(classifySender(forged, runtimeId, extensionBase)).toMatchObject({ kind: 'content' });
  });
});

describe('receive', () => {
  it('answers a valid message from an allowed sender, giving the handler the tab address', async () => {
    let seenUrl: string | undefined;
    const reply = await receive(
      { glosa: 'highlights-for-page', payload: {} },
      contentSender,
      context({
        'highlights-for-page': (_request, sender) => {
          seenUrl = sender.pageUrl;
          return [];
        },
      }),
    );
    expect(reply).toEqual({ ok: true, value: [] });
    expect(seenUrl).toBe('https://news.example/article?utm_source=x');
  });

  it('refuses a forged sender without running the handler', async () => {
    let ran = false;
    const handlers: Handlers = {
      'tag-suggestions': () => {
        ran = true;
        return [];
      },
    };
    const reply = await receive(
      { glosa: 'tag-suggestions', payload: {} },
      { ...contentSender, id: 'evil' },
      context(handlers),
    );
    expect(reply).toEqual({ ok: false, error: '"tag-suggestions" refused: sender is not Glosa' });
    expect(ran).toBe(false);
  });

  it('refuses a content script sending what only Glosa pages may send', async () => {
    let ran = false;
    const reply = await receive(
      { glosa: 'save-selection', payload: {} },
      contentSender,
      context(
        {
          'save-selection': () => {
            ran = true;
            return { saved: true };
          },
        },
        'content',
      ),
    );
    expect(reply).toEqual({
      ok: false,
      error: '"save-selection" refused: it may not be sent from a web page',
    });
    expect(ran).toBe(false);
  });

  it('refuses a malformed payload with the path of each problem', async () => {
    let ran = false;
    const reply = await receive(
      {
        glosa: 'save-highlight',
        payload: { title: 'T', selector: { ...validSelector, quote: { exact: '' } }, body: {} },
      },
      contentSender,
      context({
        'save-highlight': () => {
          ran = true;
          throw new Error('unreachable');
        },
      }),
    );
    expect(ran).toBe(false);
    const result = await reply;
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.error).toMatch(/^"save-highlight" is malformed: selector\.quote\./);
  });

  it('leaves messages for the other receiver, and anything not from Glosa, alone', () => {
    expect(receive({ glosa: 'save-selection', payload: {} }, popupSender, context({}))).toBeUndefined();
    expect(receive({ hello: 1 }, popupSender, context({}))).toBeUndefined();
    expect(receive('text', popupSender, context({}))).toBeUndefined();
  });

  it('answers an unknown type with an error rather than silence', async () => {
    expect(await receive({ glosa: 'drop-database', payload: {} }, contentSender, context({}))).toEqual({
      ok: false,
      error: 'unknown message "drop-database"',
    });
  });

  it('turns a failing handler into an error reply', async () => {
    const reply = await receive(
      { glosa: 'tag-suggestions', payload: {} },
      contentSender,
      context({
        'tag-suggestions': () => {
          throw new Error('QuotaExceededError: disk full');
        },
      }),
    );
    expect(reply).toEqual({ ok: false, error: 'QuotaExceededError: disk full' });
  });
});
