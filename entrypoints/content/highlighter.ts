/**
 * Draws mentions. With the CSS Custom Highlight API the page's DOM is never touched:
 * ranges go into a named highlight that the extension's stylesheet underlines. Where
 * the API is missing, ranges are wrapped in `<glosa-mark>` elements, in batches per
 * animation frame, as a last resort.
 */
import { liveRange } from './ranges';

export const mentionHighlightName = 'glosa-mention';

/** The fallback's wrapper element; the scanner treats it as inline text. */
export const wrapperTag = 'glosa-mark';

export interface Highlighter {
  /** Queues a range; it is drawn at the next flush. */
  add(range: AbstractRange): void;
  remove(range: AbstractRange): void;
  clear(): void;
  /**
   * Draws what was queued. Every change to a registered highlight makes the browser
   * repaint it, which on a huge page is expensive, so the annotator flushes in batches.
   */
  flush(): void;
}

/**
 * `afterDomWrite` runs after the fallback has changed the page, so the page watcher can
 * drop the mutation records it caused instead of rescanning its own wrappers forever.
 */
export function createHighlighter(
  document: Document,
  name = mentionHighlightName,
  afterDomWrite: () => void = () => {},
): Highlighter {
  const registry = document.defaultView?.CSS?.highlights;
  if (registry && typeof Highlight === 'function') return cssHighlighter(registry, name);
  return wrappingHighlighter(document, afterDomWrite);
}

/**
 * Every mention is in the one highlight, drawn or not on screen. Measured in Chromium 156 on
 * the 2 MB bench page: any change to a highlight repaints in proportion to all the ranges
 * registered (about 9 µs each: one range added beside 9,000 costs an 85-90 ms frame, beside
 * 80 about 18 ms, the page's own frame being 15). Registering only the mentions near the
 * viewport, through an IntersectionObserver on their 5,941 blocks, made changes cheap but
 * every scroll frame twice as slow (33 ms against 17), and scrolling is what readers do most.
 * So the annotator changes the highlight rarely (batched flushes, and rescans that keep the
 * mentions they find again) instead. The same per-range cost is paid after any DOM change
 * of the page's own (a live ticker on the 2 MB page: one 95 ms frame per edit); on an
 * ordinary page with a few hundred mentions it is a couple of milliseconds.
 */
function cssHighlighter(registry: HighlightRegistry, name: string): Highlighter {
  // One Highlight object per page; re-registering keeps working if a page script
  // cleared the registry.
  const highlight = new Highlight();
  const pending = new Set<AbstractRange>();
  const ensureRegistered = () => {
    if (registry.get(name) !== highlight) registry.set(name, highlight);
  };
  ensureRegistered();
  return {
    add(range) {
      pending.add(range);
    },
    remove(range) {
      if (!pending.delete(range)) highlight.delete(range);
    },
    clear() {
      pending.clear();
      highlight.clear();
    },
    flush() {
      ensureRegistered();
      for (const range of pending) highlight.add(range);
      pending.clear();
    },
  };
}

function wrappingHighlighter(document: Document, afterDomWrite: () => void): Highlighter {
  const queued: AbstractRange[] = [];
  const wrappers = new Map<AbstractRange, Element[]>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    for (const range of queued.splice(0)) wrappers.set(range, wrapRange(document, range));
    afterDomWrite();
  };
  return {
    add(range) {
      queued.push(range);
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(flush);
      }
    },
    remove(range) {
      const index = queued.indexOf(range);
      if (index >= 0) queued.splice(index, 1);
      for (const wrapper of wrappers.get(range) ?? []) unwrap(wrapper);
      wrappers.delete(range);
      afterDomWrite();
    },
    clear() {
      queued.length = 0;
      for (const list of wrappers.values()) for (const wrapper of list) unwrap(wrapper);
      wrappers.clear();
      afterDomWrite();
    },
    // Wrapping already batches per animation frame.
    flush() {},
  };
}

/** Wraps each text-node piece of a range; returns the wrappers so they can be undone. */
function wrapRange(document: Document, mention: AbstractRange): Element[] {
  const range = liveRange(mention);
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let node = walker.currentNode; node; node = walker.nextNode() as Node) {
    if (node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : text.length;
    if (end > start) pieces.push({ node: text, start, end });
  }
  return pieces.map(({ node, start, end }) => {
    const piece = document.createRange();
    piece.setStart(node, start);
    piece.setEnd(node, end);
    const wrapper = document.createElement(wrapperTag);
    piece.surroundContents(wrapper);
    return wrapper;
  });
}

function unwrap(wrapper: Element) {
  const parent = wrapper.parentNode;
  if (!parent) return;
  while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
  parent.removeChild(wrapper);
  parent.normalize();
}
