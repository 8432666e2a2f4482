/**
 * Reads Glosa's underlines from the page, for the end-to-end tests, the demo and the
 * benchmark. Glosa stores its mentions as StaticRanges in the `glosa-mention` highlight;
 * a page-side live copy gives their text and geometry. The page-side code is a string,
 * not a function: tsx would wrap named inner functions in a helper the page lacks.
 *
 * A mention whose text was just removed from the page is still in the highlight until
 * Glosa's watcher drops it. Such detached ranges are listed last rather than hidden: a
 * test must still see them until Glosa lets go.
 */
import type { Frame, Page } from '@playwright/test';

/**
 * Page-side expression: the mentions as live Ranges, in reading order. The order comes
 * from numbering every text node in a walk of the page that enters open shadow roots
 * (where they are rendered, before the host's own children), not from Glosa's code.
 */
const liveMentions = `(() => {
  const order = new Map();
  const number = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) order.set(node, order.size);
      else if (node.shadowRoot) number(node.shadowRoot);
    }
  };
  number(document.body);
  const rank = (range) => order.get(range.startContainer) ?? Number.MAX_SAFE_INTEGER;
  return [...(CSS.highlights.get('glosa-mention') ?? [])]
    .sort((a, b) => rank(a) - rank(b) || a.startOffset - b.startOffset)
    .map((stored) => {
      const range = document.createRange();
      range.setStart(stored.startContainer, stored.startOffset);
      range.setEnd(stored.endContainer, stored.endOffset);
      return range;
    });
})()`;

export async function mentionTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate<string[]>(`${liveMentions}.map((range) => range.toString())`);
}

/** Waits until a mention whose text is `text` is underlined. */
export async function waitForMention(target: Page | Frame, text: string): Promise<void> {
  await target.waitForFunction(
    `${liveMentions}.some((range) => range.toString() === ${JSON.stringify(text)})`,
  );
}

export interface MentionRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Scrolls the `nth` mention reading `text` (any mention when `text` is undefined) to the
 * middle of the viewport, or near its bottom edge, and returns its first line's box.
 */
export async function mentionRect(
  target: Page | Frame,
  text: string | undefined,
  { nth = 0, place = 'center' }: { nth?: number; place?: 'center' | 'bottom' } = {},
): Promise<MentionRect | undefined> {
  return target.evaluate<MentionRect | undefined>(`(() => {
    const wanted = ${JSON.stringify(text ?? null)};
    const range = ${liveMentions}.filter((r) => wanted === null || r.toString() === wanted)[${nth}];
    if (!range) return undefined;
    if (${JSON.stringify(place)} === 'bottom') {
      window.scrollTo(0, range.getBoundingClientRect().top + window.scrollY - window.innerHeight + 40);
    } else {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    const rect = range.getClientRects()[0];
    return rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : undefined;
  })()`);
}
