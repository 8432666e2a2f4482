/**
 * Reads a page's text as "blocks": the runs of text nodes that a reader sees as one
 * piece of prose (a paragraph, a heading, a list item), so that a name split by inline
 * markup (`Evo <b>Morales</b>`) is matched as one string. Only reads the DOM: it never
 * writes to it.
 */

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

/** Hosts of Glosa's own UI carry this attribute; the scanner and observer skip them. */
export const ownUiAttribute = 'data-glosa-ui';

/** Attributes that can take an element out of the scan; most elements have none of them. */
const mayHideSelector = `[${ownUiAttribute}],[hidden],[contenteditable],[style]`;

/**
 * True for an element whose subtree is never scanned. Cheap: no style computation, and
 * the inline style object is only touched when the element has a style attribute.
 */
export function isRejected(element: Element): boolean {
  if (rejectedNames.has(element.localName)) return true;
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

/** True when a node lies inside a subtree the scanner rejects (checked upwards). */
export function isInsideRejected(node: Node, root: Node): boolean {
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current && current !== root.parentNode) {
    if (current.nodeType === Node.ELEMENT_NODE && isRejected(current as Element)) return true;
    current = current.parentNode;
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
}

/**
 * Walks `root` and yields its text blocks in document order. A block ends where the
 * block element changes or at a `<br>`. Whitespace-only blocks are skipped.
 *
 * Speed: the walker shows text nodes only and has no JS filter, so the browser walks
 * natively (a filter callback per element cost more than the matching). What a filter
 * would have decided (rejected subtree? which block?) is asked per parent element and
 * remembered, so each element is classified once.
 */
export function* textBlocks(root: Node): Generator<TextBlock> {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // Parent element → its block, or null when it lies in a rejected subtree (below root).
  const blocks = new Map<Node, Element | null>();
  const classify = (element: Node): Element | null => {
    const known = blocks.get(element);
    if (known !== undefined) return known;
    let verdict: Element | null;
    if (element.nodeType !== Node.ELEMENT_NODE || isRejected(element as Element)) verdict = null;
    else if (element === root) verdict = element as Element;
    else {
      const parent = element.parentNode;
      const above = parent ? classify(parent) : null;
      verdict = above === null ? null : isInline(element as Element) ? above : (element as Element);
    }
    blocks.set(element, verdict);
    return verdict;
  };

  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let block: Element | null = null;
  let hasLetters = false;
  const flush = (): TextBlock | undefined => {
    const done = block && hasLetters ? { element: block, nodes, starts, text } : undefined;
    nodes = [];
    starts = [];
    text = '';
    block = null;
    hasLetters = false;
    return done;
  };

  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (data.length === 0) continue;
    const parent = node.parentNode;
    const owner = parent ? classify(parent) : null;
    if (owner === null) continue;
    if (owner !== block || followsLineBreak(node, owner)) {
      const done = flush();
      if (done) yield done;
      block = owner;
    }
    starts.push(text.length);
    nodes.push(node);
    text += data;
    if (!hasLetters && /\S/.test(data)) hasLetters = true;
  }
  const last = flush();
  if (last) yield last;
}

/** A `<br>` or another non-inline element just before this text (or its inline wrapper) ends the line. */
function followsLineBreak(node: Node, block: Element): boolean {
  let current: Node | null = node;
  while (current && current !== block) {
    const previous: Node | null = current.previousSibling;
    if (previous) return previous.nodeType === Node.ELEMENT_NODE && !isInline(previous as Element);
    current = current.parentNode;
  }
  return false;
}

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
