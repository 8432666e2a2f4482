/**
 * Which mention is under a point. Highlights have no events, so we ask the browser for
 * the caret position under the pointer, shortlist the mentions in that text node, and
 * confirm with the mention's client rects (the caret snaps to the nearest character
 * even in the margin).
 */
import type { MentionIndex, PageMention } from '../mention-index';
import { clientRects } from '../ranges';

export function caretAt(
  document: Document,
  x: number,
  y: number,
  shadowRoots: ReadonlySet<ShadowRoot> | undefined,
): { node: Node; offset: number } | undefined {
  // caretPositionFromPoint is the standard (Firefox, Chrome 128+); older Chromium has only
  // caretRangeFromPoint. It stops at a shadow host unless given the roots it may enter.
  if (typeof document.caretPositionFromPoint === 'function') {
    const options = shadowRoots?.size ? { shadowRoots: [...shadowRoots] } : undefined;
    const position = document.caretPositionFromPoint(x, y, options);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

export function mentionAt(
  document: Document,
  index: MentionIndex,
  x: number,
  y: number,
  shadowRoots?: ReadonlySet<ShadowRoot>,
): PageMention | undefined {
  const caret = caretAt(document, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  for (const mention of index.inNode(caret.node)) {
    for (const rect of clientRects(mention.range)) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return mention;
    }
  }
  return undefined;
}
