/**
 * Draws mentions. With the CSS Custom Highlight API the page's DOM is never touched:
 * ranges go into a named highlight that the extension's stylesheet underlines (inserted
 * by the background at the first draw, see `onDraw`, never before). Where
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

export interface HighlighterOptions {
  /** The highlight's name in `CSS.highlights`. */
  name?: string;
  /**
   * Runs after the fallback has changed the page, so the page watcher can drop the
   * mutation records it caused instead of rescanning its own wrappers forever.
   */
  afterDomWrite?: () => void;
  /**
   * Runs at each flush that draws at least one range: the stylesheet is asked for here
   * (once while the frame draws, `highlight-styles.ts`), so a page with nothing to draw never has it.
   */
  onDraw?: () => void;
}

export function createHighlighter(
  document: Document,
  { name = mentionHighlightName, afterDomWrite = () => {}, onDraw = () => {} }: HighlighterOptions = {},
): Highlighter {
  const registry = document.defaultView?.CSS?.highlights;
  if (registry && typeof Highlight === 'function') return cssHighlighter(document, registry, name, onDraw);
  return wrappingHighlighter(document, afterDomWrite, onDraw);
}

/**
 * Up to this many mentions, every one is registered. Beyond it, only those nearest the
 * viewport are (the rest stay in the index, found by the popup and the keyboard, and are
 * registered when the reader scrolls to them).
 *
 * Why: Chromium re-processes every registered range after any change to the page's DOM or
 * to the highlight, about 1-13 µs each. Measured by scripts/highlight-cost.ts (Chromium, the
 * 50,000-mention hostile page, an edit of one text node to the next frame, medians on a
 * loaded two-core machine): nothing registered 16 ms; one Highlight of 50,000 ranges 679 ms
 * (117-234 ms on an idle one, issue 12); the same ranges over 50 Highlights 749 ms, no help
 * (the registry re-validates all of them); 5,000 ranges 70 ms; 2,000 ranges 59 ms. Scrolling
 * costs nothing extra: the window is placed again only once scrolling pauses (a passive
 * listener that restarts a timer), not per frame. An IntersectionObserver over the blocks
 * made every scroll frame twice as slow (33 ms against 17 on the 2 MB page), so it is not used.
 */
export const registerLimit = 2000;

/** Mentions this far above and below the viewport, in viewport heights, are registered too. */
const nearViewports = 2;

/** The window is placed again once scrolling (or a scan's new mentions) paused this long. */
const scrollPauseMs = 150;

