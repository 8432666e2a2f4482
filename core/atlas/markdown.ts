/**
 * A small Markdown reader for the dataset's changelog: headings, paragraphs, nested
 * `-` lists (with continuation lines), inline code, bold and links. It returns plain
 * data that the page renders as React elements, so the changelog's text never reaches
 * the page as HTML. Links keep their address only when it is https; any other address
 * (a relative path, `javascript:`) is shown as its text alone.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export interface ListItem {
  /** Paragraph text and nested lists, in order. */
  content: Array<{ type: 'text'; inlines: Inline[] } | { type: 'list'; items: ListItem[] }>;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; items: ListItem[] };

/** A list item while its lines are being read: raw text runs, joined with spaces at the end. */
interface OpenItem {
  contentIndent: number;
  content: Array<{ type: 'text'; lines: string[] } | { type: 'list'; items: OpenItem[] }>;
}

const headingPattern = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const itemPattern = /^(\s*)[-*+]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Array<Block | { type: 'open-list'; items: OpenItem[] }> = [];
  let paragraph: string[] | null = null;
  /** The open list's items from the outermost to the one last opened. */
  let stack: OpenItem[] = [];
  let listItems: OpenItem[] | null = null;
  let blankBefore = false;

  const closeParagraph = () => {
    if (paragraph) blocks.push({ type: 'paragraph', inlines: parseInline(paragraph.join(' ')) });
    paragraph = null;
  };
  const closeList = () => {
    listItems = null;
    stack = [];
  };

  for (const rawLine of source.split(/\r?\n/)) {
    const line = rawLine.replace(/\s+$/, '');
    if (line.trim() === '') {
      closeParagraph();
      blankBefore = true;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const heading = indent < 4 ? headingPattern.exec(line) : null;
    const item = itemPattern.exec(line);

    if (heading) {
      closeParagraph();
      closeList();
      const level = (heading[1]?.length ?? 1) as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, inlines: parseInline(heading[2] ?? '') });
    } else if (item) {
      closeParagraph();
      const itemIndent = item[1]?.length ?? 0;
      const opened: OpenItem = {
        contentIndent: itemIndent + 2,
        content: [{ type: 'text', lines: [item[2] ?? ''] }],
      };
      // The nearest open item this one is nested in: one whose text starts at or before it.
      while (stack.length > 0 && (stack[stack.length - 1]?.contentIndent ?? 0) > itemIndent) stack.pop();
      const parent = stack[stack.length - 1];
      if (!listItems) {
        listItems = [opened];
        blocks.push({ type: 'open-list', items: listItems });
      } else if (parent) {
        const last = parent.content[parent.content.length - 1];
        if (last?.type === 'list') last.items.push(opened);
        else parent.content.push({ type: 'list', items: [opened] });
      } else {
        listItems.push(opened);
      }
      stack.push(opened);
    } else if (listItems && (indent > 0 || !blankBefore)) {
      // A continuation line: it belongs to the deepest open item it is indented under
      // (or, unindented without a blank line before it, to the last item).
      while (stack.length > 1 && (stack[stack.length - 1]?.contentIndent ?? 0) > indent) stack.pop();
      const owner = stack[stack.length - 1];
      const last = owner?.content[owner.content.length - 1];
      if (last?.type === 'text') last.lines.push(line.trim());
      else owner?.content.push({ type: 'text', lines: [line.trim()] });
    } else {
      closeList();
      paragraph = paragraph ?? [];
      paragraph.push(line.trim());
    }
    blankBefore = false;
  }
  closeParagraph();

  return blocks.map((block) =>
    block.type === 'open-list' ? { type: 'list', items: block.items.map(closeItem) } : block,
  );
}

function closeItem(item: OpenItem): ListItem {
  return {
    content: item.content.map((part) =>
      part.type === 'text'
        ? { type: 'text', inlines: parseInline(part.lines.join(' ')) }
        : { type: 'list', items: part.items.map(closeItem) },
    ),
  };
}

const inlinePattern = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const nodes: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const at = match.index ?? 0;
    if (at > last) nodes.push({ type: 'text', text: text.slice(last, at) });
    const [, code, strong, label, href] = match;
    if (code !== undefined) nodes.push({ type: 'code', text: code });
    else if (strong !== undefined) nodes.push({ type: 'strong', children: parseInline(strong) });
    else if (label !== undefined && href !== undefined) {
      const children = parseInline(label);
      if (isSafeAddress(href)) nodes.push({ type: 'link', href, children });
      else nodes.push(...children);
    }
    last = at + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  return nodes;
}

function isSafeAddress(href: string): boolean {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}
