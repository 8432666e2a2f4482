/**
 * Finds Glosa's popover from outside the page. It lives in a closed shadow root, which
 * Playwright's locators do not pierce (by design: neither can the page). The browser's
 * accessibility tree does, as a screen reader would, so we ask it through the DevTools
 * protocol. Used by the end-to-end tests, the demo and the benchmark.
 */
import type { CDPSession, Page } from '@playwright/test';

const sessions = new WeakMap<Page, CDPSession>();

export async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

export interface AXNode {
  backendDOMNodeId?: number;
  name?: { value?: string };
  role?: { value?: string };
}

/** The dialogs in the page's accessibility tree, closed shadow roots included. */
export async function dialogNodes(page: Page): Promise<AXNode[]> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: 0 })) as {
    root: { backendNodeId: number };
  };
  const { nodes } = (await session.send('Accessibility.queryAXTree', {
    backendNodeId: root.backendNodeId,
    role: 'dialog',
  })) as { nodes: AXNode[] };
  return nodes;
}

/** The accessible names of the dialogs on the page (Glosa's popover has the entity's name). */
export async function dialogNames(page: Page): Promise<string[]> {
  return (await dialogNodes(page)).map((node) => node.name?.value ?? '');
}