function cssHighlighter(
  document: Document,
  registry: HighlightRegistry,
  name: string,
  onDraw: () => void,
): Highlighter {
  // One Highlight object per page; re-registering keeps working if a page script
  // cleared the registry.
  const highlight = new Highlight();
  const pending = new Set<AbstractRange>();
  // Every mention drawn, registered or not (beyond registerLimit only the nearest are),
  // by the element its text starts in: geometry is read once per element, not per mention.
  const drawn = new Map<Element | null, Set<AbstractRange>>();
  let drawnCount = 0;
  const view = document.defaultView;
  let windowed: AbortController | undefined;
  let placeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by each placement: an older one still running gives up. */
  let placing = 0;
  const ensureRegistered = () => {
    if (registry.get(name) !== highlight) registry.set(name, highlight);
  };
  ensureRegistered();

  const keep = (range: AbstractRange) => {
    const element = range.startContainer.parentElement;
    const list = drawn.get(element);
    if (list?.has(range)) return;
    if (list) list.add(range);
    else drawn.set(element, new Set([range]));
    drawnCount++;
  };
  const dropFrom = (key: Element | null, range: AbstractRange): boolean => {
    const list = drawn.get(key);
    if (!list?.delete(range)) return false;
    if (list.size === 0) drawn.delete(key);
    drawnCount--;
    return true;
  };
  const drop = (range: AbstractRange) => {
    if (dropFrom(range.startContainer.parentElement, range)) return;
    // The page moved its text to another element since: look everywhere.
    for (const key of drawn.keys()) if (dropFrom(key, range)) return;
  };

  /**
   * Registers the mentions nearest the viewport, at most registerLimit, changing only what
   * differs. The boxes come from a one-shot IntersectionObserver, computed by the browser
   * in its next rendering step: reading them with getBoundingClientRect forced the page's
   * pending layout inside Glosa's task (400 ms on the 50,000-mention page after each of
   * its edits), and reading 10,000 of them in one go was a 439 ms task.
   */
  const place = () => {
    const generation = ++placing;
    const height = view?.innerHeight || 1;
    const observer = new IntersectionObserver(
      (entries) => {
        observer.disconnect();
        if (generation !== placing || !windowed) return;
        const near: Array<[number, Set<AbstractRange>]> = [];
        for (const entry of entries) {
          const ranges = entry.isIntersecting ? drawn.get(entry.target) : undefined;
          if (!ranges) continue;
          const box = entry.boundingClientRect;
          near.push([box.bottom < 0 ? -box.bottom : box.top > height ? box.top - height : 0, ranges]);
        }
        near.sort((a, b) => a[0] - b[0]);
        const chosen = new Set<AbstractRange>();
        for (const [, ranges] of near) {
          for (const range of ranges) if (chosen.size < registerLimit) chosen.add(range);
        }
        for (const range of [...highlight]) if (!chosen.has(range)) highlight.delete(range);
        for (const range of chosen) if (!highlight.has(range)) highlight.add(range);
      },
      { rootMargin: `${nearViewports * 100}% 0px` },
    );
    for (const element of drawn.keys()) if (element?.isConnected) observer.observe(element);
  };
  /**
   * Places the window after `ms`: counted from the last call when `restart` (a scroll has
   * paused), from the first otherwise (new mentions keep arriving during a long scan).
   */
  const placeSoon = (ms: number, restart: boolean) => {
    if (placeTimer !== undefined && !restart) return;
    clearTimeout(placeTimer);
    placeTimer = setTimeout(() => {
      placeTimer = undefined;
      place();
    }, ms);
  };

  const enterWindowed = () => {
    windowed = new AbortController();
    const onMove = () => placeSoon(scrollPauseMs, true);
    // Capture: scrolls of inner containers do not bubble.
    const options = { capture: true, passive: true, signal: windowed.signal };
    document.addEventListener('scroll', onMove, options);
    view?.addEventListener('resize', onMove, options);
    // In a task of its own: observing every block that holds a mention (10,000 on the
    // 50,000-mention page) inside the flush made that flush one long task (issue 12).
    placeSoon(0, true);
  };
  const leaveWindowed = () => {
    windowed?.abort();
    windowed = undefined;
    placing++;
    clearTimeout(placeTimer);
    placeTimer = undefined;
  };

  return {
    // Each range is filed by its element as it comes, in the scan's own budgeted slices:
    // filing 50,000 at one flush was most of a 74 ms task on the 50,000-mention page.
    add(range) {
      pending.add(range);
      keep(range);
    },
    remove(range) {
      pending.delete(range);
      drop(range);
      highlight.delete(range);
    },
    clear() {
      pending.clear();
      drawn.clear();
      drawnCount = 0;
      highlight.clear();
      // Unregistered too (the next flush registers it again): a script stopped by an update
      // leaves no entry behind, and never removes a newer copy's highlight.
      if (registry.get(name) === highlight) registry.delete(name);
      leaveWindowed();
    },
    flush() {
      ensureRegistered();
      if (pending.size > 0) onDraw();
      if (drawnCount <= registerLimit) {
        if (windowed) {
          leaveWindowed();
          for (const ranges of drawn.values()) for (const range of ranges) highlight.add(range);
        } else {
          for (const range of pending) highlight.add(range);
        }
      } else if (!windowed) {
        enterWindowed();
      } else {
        // New mentions join the window at its next placement, once the scan pauses.
        placeSoon(scrollPauseMs, false);
      }
      pending.clear();
    },
  };
}

function wrappingHighlighter(document: Document, afterDomWrite: () => void, onDraw: () => void): Highlighter {
  const queued: AbstractRange[] = [];
  const wrappers = new Map<AbstractRange, Element[]>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (queued.length > 0) onDraw();
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
