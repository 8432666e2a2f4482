/**
 * Reads a page's text as "blocks": the runs of text nodes that a reader sees as one
 * piece of prose (a paragraph, a heading, a list item), so that a name split by inline
 * markup (`Evo <b>Morales</b>`) is matched as one string. Only reads the DOM: it never
 * writes to it.
 */

/** Subtrees that are never scanned: code, form fields, non-text content. */
const rejectedTags = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Elements that flow inside a line of text: a name may continue across them. */
const inlineTags = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'GLOSA-MARK',
]);

/** Hosts of Glosa's own UI carry this attribute; the scanner and observer skip them. */
export const ownUiAttribute = 'data-glosa-ui';

/** True for an element whose subtree is never scanned. Cheap: no style computation. */
export function isRejected(element: Element): boolean {
  if (rejectedTags.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute(ownUiAttribute)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if ((element as HTMLElement).hidden) return true;
  const style = (element as HTMLElement).style;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

export function isInline(element: Element): boolean {
  return inlineTags.has(element.tagName.toUpperCase());
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
 * Walks `root` and yields its text blocks in document order. A block ends at any
 * non-inline element boundary or `<br>`. Whitespace-only blocks are skipped.
 */
export function* textBlocks(root: Node): Generator<TextBlock> {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isRejected(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
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

  for (let node = walker.currentNode; node; node = walker.nextNode() as Node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      const owner = blockOf(node);
      if (owner !== block) {
        const done = flush();
        if (done) yield done;
        block = owner;
      }
      starts.push(text.length);
      nodes.push(node as Text);
      text += data;
      if (!hasLetters && /\S/.test(data)) hasLetters = true;
    } else if (node !== root && (!isInline(node as Element) || (node as Element).tagName === 'BR')) {
      const done = flush();
      if (done) yield done;
    }
  }
  const last = flush();
  if (last) yield last;
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
