/**
 * The page's readable text as one string, and the map between DOM positions and offsets
 * in it: what saved highlights are described against (`describe`) and found again by
 * (`anchor`). Separate from the mention scanner's blocks, which skip code and form
 * fields: a researcher may save a passage of a `<pre>` or `<code>`.
 *
 * - Read: every text node under `document.body`, `<pre>` and `<code>` included.
 * - Skipped: `script`, `style`, `noscript`, `template`, `textarea`, form fields and
 *   Glosa's own host (`data-glosa-ui`), whose text no reader sees as the page's.
 * - Hidden content is included: telling it apart needs style computation, and keeping
 *   it makes offsets stable whether a collapsed section is open or not (a passage in
 *   hidden text is found, and simply not painted). Shadow trees are not read.
 * - Where a block (a non-inline element, a `<br>`) ends between two texts, a "\n" is
 *   put in between, so that a quote across paragraphs reads as two lines. These
 *   characters belong to no node: an offset on one maps to the end of the text before it.
 *
 * Only reads the DOM, never writes to it. Built on first use; `invalidate()` (the
 * owner's MutationObserver) makes the next read rebuild it.
 */
import { staticRange } from './ranges';
import { isInline, ownUiAttribute } from './text-blocks';
import { sliceTimer, yieldToMain } from './yield-to-main';

const skippedNames = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
]);

interface Segment {
  node: Text;
  /** Offset of the node's first character in the page text. */
  start: number;
}

export interface TextPoint {
  node: Text;
  offset: number;
}

export interface PageTextSnapshot {
  readonly text: string;
  /** The text offset of a DOM boundary point (any container: text or element), or -1 outside. */
  offsetOf(node: Node, offset: number): number;
  /** The DOM position of a text offset; `preferEnd` puts a boundary at a node's end rather than the next node's start. */
  pointAt(offset: number, preferEnd: boolean): TextPoint | undefined;
  /** A range over [start, end) of the text, or undefined when it holds no text node. */
  rangeOf(start: number, end: number): StaticRange | undefined;
}

/** Inline for the reader, though the mention scanner skips them whole. */
const inlineHere = new Set(['code', 'tt', 'img', 'output']);

function isInlineHere(element: Element): boolean {
  return isInline(element) || inlineHere.has(element.localName);
}

function isSkipped(element: Element): boolean {
  return skippedNames.has(element.localName) || element.hasAttribute(ownUiAttribute);
}

