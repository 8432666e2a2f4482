/**
 * Highlights as Markdown notes for Obsidian. Two shapes, built from the same page sections:
 * - `exportMarkdownPerPage`: one file per page, named stably from the page, with the page's
 *   frontmatter (title, url, site, date, tags) for a vault that keeps a note per article;
 * - `exportMarkdown`: the single file the library downloads. Frontmatter allows one block
 *   per file, so it lists what the file holds (pages, their addresses, all tags) and each
 *   page's own fields open its section as a list.
 *
 * Nothing in the output depends on when it was exported: unchanged highlights give the
 * same bytes, so a vault under version control sees only real changes. Each highlight is
 * a block quote with a block id (`^glosa-…`, from the highlight's id) that notes can
 * embed, then its note, tags, entities and a text-fragment link back to the passage.
 */
import type { Highlight } from '../highlights/highlight.ts';
import { sha1 } from '../highlights/stable-id.ts';
import { textFragmentUrl } from '../highlights/text-fragment.ts';
import {
  escapeMarkdownInline,
  markdownBlockQuote,
  markdownParagraphs,
  obsidianTagName,
  yamlString,
} from './markdown-text.ts';
import { compareStrings, sortForExport } from './order.ts';

export interface MarkdownExportOptions {
  entityName: (id: string) => string | undefined;
}

export interface MarkdownFile {
  fileName: string;
  content: string;
}

interface Page {
  url: string;
  title: string;
  site: string;
  /** Day the page was first highlighted (UTC), `YYYY-MM-DD`. */
  date: string;
  tags: string[];
  highlights: Highlight[];
}

export function exportMarkdownPerPage(
  highlights: readonly Highlight[],
  options: MarkdownExportOptions,
): MarkdownFile[] {
  return pagesOf(highlights).map((page) => ({
    fileName: pageFileName(page),
    content: `${[
      frontmatter([
        ['title', yamlString(page.title)],
        ['url', yamlString(page.url)],
        ['site', yamlString(page.site)],
        ['date', page.date],
        ['tags', yamlList(page.tags)],
      ]),
      `# ${headingText(page.title)}`,
      ...page.highlights.map((highlight) => highlightBlock(highlight, options)),
    ].join('\n\n')}\n`,
  }));
}

export function exportMarkdown(highlights: readonly Highlight[], options: MarkdownExportOptions): string {
  const pages = pagesOf(highlights);
  const allTags = [...new Set(pages.flatMap((page) => page.tags))].sort(compareStrings);
  // Instants, not strings: `modified` may carry any UTC offset.
  const lastChange = highlights.reduce(
    (latest, highlight) => Math.max(latest, Date.parse(highlight.modified)),
    Number.NEGATIVE_INFINITY,
  );
  const head = frontmatter([
    ['title', yamlString('Glosa highlights')],
    ...(highlights.length === 0 ? [] : ([['date', utcDay(lastChange)]] as [string, string][])),
    ['pages', String(pages.length)],
    ['urls', yamlList(pages.map((page) => page.url))],
    ['tags', yamlList(allTags)],
  ]);
  const sections = pages.map((page) =>
    [
      `## ${headingText(page.title)}`,
      [
        `- url: <${page.url}>`,
        `- site: ${escapeMarkdownInline(page.site)}`,
        `- date: ${page.date}`,
        ...(page.tags.length > 0 ? [`- tags: ${page.tags.map((tag) => `#${tag}`).join(' ')}`] : []),
      ].join('\n'),
      ...page.highlights.map((highlight) => highlightBlock(highlight, options)),
    ].join('\n\n'),
  );
  const body = sections.length > 0 ? sections : ['No highlights yet.'];
  return `${[head, '# Glosa highlights', ...body].join('\n\n')}\n`;
}

function highlightBlock(highlight: Highlight, options: MarkdownExportOptions): string {
  const { quote } = highlight.target.selector;
  const parts = [markdownBlockQuote(quote.exact), `^${blockId(highlight.id)}`];
  const note = markdownParagraphs(highlight.body.note);
  if (note !== '') parts.push(note);
  const details: string[] = [];
  const tags = highlight.body.tags.map(obsidianTagName).filter((tag) => tag !== '');
  if (tags.length > 0) details.push(`- tags: ${tags.map((tag) => `#${tag}`).join(' ')}`);
  const entities = highlight.body.entityIds.map((id) => escapeMarkdownInline(options.entityName(id) ?? id));
  if (entities.length > 0) details.push(`- entities: ${entities.join(', ')}`);
  details.push(`- [Open passage](<${textFragmentUrl(highlight.target.source, quote)}>)`);
  parts.push(details.join('\n'));
  return parts.join('\n\n');
}

/** Obsidian block ids allow letters, digits and dashes; 12 hex digits do not collide in practice. */
export function blockId(highlightId: string): string {
  return `glosa-${highlightId.replaceAll('-', '').slice(0, 12).toLowerCase()}`;
}

function pagesOf(highlights: readonly Highlight[]): Page[] {
  const byUrl = new Map<string, Highlight[]>();
  for (const highlight of sortForExport(highlights)) {
    const list = byUrl.get(highlight.target.source);
    if (list) list.push(highlight);
    else byUrl.set(highlight.target.source, [highlight]);
  }
  return [...byUrl.entries()].map(([url, pageHighlights]) => {
    // The first saved highlight names the page, so later saves under a new title move nothing.
    const first = pageHighlights.reduce((a, b) => (compareCreated(b, a) < 0 ? b : a));
    const tags = new Set(pageHighlights.flatMap((highlight) => highlight.body.tags.map(obsidianTagName)));
    tags.delete('');
    return {
      url,
      title: first.target.title.trim() === '' ? url : first.target.title,
      site: siteOf(url),
      date: utcDay(first.created),
      tags: [...tags].sort(compareStrings),
      highlights: pageHighlights,
    };
  });
}

/** `news.example.org-what-happened-at-senkata-1a2b3c4d.md`: readable, and unique per address. */
function pageFileName(page: Page): string {
  const slug =
    page.title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'untitled';
  const hash = Array.from(sha1(new TextEncoder().encode(page.url)).subarray(0, 4), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  const site = page.site.replace(/[^\p{L}\p{N}.-]+/gu, '-') || 'page';
  return `${site}-${slug}-${hash}.md`;
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function compareCreated(a: Highlight, b: Highlight): number {
  return Date.parse(a.created) - Date.parse(b.created) || compareStrings(a.id, b.id);
}

function utcDay(isoDate: string | number): string {
  return new Date(isoDate).toISOString().slice(0, 10);
}

function headingText(title: string): string {
  return escapeMarkdownInline(title) || 'Untitled';
}

function frontmatter(fields: [string, string][]): string {
  return [
    '---',
    ...fields.map(([key, value]) => (value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`)),
    '---',
  ].join('\n');
}

/** A YAML block list, or `[]` when empty. */
function yamlList(items: readonly string[]): string {
  return items.length === 0 ? '[]' : items.map((item) => `\n  - ${yamlString(item)}`).join('');
}
