import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Block, type Inline, parseInline, parseMarkdown } from '../../../core/atlas/markdown.ts';

const text = (value: string): Inline => ({ type: 'text', text: value });

function plain(nodes: Inline[]): string {
  return nodes
    .map((node) => (node.type === 'text' || node.type === 'code' ? node.text : plain(node.children)))
    .join('');
}

describe('parseInline', () => {
  it('reads code, bold and https links', () => {
    expect(parseInline('see `data/` and **[Keep a Changelog](https://keepachangelog.com/)**')).toEqual([
      text('see '),
      { type: 'code', text: 'data/' },
      text(' and '),
      {
        type: 'strong',
        children: [
          { type: 'link', href: 'https://keepachangelog.com/', children: [text('Keep a Changelog')] },
        ],
      },
    ]);
  });

  it('keeps only the text of a link whose address is not https', () => {
    expect(parseInline('[run me](javascript:alert`1`) [readme](data/README.md)')).toEqual([
      text('run me'),
      text(' '),
      text('readme'),
    ]);
  });

  it('leaves HTML as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([text('<img src=x onerror=alert(1)>')]);
  });
});

describe('parseMarkdown', () => {
  it('reads headings, paragraphs joined across lines, and nested lists with continuation lines', () => {
    const blocks = parseMarkdown(
      [
        '# Changelog',
        '',
        'First line',
        'second line.',
        '',
        '## [1.1.0] - 2026-12-02',
        '',
        '- Framing on every account:',
        '  - `voice`: whose words,',
        '    continued;',
        '  - `stance`: the author’s.',
        '  Of the 147 accounts: 77 own.',
        '- Places apart.',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'list']);
    expect(blocks[0]).toEqual({ type: 'heading', level: 1, inlines: [text('Changelog')] });
    expect(blocks[1]).toEqual({ type: 'paragraph', inlines: [text('First line second line.')] });
    const list = blocks[3] as Extract<Block, { type: 'list' }>;
    expect(list.items).toHaveLength(2);
    const [first] = list.items;
    expect(first?.content.map((part) => part.type)).toEqual(['text', 'list', 'text']);
    const nested = first?.content[1];
    if (nested?.type !== 'list') throw new Error('no nested list');
    expect(
      nested.items.map((item) =>
        item.content.map((part) => (part.type === 'text' ? plain(part.inlines) : '')),
      ),
    ).toEqual([['voice: whose words, continued;'], ['stance: the author’s.']]);
    const after = first?.content[2];
    expect(after?.type === 'text' && plain(after.inlines)).toBe('Of the 147 accounts: 77 own.');
  });

  it('ends a list at a paragraph after a blank line', () => {
    const blocks = parseMarkdown('- one\n\nAfter.\n');
    expect(blocks.map((block) => block.type)).toEqual(['list', 'paragraph']);
  });

  it('reads the dataset’s changelog: one title, a heading per release, and lists under them', () => {
    const blocks = parseMarkdown(readFileSync('data/CHANGELOG.md', 'utf8'));
    const headings = blocks.filter((block) => block.type === 'heading');
    expect(headings[0]).toMatchObject({ level: 1, inlines: [text('Changelog')] });
    const releases = headings.filter((block) => block.level === 2).map((block) => plain(block.inlines));
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases) expect(release).toMatch(/^\[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/);
    expect(blocks.some((block) => block.type === 'list')).toBe(true);
  });
});
