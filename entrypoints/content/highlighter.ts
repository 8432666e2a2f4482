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
  if (registry && typeof Highlight === 'function') return cssHighlighter(document, registry, name);
  return wrappingHighlighter(document, afterDomWrite);
}

/**
 * Up to this many mentions, every one is registered. Beyond it, only those nearest the
 * viewport are (the rest stay in the index, found by the popup and the keyboard, and are
 * registered when the reader scrolls to them).
 *
 * Why: Chromium re-processes every registered range after any change to the page's DOM or
 * to the highlight, about 1-9 µs each. Measured by scripts/highlight-cost.ts (Chromium, the
 * 50,000-mention hostile page, an edit of one text node, then the next frame), see the table
 * in the report of issue 12: one Highlight of 50,000 ranges cost every page edit
 * 117-234 ms; splitting the same ranges over 50 Highlights did not help (the registry
 * re-validates all of them); 2,000 ranges cost an edit little more than none. Scrolling
 * costs nothing extra: the window is placed again only once scrolling pauses (a passive
 * listener that restarts a timer), not per frame. An IntersectionObserver over the blocks
 * made every scroll frame twice as slow (33 ms against 17 on the 2 MB page), so it is not used.
 */
export const registerLimit = 2000;

/** Mentions this far above and below the viewport, in viewport heights, are registered too. */
const nearViewports = 2;

/** The window is placed again once scrolling has paused this long. */
const scrollPauseMs = 150;

function cssHighlighter(document: Document, registry: HighlightRegistry, name: string): Highlighter {
  // One Highlight object per page; re-registering keeps working if a page script
  // cleared the registry.
  const highlight = new Highlight();
  const pending = new Set<AbstractRange>();
  // Every mention drawn, registered or not (beyond registerLimit only the nearest are).
  const drawn = new Set<AbstractRange>();
  const view = document.defaultView;
  let windowed: AbortController | undefined;
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  const ensureRegistered = () => {
    if (registry.get(name) !== highlight) registry.set(name, highlight);
  };
  ensureRegistered();

  /** How far a mention's element is from the viewport, in px (0 inside); Infinity when not rendered. */
  const distances = new Map<Element, number>();
  const distance = (range: AbstractRange): number => {
    const element = range.startContainer.parentElement;
    if (!element?.isConnected) return Number.POSITIVE_INFINITY;
    let known = distances.get(element);
    if (known === undefined) {
      const rect = element.getBoundingClientRect();
      const height = view?.innerHeight ?? 0;
      known =
        rect.width === 0 && rect.height === 0
          ? Number.POSITIVE_INFINITY
          : rect.bottom < 0
            ? -rect.bottom
            : rect.top > height
              ? rect.top - height
              : 0;
      distances.set(element, known);
    }
    return known;
  };
  const near = (range: AbstractRange) => distance(range) <= nearViewports * (view?.innerHeight ?? 0);

  /** Registers the mentions nearest the viewport, at most registerLimit, changing only what differs. */
  const place = () => {
    distances.clear();
    const nearest = [...drawn].filter(near).sort((a, b) => distance(a) - distance(b));
    const chosen = new Set(nearest.slice(0, registerLimit));
    for (const range of [...highlight]) if (!chosen.has(range)) highlight.delete(range);
    for (const range of chosen) if (!highlight.has(range)) highlight.add(range);
    distances.clear();
  };

  const enterWindowed = () => {
    windowed = new AbortController();
    const onMove = () => {
      clearTimeout(scrollTimer);
      scrollTimer = setTimeout(place, scrollPauseMs);
    };
    // Capture: scrolls of inner containers do not bubble.
    const options = { capture: true, passive: true, signal: windowed.signal };
    document.addEventListener('scroll', onMove, options);
    view?.addEventListener('resize', onMove, options);
    place();
  };
  const leaveWindowed = () => {
    windowed?.abort();
    windowed = undefined;
    clearTimeout(scrollTimer);
  };

  return {
    add(range) {
      pending.add(range);
    },
    remove(range) {
      if (pending.delete(range)) return;
      drawn.delete(range);
      highlight.delete(range);
    },
    clear() {
      pending.clear();
      drawn.clear();
      highlight.clear();
      leaveWindowed();
    },
    flush() {
      ensureRegistered();
      for (const range of pending) drawn.add(range);
      if (drawn.size <= registerLimit) {
        if (windowed) {
          leaveWindowed();
          for (const range of drawn) highlight.add(range);
        } else {
          for (const range of pending) highlight.add(range);
        }
      } else if (!windowed) {
        enterWindowed();
      } else {
        // Only the new mentions are measured: a full placement per flush would read every
        // mention's geometry many times over during a long scan.
        distances.clear();
        for (const range of pending) if (highlight.size < registerLimit && near(range)) highlight.add(range);
        distances.clear();
      }
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
