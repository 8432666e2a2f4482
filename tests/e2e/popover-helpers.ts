/**
 * Reaching into Glosa's popover from a test. It lives in a closed shadow root, which
 * Playwright's locators do not pierce (by design: neither can the page). The browser's
 * accessibility tree does, as a screen reader would, so we find the dialog there
 * through the DevTools protocol and then run functions on its DOM node.
 */
import { expect, type Page, type Worker } from '@playwright/test';
import { mentionRect } from '../../scripts/mention-probe.ts';
import { cdp, dialogNames, onDialog } from '../../scripts/popover-probe.ts';
import { waitForMention } from './page-helpers';

export { dialogNames, onDialog };

/** The centre of the `nth` underlined mention reading `text`, scrolled into view. */
export async function mentionPoint(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const rect = await mentionRect(page, text, { nth });
  if (!rect) throw new Error(`no underlined mention "${text}"`);
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Waits until a dialog with this accessible name is open. */
export async function waitForDialog(page: Page, name: string): Promise<void> {
  await expect.poll(() => dialogNames(page)).toEqual([name]);
}

/** Waits until no dialog is open. */
export async function waitForNoDialog(page: Page): Promise<void> {
  await expect.poll(() => dialogNames(page)).toEqual([]);
}

/** Clicks the underlined mention `text` (once drawn) and waits for its popover, named `name`. */
export async function clickMention(page: Page, text: string, name = text): Promise<void> {
  await waitForMention(page, text);
  const point = await mentionPoint(page, text);
  await page.mouse.click(point.x, point.y);
  await waitForDialog(page, name);
}

/**
 * The keyboard shortcut (Alt+Shift+G). The commands API delivers it to the background,
 * which relays it to the page; headless Chromium cannot press a browser-level shortcut, so
 * the test sends the relay from the background itself.
 */
export async function pressFocusShortcut(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    const [tab] = await chrome.tabs.query({ active: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    await chrome.tabs.sendMessage(tab.id, { glosa: 'focus-mentions', payload: {} }, { frameId: 0 });
  });
}

/**
 * Runs `fn` on the first element of Glosa's closed shadow root matching `selector`
 * (DevTools' DOM domain pierces closed roots, as the accessibility tree does), for parts
 * the accessibility tree leaves out on purpose, such as the aria-hidden key hint.
 */
export async function onOwnUi<T>(page: Page, selector: string, fn: string): Promise<T> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: { nodeId: number };
  };
  const hosts = (await session.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: 'glosa-page-ui',
  })) as { nodeIds: number[] };
  for (const hostId of hosts.nodeIds) {
    const { node } = (await session.send('DOM.describeNode', { nodeId: hostId, depth: 1, pierce: true })) as {
      node: { shadowRoots?: { backendNodeId: number }[] };
    };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    const result = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (selector) { const element = this.querySelector(selector); return element ? (${fn}).call(element) : null; }`,
      arguments: [{ value: selector }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T } };
    if (result.result.value !== null) return result.result.value;
  }
  throw new Error(`no ${selector} in Glosa's page UI`);
}
