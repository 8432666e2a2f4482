/**
 * The background's highlight messages in the real browser: the page a content script
 * speaks for is the one Chromium gives (`sender.tab.url`), and a page reaches only its
 * own highlights. The messages are sent from Glosa's isolated world in each tab, where
 * its content script runs, so they carry exactly a content script's sender.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** Sends one Glosa message from the content-script world of the tab showing `pageUrl`. */
async function fromPage(serviceWorker: Worker, pageUrl: string, message: unknown): Promise<Reply> {
  return serviceWorker.evaluate(
    async ({ pageUrl, message }) => {
      const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
      if (tab?.id === undefined) throw new Error(`no tab shows ${pageUrl}`);
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        world: 'ISOLATED',
        args: [message],
        func: (sent: unknown) => chrome.runtime.sendMessage(sent),
      });
      return injection?.result as Reply;
    },
    { pageUrl, message },
  );
}

test('a page saves and lists its own highlights, and cannot delete another page’s', async ({
  context,
  site,
  serviceWorker,
}) => {
  const urlA = `${site.origin}/baseball.html?utm_source=newsletter`;
  const urlB = `${site.origin}/dark.html`;
  for (const url of [urlA, urlB]) await (await context.newPage()).goto(url);

  const saved = await fromPage(serviceWorker, urlA, {
    glosa: 'save-highlight',
    payload: {
      title: 'Baseball',
      selector: {
        quote: { type: 'TextQuoteSelector', exact: 'Morales', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 7 },
      },
      body: { note: 'ملاحظة 📝', tags: ['sport'], entityIds: [] },
    },
  });
  expect(saved).toMatchObject({ ok: true, value: { target: { source: `${site.origin}/baseball.html` } } });
  const id = saved.ok ? (saved.value as { id: string }).id : '';

  expect(await fromPage(serviceWorker, urlA, { glosa: 'highlights-for-page', payload: {} })).toMatchObject({
    ok: true,
    value: [{ id, body: { note: 'ملاحظة 📝' } }],
  });
  expect(await fromPage(serviceWorker, urlB, { glosa: 'highlights-for-page', payload: {} })).toEqual({
    ok: true,
    value: [],
  });
  expect(await fromPage(serviceWorker, urlB, { glosa: 'delete-highlight', payload: { id } })).toEqual({
    ok: false,
    error: expect.stringMatching(/belongs to another page/),
  });
  expect(await fromPage(serviceWorker, urlA, { glosa: 'tag-suggestions', payload: {} })).toEqual({
    ok: true,
    value: ['sport'],
  });
});

test('the context menu offers "Save highlight" on selected text', async ({ serviceWorker }) => {
  // `update` fails for an item that does not exist: the item was created on install.
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
        return chrome.contextMenus.update('glosa-save-highlight', {}).then(
          () => true,
          () => false,
        );
      }),
    )
    .toBe(true);
});
