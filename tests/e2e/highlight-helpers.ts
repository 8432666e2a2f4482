/**
 * Reaching saved highlights from a test: what the reader sees painted (the ranges in
 * `glosa-saved`, read in the page's main world like any page script could), selecting
 * text, Glosa's controls in its closed shadow root (found through the accessibility
 * tree, as a screen reader finds them), and the stored rows in the service worker's
 * database.
 */
import { expect, type Page, type Worker } from '@playwright/test';
import { type AXNode, cdp } from '../../scripts/popover-probe.ts';

/** The text of each range in a highlight, in the page's main world. */
export async function highlightTexts(page: Page, name = 'glosa-saved'): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((range) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    });
  }, name);
}

/** Selects the first occurrence of `text` inside the element matching `selector`. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, text }) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no element ${selector}`);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = document.getSelection() as Selection;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${text}" is not in ${selector}`);
    },
    { selector, text },
  );
}

/** The nodes of the page's accessibility tree with this role (and name), closed shadow roots included. */
export async function axNodes(page: Page, role: string, name?: string): Promise<AXNode[]> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: 0 })) as {
    root: { backendNodeId: number };
  };
  const { nodes } = (await session.send('Accessibility.queryAXTree', {
    backendNodeId: root.backendNodeId,
    role,
    ...(name === undefined ? {} : { accessibleName: name }),
  })) as { nodes: AXNode[] };
  return nodes;
}

/** Runs `fn` (a function declaration, `this` is the node) on the first node with this role (and name). */
export async function onNode<T>(page: Page, role: string, name: string | undefined, fn: string): Promise<T> {
  const [node] = await axNodes(page, role, name);
  if (node?.backendDOMNodeId === undefined) throw new Error(`no ${role} named "${name ?? ''}"`);
  const session = await cdp(page);
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId })) as {
    object: { objectId: string };
  };
  const result = (await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string } };
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
  return result.result.value;
}

/** The text of each element with this role (an alert's words are its content, not its name). */
export async function roleTexts(page: Page, role: string): Promise<string[]> {
  const count = (await axNodes(page, role)).length;
  if (count === 0) return [];
  return [await onNode<string>(page, role, undefined, 'function () { return this.textContent; }')];
}

/** Waits for a control with this role and name, then clicks its centre with the mouse. */
export async function clickControl(page: Page, role: string, name: string): Promise<void> {
  await expect.poll(async () => (await axNodes(page, role, name)).length).toBe(1);
  const box = await onNode<{ x: number; y: number; width: number; height: number }>(
    page,
    role,
    name,
    'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
  );
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Focuses the control with this role and name (keyboard typing then goes there). */
export async function focusControl(page: Page, role: string, name: string): Promise<void> {
  await expect.poll(async () => (await axNodes(page, role, name)).length).toBe(1);
  await onNode(page, role, name, 'function () { this.focus(); }');
}

/** The centre of the saved passage reading `text`, in the viewport. */
export async function passagePoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const name of ['glosa-saved', 'glosa-saved-uncertain']) {
      for (const range of CSS.highlights.get(name) ?? []) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (live.toString() !== wanted) continue;
        const rect = live.getClientRects()[0];
        if (rect) return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no saved passage "${text}"`);
  return point;
}

export interface StoredHighlight {
  id: string;
  target: { source: string; selector: { quote: { exact: string } } };
  body: { note: string; tags: string[]; entityIds: string[] };
  anchoring?: { state: string };
}

/** Every stored highlight, read from the background's IndexedDB. */
export async function storedHighlights(serviceWorker: Worker): Promise<StoredHighlight[]> {
  return serviceWorker.evaluate(
    () =>
      new Promise<StoredHighlight[]>((resolve, reject) => {
        const request = indexedDB.open('glosa');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('highlights')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('highlights').objectStore('highlights').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredHighlight[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Sends a message to the active tab's content script from the background, as the background does. */
export async function sendToActiveTab<T>(
  serviceWorker: Worker,
  type: string,
  payload: unknown = {},
): Promise<T> {
  return serviceWorker.evaluate(
    async ({ type, payload }) => {
      const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
      const [tab] = await chrome.tabs.query({ active: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      const reply = (await chrome.tabs.sendMessage(tab.id, { glosa: type, payload }, { frameId: 0 })) as {
        ok: boolean;
        value?: unknown;
        error?: string;
      };
      if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
      return reply.value as T;
    },
    { type, payload },
  ) as Promise<T>;
}
