/**
 * Reads a page's text as "blocks": the runs of text nodes that a reader sees as one
 * piece of prose (a paragraph, a heading, a list item), so that a name split by inline
 * markup (`Evo <b>Morales</b>`) is matched as one string. Only reads the DOM: it never
 * writes to it.
 */

import { composedParent, isShadowRoot } from './composed-tree';

/** Subtrees that are never scanned: code, form fields, non-text content (local names). */
const rejectedNames = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'head',
  'title',
]);

/** Elements that flow inside a line of text: a name may continue across them. */
const inlineNames = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'glosa-mark',
]);

/**
 * Inline elements that can never host a shadow root (`attachShadow` accepts only custom
 * elements and the elements in `shadowHostNames`): `span` and `glosa-mark` are left out.
 */
const plainInlineNames = [...inlineNames].filter((name) => name !== 'span' && !name.includes('-'));

/** Hosts of Glosa's own UI carry this attribute; the scanner and observer skip them. */
export const ownUiAttribute = 'data-glosa-ui';

/** Attributes that can take an element out of the scan; most elements have none of them. */
const mayHideSelector = `[${ownUiAttribute}],[hidden],[contenteditable],[style]`;

/**
 * Matches any descendant that stops an element's text from being one block read whole: an
 * element that is not plain inline (it ends a line, is skipped, or may host a shadow root),
 * or one that may be hidden. When an element has none, its text is exactly its
 * `textContent`, one block.
 */
const notWholeSelector = `${plainInlineNames.map((name) => `:not(${name})`).join('')},${mayHideSelector}`;

/**
 * True for an element whose subtree is never scanned. Cheap: no style computation, and
 * the inline style object is only touched when the element has a style attribute.
 */
export function isRejected(element: Element, name = element.localName): boolean {
  if (rejectedNames.has(name)) return true;
  // One native selector match rules out most elements (four attribute reads did not).
  if (!element.matches(mayHideSelector)) return false;
  if (element.hasAttribute(ownUiAttribute) || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (!element.hasAttribute('style')) return false;
  const style = (element as HTMLElement).style;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

export function isInline(element: Element): boolean {
  return inlineNames.has(element.localName);
}

/** The nearest ancestor (or self) that is not inline: the block a text node belongs to. */
export function blockOf(node: Node): Element | null {
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && isInline(current as Element)) {
    current = current.parentNode;
  }
  return current && current.nodeType === Node.ELEMENT_NODE ? (current as Element) : null;
}

/** True when a node lies inside a subtree the scanner rejects (checked upwards, through shadow hosts). */
export function isInsideRejected(node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current.nodeType === Node.ELEMENT_NODE && isRejected(current as Element)) return true;
  }
  return false;
}

export interface TextBlock {
  /** The block element the text belongs to. */
  element: Element;
  /** For a block read whole, looked up on first use (see `readNodes`). */
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

/**
 * Walks `root` and yields its text blocks in document order. A block ends where a
 * non-inline element begins or ends (a `<p>` inside a `<div>`, a `<br>`); whitespace-only
 * blocks are skipped.
 *
 * Speed: one TreeWalker over elements and text, driven by hand (firstChild / nextSibling /
 * parentNode), so that a rejected subtree is never entered and the block a text belongs
 * to is known from where the walk is, not asked of the DOM per text node. Each node is
 * touched once; the browser does the traversal natively, with no filter callback (a JS
 * filter per node cost more than the matching).
 *
 * A block element whose descendants are all plain inline elements (no line break, nothing
 * hidden, no possible shadow host) is read whole with one `textContent`, without walking
 * its children: the same text, element and nodes (`readWhole` false walks every node, as
 * the property test's reference).
 */
export interface WalkOptions {
  /** False: every node is walked, no block is read whole (the property tests' reference). */
  readWhole?: boolean;
  /**
   * False only if no candidate could be in any stretch of a text (`Matcher.mayMatchWithin`).
   * Given it, runs of sibling paragraphs read whole are tested together first, from one
   * string, and a run ruled out yields one empty block (a turn for the caller's clock)
   * instead of its paragraphs: the blocks that could hold a candidate are the same.
   */
  mayMatch?: ((text: string) => boolean) | undefined;
}

/** Paragraphs tested together: about 2 KB of text on the million-node page. */
const runLength = 64;

export function* textBlocks(
  root: Node,
  onShadowRoot: (root: ShadowRoot) => void = () => {},
  options: WalkOptions = {},
): Generator<TextBlock> {
  const document = root.ownerDocument ?? (root as Document);
  // CDATA sections (XML documents only) are in textContent but are not walked.
  const whole = options.readWhole !== false && document.contentType === 'text/html';
  const { mayMatch } = options;
  // Sibling block elements read whole, waiting to be tested together (see WalkOptions).
  let run: Element[] = [];
  const range = mayMatch ? document.createRange() : undefined;
  function* flushRun(): Generator<TextBlock> {
    if (run.length === 0) return;
    const members = run;
    run = [];
    if (range && members.length > 1) {
      // From inside the first to the end of the last: no sibling index is computed.
      range.selectNodeContents(members[members.length - 1] as Element);
      range.setStart(members[0] as Element, 0);
      if (!mayMatch?.(range.toString())) {
        yield { element: members[0] as Element, nodes: [], starts: [], text: '' };
        return;
      }
    }
    for (const element of members) {
      const text = element.textContent ?? '';
      if (/\S/.test(text)) yield wholeBlock(element, text);
    }
  }
  if (root.nodeType === Node.ELEMENT_NODE && isRejected(root as Element)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const rootBlock =
    root.nodeType === Node.ELEMENT_NODE
      ? (root as Element)
      : isShadowRoot(root)
        ? root.host
        : document.documentElement;

  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let hasLetters = false;
  // The block element of each open non-inline element, innermost last.
  const blocks: Element[] = [rootBlock];
  // For each open element on the walk: whether leaving it ends a block.
  const endsBlock: boolean[] = [];
  const flush = (): TextBlock | undefined => {
    const element = blocks[blocks.length - 1] as Element;
    const done = nodes.length > 0 && hasLetters ? { element, nodes, starts, text } : undefined;
    if (nodes.length > 0) {
      nodes = [];
      starts = [];
      text = '';
      hasLetters = false;
    }
    return done;
  };

  let node: Node | null = walker.firstChild();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      yield* flushRun();
      const data = (node as Text).data;
      if (data.length > 0) {
        starts.push(text.length);
        nodes.push(node as Text);
        text += data;
        if (!hasLetters && /\S/.test(data)) hasLetters = true;
      }
    } else {
      const element = node as Element;
      const name = element.localName; // read once: each DOM read costs in an isolated world
      const inline = inlineNames.has(name);
      const rejected = isRejected(element, name);
      const shadow = rejected ? null : openShadowRoot(element, name);
      const readAsWhole = !inline && !rejected && whole && element.querySelector(notWholeSelector) === null;
      if (!(readAsWhole && mayMatch && !shadow)) yield* flushRun();
      // A non-inline element ends the line even when it is skipped (`<code>`, `<br>`).
      if (!inline) {
        const done = flush();
        if (done) yield done;
      }
      // A rejected element is skipped whole, shadow tree included.
      if (!rejected) {
        if (shadow) {
          // A web component's shadow tree is read where it is rendered, as blocks of its
          // own, before the light children it may slot in.
          const done = flush();
          if (done) yield done;
          onShadowRoot(shadow);
          yield* textBlocks(shadow, onShadowRoot, options);
        }
        if (readAsWhole) {
          // One block, read whole: its inline children and text nodes are never touched.
          run.push(element);
          if (!mayMatch || shadow || run.length === runLength) yield* flushRun();
        } else if (walker.firstChild()) {
          endsBlock.push(!inline);
          if (!inline) blocks.push(element);
          node = walker.currentNode;
          continue;
        }
      }
    }
    // Next in document order: a sibling, or up until an ancestor has one.
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) {
        node = sibling;
        break;
      }
      yield* flushRun();
      if (endsBlock.length === 0) {
        node = null;
        break;
      }
      walker.parentNode();
      if (endsBlock.pop()) {
        const done = flush();
        blocks.pop();
        if (done) yield done;
      }
    }
  }
  const last = flush();
  if (last) yield last;
}

