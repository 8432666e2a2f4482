import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockId, exportMarkdown, exportMarkdownPerPage } from '../../../core/export/markdown.ts';
import {
  escapeMarkdownLine,
  markdownBlockQuote,
  markdownParagraphs,
  obsidianTagName,
} from '../../../core/export/markdown-text.ts';
import type { Highlight } from '../../../core/highlights/highlight.ts';
import {
  entityName,
  hostileHighlight,
  moralesHighlight,
  sampleHighlights,
  senkataHighlight,
} from './fixtures.ts';
import { awkwardText, highlightsArbitrary } from './highlight-arbitrary.ts';

const options = { entityName };

describe('exportMarkdown', () => {
  it('writes one file with one frontmatter block and a section per page', async () => {
    await expect(exportMarkdown(sampleHighlights, options)).toMatchFileSnapshot('__snapshots__/combined.md');
  });

  it('writes one file per page, named from the site, the title and the address', async () => {
    const files = exportMarkdownPerPage(sampleHighlights, options);
    expect(files.map((file) => file.fileName)).toEqual([
      'news.example.org-what-happened-at-senkata-deae9340.md',
      'other.example.com-opinion-the-decree-4078-law-e8636262.md',
    ]);
    await expect(files[0]?.content).toMatchFileSnapshot('__snapshots__/per-page-senkata.md');
  });

  it('says so when there is nothing to export', () => {
    expect(exportMarkdown([], options)).toBe(
      '---\ntitle: "Glosa highlights"\npages: 0\nurls: []\ntags: []\n---\n\n# Glosa highlights\n\nNo highlights yet.\n',
    );
  });

  it('keeps a hostile quote inside its block quote and its note inert', () => {
    const markdown = exportMarkdown([hostileHighlight], options);
    expect(markdown).toContain(
      '> \\> Decree 4078\n> \\=SUM(A1)\n> \\- exempted \\*the armed forces\\*\n\n^glosa-0a9b8c7d6e5f',
    );
    expect(markdown).toContain(
      '\\<script\\>alert("x")\\</script\\>\n\\# not a heading, "quoted", with, commas',
    );
  });
});

describe('Markdown re-export', { timeout: 60_000 }, () => {
  const shuffled = (highlights: readonly Highlight[], seed: number) =>
    [...highlights].sort((a, b) => (a.id.charCodeAt(seed % 8) ^ seed) - (b.id.charCodeAt(seed % 8) ^ seed));

  it('is byte-identical for the same highlights in any order', () => {
    fc.assert(
      fc.property(highlightsArbitrary(), fc.nat(), (highlights, seed) => {
        expect(exportMarkdown(shuffled(highlights, seed), options)).toBe(exportMarkdown(highlights, options));
        expect(exportMarkdownPerPage(shuffled(highlights, seed), options)).toEqual(
          exportMarkdownPerPage(highlights, options),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('leaves a page’s file untouched when only another page changes', () => {
    const before = exportMarkdownPerPage([senkataHighlight, moralesHighlight, hostileHighlight], options);
    const edited = {
      ...hostileHighlight,
      body: { ...hostileHighlight.body, note: 'changed' },
      modified: '2026-12-01T00:00:00Z',
    };
    const after = exportMarkdownPerPage([senkataHighlight, moralesHighlight, edited], options);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]?.content).not.toBe(before[1]?.content);
  });

  it('keeps a page’s title and file name when a later highlight saw a new title', () => {
    const later = {
      ...moralesHighlight,
      id: '7f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      created: '2026-12-01T00:00:00.000Z',
      target: { ...moralesHighlight.target, title: 'Senkata: updated headline' },
    };
    const names = (highlights: Highlight[]) =>
      exportMarkdownPerPage(highlights, options).map((file) => file.fileName);
    expect(names([senkataHighlight, later])).toEqual(names([senkataHighlight]));
  });
});

describe('Markdown escaping', () => {
  it('escapes inline syntax, Obsidian’s included, and block markers at a line’s start', () => {
    expect(escapeMarkdownLine('*a* _b_ `c` [d](e) <f> #g ==h== $i$ %%j%% ^k a|b ~l~ &amp;')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\#g \\=\\=h\\=\\= \\$i\\$ \\%\\%j\\%\\% \\^k a\\|b \\~l\\~ \\&amp;',
    );
    expect(escapeMarkdownLine('- item')).toBe('\\- item');
    expect(escapeMarkdownLine('+ item')).toBe('\\+ item');
    expect(escapeMarkdownLine('1984. A year')).toBe('1984\\. A year');
    expect(escapeMarkdownLine('2) second')).toBe('2\\) second');
    expect(escapeMarkdownLine('---')).toBe('\\---');
    expect(escapeMarkdownLine('    indented code?')).toBe('indented code?');
    expect(escapeMarkdownLine('well-known 3.5 - fine')).toBe('well-known 3.5 - fine');
  });

  it('quotes every line, blank lines included, whatever the line endings', () => {
    expect(markdownBlockQuote('one\r\ntwo\n\n> three\rfour')).toBe('> one\n> two\n>\n> \\> three\n> four');
  });

  it('never lets a line out of the block quote', () => {
    fc.assert(
      fc.property(awkwardText(30), (text) => {
        for (const line of markdownBlockQuote(text).split('\n'))
          expect(line === '>' || line.startsWith('> ')).toBe(true);
      }),
    );
  });

  it('keeps paragraphs and collapses runs of blank lines', () => {
    expect(markdownParagraphs('\n\nfirst\n\n\n\nsecond\nline\n\n')).toBe('first\n\nsecond\nline');
  });

  it('makes tags Obsidian accepts', () => {
    expect(obsidianTagName('decree 4078')).toBe('decree-4078');
    expect(obsidianTagName('law/bolivia')).toBe('law/bolivia');
    expect(obsidianTagName('2019')).toBe('_2019');
    expect(obsidianTagName('Ñandú (ave)')).toBe('Ñandú-ave');
    expect(obsidianTagName('!!!')).toBe('');
  });

  it('derives block ids from highlight ids', () => {
    expect(blockId('1B4E28BA-2FA1-41d2-883f-0016d3cca427')).toBe('glosa-1b4e28ba2fa1');
  });
});
