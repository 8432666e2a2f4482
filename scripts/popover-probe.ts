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

/** Runs `fn` (page-side source text) on the open dialog's DOM node and returns its result. */
export async function onDialog<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  const session = await cdp(page);
  const nodes = await dialogNodes(page);
  const backendNodeId = nodes[0]?.backendDOMNodeId;
  if (backendNodeId === undefined) throw new Error('no dialog is open');
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId })) as {
    object: { objectId: string };
  };
  const result = (await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (result.exceptionDetails) {
    throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
  }
  return result.result.value;
}

/** Where the first competing position sits in the popover's scroll area (issue 10). */
export interface CompetingLayout {
  /** The scroll area's visible height. */
  viewport: number;
  /** From the scroll area's top to the first position's top, in px; null when there is none. */
  firstPositionTop: number | null;
  /** How far the reader must scroll before the whole of the first position's label is in view. */
  scrollNeeded: number | null;
  /** Every verbatim quote in the popover, hidden panels included. */
  quotes: string[];
  /** The dialog's box in the viewport, for a screenshot. */
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Page-side: caps the dialog at `maxHeight` px (the 400 × 480 popover: it is 400
 * wide already), scrolls it to the top, and reports where the first competing position
 * is. A position is the first `[data-position]` element (the position's tab), or the
 * first `.position` of builds before issue 10.
 */
export const competingLayoutFunction = `async function (maxHeight) {
  if (maxHeight) this.style.maxHeight = maxHeight + 'px';
  const area = this.querySelector('.body') ?? this;
  area.scrollTop = 0;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const first = this.querySelector('[data-position]') ?? this.querySelector('.position');
  const label = first && (first.querySelector('.position-label') ?? first);
  const areaBox = area.getBoundingClientRect();
  const box = this.getBoundingClientRect();
  const top = first ? Math.round(first.getBoundingClientRect().top - areaBox.top + area.scrollTop) : null;
  const labelBottom = label ? Math.round(label.getBoundingClientRect().bottom - areaBox.top + area.scrollTop) : null;
  return {
    viewport: area.clientHeight,
    firstPositionTop: top,
    scrollNeeded: labelBottom === null ? null : Math.max(0, labelBottom - area.clientHeight),
    quotes: [...this.querySelectorAll('blockquote')].map((quote) => quote.textContent.trim()),
    box: { x: box.x, y: box.y, width: box.width, height: box.height },
  };
}`;

export function competingLayout(page: Page, maxHeight = 480): Promise<CompetingLayout> {
  return onDialog<CompetingLayout>(page, competingLayoutFunction, maxHeight);
}