/** Reads the page text at once. */
export function readPageText(root: Element): PageTextSnapshot {
  const steps = walkPageText(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Text nodes and elements visited between two chances to yield to the page. */
const nodesPerStep = 2_000;

/** The reading, in steps: it pauses (yields) every `nodesPerStep` nodes so a caller can slice it. */
function* walkPageText(root: Element): Generator<void, PageTextSnapshot> {
  const document = root.ownerDocument;
  const segments: Segment[] = [];
  const indexOfNode = new Map<Text, number>();
  // Pieces joined once at the end: asking a growing string for its last character
  // flattens it each time, which made reading a 2 MB page take a minute.
  const pieces: string[] = [];
  let length = 0;
  let endsWithBreak = false;
  let pendingBreak = false;

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.firstChild();
  // For each open element on the walk: whether leaving it ends a block.
  const endsBlock: boolean[] = [];
  let visited = 0;
  while (node) {
    if (++visited % nodesPerStep === 0) yield;
    let entered = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (pendingBreak && length > 0 && !endsWithBreak) {
          pieces.push('\n');
          length += 1;
        }
        pendingBreak = false;
        indexOfNode.set(node as Text, segments.length);
        segments.push({ node: node as Text, start: length });
        pieces.push(data);
        length += data.length;
        endsWithBreak = data.endsWith('\n');
      }
    } else {
      const element = node as Element;
      const inline = isInlineHere(element);
      if (!inline) pendingBreak = true;
      if (!isSkipped(element) && walker.firstChild()) {
        endsBlock.push(!inline);
        node = walker.currentNode;
        entered = true;
      }
    }
    if (entered) continue;
    // Next in document order: a sibling, or up until an ancestor has one.
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) {
        node = sibling;
        break;
      }
      if (endsBlock.length === 0) {
        node = null;
        break;
      }
      walker.parentNode();
      if (endsBlock.pop()) pendingBreak = true;
    }
  }

  const text = pieces.join('');
  const scratch = document.createRange();

  /** Index of the first segment whose node comes after the boundary point (segments.length if none). */
  const firstSegmentAfter = (container: Node, offset: number): number => {
    scratch.setStart(container, offset);
    scratch.collapse(true);
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      // comparePoint: -1 when the node's start is before the boundary point.
      const segment = segments[middle] as Segment;
      if (scratch.comparePoint(segment.node, 0) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const pointAt = (offset: number, preferEnd: boolean): TextPoint | undefined => {
    if (segments.length === 0) return undefined;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const start = (segments[middle] as Segment).start;
      if (start < offset || (!preferEnd && start === offset)) low = middle;
      else high = middle - 1;
    }
    const segment = segments[low] as Segment;
    const length = segment.node.data.length;
    const inside = offset - segment.start;
    if (inside < 0) return { node: segment.node, offset: 0 };
    if (inside <= length) return { node: segment.node, offset: inside };
    // On a block break: a start goes to the next node's beginning, an end stays here.
    const next = segments[low + 1];
    if (!preferEnd && next) return { node: next.node, offset: 0 };
    return { node: segment.node, offset: length };
  };

  return {
    text,
    offsetOf(container, offset) {
      if (container.nodeType === Node.TEXT_NODE) {
        const at = indexOfNode.get(container as Text);
        if (at !== undefined) return (segments[at] as Segment).start + offset;
      }
      if (!root.contains(container)) return -1;
      try {
        const after = firstSegmentAfter(container, offset);
        if (after < segments.length) return (segments[after] as Segment).start;
      } catch {
        return -1;
      }
      return text.length;
    },
    pointAt,
    rangeOf(start, end) {
      const from = pointAt(start, false);
      const to = pointAt(end, true);
      if (!from || !to) return undefined;
      return staticRange(from.node, from.offset, to.node, to.offset);
    },
  };
}

/**
 * The page text, read on first use and again after `invalidate()`. A reader that holds a
 * snapshot across a yield checks `version` to know the DOM changed under it.
 */
export class PageText {
  readonly #root: () => Element | null;
  #snapshot: PageTextSnapshot | undefined;
  #version = 0;

  constructor(root: () => Element | null) {
    this.#root = root;
  }

  get version(): number {
    return this.#version;
  }

  /**
   * The page text, read in slices that yield to the page when it is not read yet (a 2 MB
   * page takes about 100 ms to read, too long for one task). A change during the reading
   * starts it again; after three tries it reads at once.
   */
  async read(sliceMs = 8): Promise<PageTextSnapshot> {
    for (let attempt = 0; attempt < 3 && !this.#snapshot; attempt++) {
      const root = this.#root();
      if (!root) break;
      const version = this.#version;
      const steps = walkPageText(root);
      const timer = sliceTimer(sliceMs);
      let step = steps.next();
      while (!step.done) {
        if (timer.expired()) {
          await yieldToMain();
          timer.reset();
        }
        step = steps.next();
      }
      if (this.#version === version && !this.#snapshot) this.#snapshot = step.value;
    }
    return this.current();
  }

  current(): PageTextSnapshot {
    if (!this.#snapshot) {
      const root = this.#root();
      this.#snapshot = root ? readPageText(root) : emptySnapshot;
    }
    return this.#snapshot;
  }

  invalidate(): void {
    this.#snapshot = undefined;
    this.#version += 1;
  }
}

const emptySnapshot: PageTextSnapshot = {
  text: '',
  offsetOf: () => -1,
  pointAt: () => undefined,
  rangeOf: () => undefined,
};
