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
 * Matches any descendant that stops an element's text from being one block: an element
 * that is not plain inline (it ends a line, is skipped, or may host a shadow root), or one
 * that may be hidden. When an element has none, its text is one block, exactly the text
 * of its part of a Range.
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
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
  /**
   * On the empty block a ruled-out run yields: how many characters the run held. The
   * caller's clock counts them, or it would read the clock once per 20 such runs (1,280
   * paragraphs), which made tasks of 76-98 ms on the page of a million text nodes.
   */
  skipped?: number;
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
 * With `mayMatch`, sibling paragraphs of plain inline markup are gathered in runs, and a
 * full run is first tested from one string (see WalkOptions): a run ruled out is never
 * walked node by node.
 */
export interface WalkOptions {
  /**
   * False only if no candidate could be in any stretch of a text (`Matcher.mayMatchWithin`).
   * Given it, a run of `runLength` sibling block elements whose descendants are all plain
   * inline elements (no line break, nothing hidden, no possible shadow host: each is one
   * block, a stretch of the run's text) is tested on the run's text first. A run ruled out
   * yields one empty block (a turn for the caller's clock) instead of its paragraphs; the
   * others are walked as without it, so every block that could hold a candidate is the same.
   * The empty block says how much text it stands for (`skipped`).
   */
  mayMatch?: ((text: string) => boolean) | undefined;
  /** How many sibling paragraphs make a run; only full runs are tested. */
  runLength?: number;
}

/** Paragraphs tested together: about 2 KB of text on the million-node page. */
const defaultRunLength = 64;

/** The walk of every node, for a run's paragraphs that may hold a candidate. */
const walkEveryNode: WalkOptions = {};

export function* textBlocks(
  root: Node,
  onShadowRoot: (root: ShadowRoot) => void = () => {},
  options: WalkOptions = {},
): Generator<TextBlock> {
  const document = root.ownerDocument ?? (root as Document);
  const { mayMatch, runLength = defaultRunLength } = options;
  // CDATA sections (XML documents only) are in a Range's text but are never walked.
  const runs = mayMatch !== undefined && document.contentType === 'text/html';
  // Sibling paragraphs of plain inline markup, waiting to be tested together.
  let run: Element[] = [];
  const range = runs ? document.createRange() : undefined;
  function* flushRun(): Generator<TextBlock> {
    if (run.length === 0) return;
    const members = run;
    run = [];
    // Only full runs are tested: an ordinary article's few paragraphs in a row mostly hold a
    // name, and the test would only add to their scan.
    if (range && members.length === runLength) {
      // From inside the first to the end of the last: no sibling index is computed.
      range.selectNodeContents(members[members.length - 1] as Element);
      range.setStart(members[0] as Element, 0);
      const runText = range.toString();
      if (!mayMatch?.(runText)) {
        yield { element: members[0] as Element, nodes: [], starts: [], text: '', skipped: runText.length };
        return;
      }
    }
    // Walked as the loop below would: each is one block, with itself as its element.
    for (const element of members) yield* textBlocks(element, onShadowRoot, walkEveryNode);
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
      const inRun =
        runs && !inline && !rejected && !shadow && element.querySelector(notWholeSelector) === null;
      if (!inRun) yield* flushRun();
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
        if (inRun) {
          run.push(element);
          if (run.length === runLength) yield* flushRun();
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