/**
 * A block read whole: its text nodes are looked up only when asked for (`readNodes`), which
 * is only when its text holds a candidate. A page of a million text nodes has each one
 * touched by the walk otherwise, and every node touched costs Chromium a JS wrapper in the
 * content script's world: inserting them into the world's wrapper map, and clearing them in
 * each young-generation GC, made single steps of the walk take 35-50 ms, and scavenges
 * 20 ms, on the 1,000,000-text-node page (issue 12).
 */
function wholeBlock(element: Element, text: string): TextBlock {
  let found: { nodes: Text[]; starts: number[] } | undefined;
  const read = () => {
    if (!found) found = textNodesOf(element);
    return found;
  };
  return {
    element,
    text,
    get nodes() {
      return read().nodes;
    },
    get starts() {
      return read().starts;
    },
  };
}

/** The non-empty text nodes under an element, in document order, with their offsets in its text. */
function textNodesOf(element: Element): { nodes: Text[]; starts: number[] } {
  const walker = (element.ownerDocument as Document).createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const { data } = node as Text;
    if (data.length === 0) continue;
    nodes.push(node as Text);
    starts.push(length);
    length += data.length;
  }
  return { nodes, starts };
}

/**
 * Reads a block's text nodes now if it was read whole. Called as soon as its text holds a
 * candidate, or before a long block is matched across slices, so that offsets in the text
 * map to the nodes as they were when the text was read, even if the page changes them later.
 */
export function readNodes(block: TextBlock): void {
  void block.nodes;
}

/**
 * The element's open shadow root, if any (closed ones are the page's own). Only custom
 * elements (a hyphen in the name) and a short list of HTML elements can host one, so the
 * DOM read is skipped for the rest (links, emphasis, list items, table cells, images).
 */
function openShadowRoot(element: Element, name: string): ShadowRoot | null {
  return name.includes('-') || shadowHostNames.has(name) ? element.shadowRoot : null;
}

/** HTML elements that `attachShadow` accepts besides custom elements. */
const shadowHostNames = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** Maps an offset in a block's text back to a text node and an offset inside it. */
export function locate(block: TextBlock, offset: number, preferEnd: boolean): { node: Text; offset: number } {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = block.starts[middle] as number;
    if (start < offset || (!preferEnd && start === offset)) low = middle;
    else high = middle - 1;
  }
  const node = block.nodes[low] as Text;
  return { node, offset: offset - (block.starts[low] as number) };
}

/** Quick gate: does the page have at least `minimum` characters of scannable text? */
export function hasMeaningfulText(root: Node, minimum = 40): boolean {
  let count = 0;
  for (const block of textBlocks(root)) {
    count += block.text.trim().length;
    if (count >= minimum) return true;
  }
  return false;
}
