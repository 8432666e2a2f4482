/**
 * Text that Markdown, and Obsidian's additions to it, must show as written: no emphasis,
 * links, tags, highlights, maths, HTML or block-id markers made out of a quote or a note.
 */

/** Inline syntax anywhere in a line. `#` makes Obsidian tags, `=` highlights, `$` maths, `%` comments, `^` block ids. */
const inlineSyntax = /[\\`*_[\]<>#|~=^%$&{}]/g;
/** Block syntax at a line's start: list items, ordered lists, thematic breaks, setext underlines. */
const listMarker = /^([-+])/;
const orderedMarker = /^(\d+)([.)])/;

/** One line of text, escaped for use inside a paragraph, heading or block quote. */
export function escapeMarkdownLine(line: string): string {
  // Leading whitespace would make an indented code block; trailing spaces, a hard break.
  const trimmed = line.trim();
  return trimmed
    .replace(inlineSyntax, (c) => `\\${c}`)
    .replace(listMarker, '\\$1')
    .replace(orderedMarker, '$1\\$2');
}

/** Text split into escaped lines; `\r\n`, `\r` and `\n` all end a line. */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(escapeMarkdownLine);
}

/** Text on one line (a heading, a list item): line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' '));
}

/** A block quote of the text, every line marked, blank lines kept inside the quote. */
export function markdownBlockQuote(text: string): string {
  return escapeMarkdownLines(text)
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Paragraphs of the text, with runs of blank lines collapsed to one. */
export function markdownParagraphs(text: string): string {
  return escapeMarkdownLines(text)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * An Obsidian tag name: letters, digits, `_`, `-` and `/`, not only digits. Spaces become
 * `-`; other characters go. Empty when nothing of the tag can be a tag.
 */
export function obsidianTagName(tag: string): string {
  const name = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/^\/+|\/+$/g, '');
  return /^\d+$/.test(name) ? `_${name}` : name;
}

/** A YAML scalar for frontmatter: JSON's double-quoted strings are valid YAML. */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}
