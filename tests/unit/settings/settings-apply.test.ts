// @vitest-environment happy-dom
/**
 * How a page follows the reader's settings: kinds left out of the matcher, "only the first
 * mention of each name" in the index and the drawing, and the underline rule swapped in
 * the frame (and only once the frame has the rules).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile';
import { createMatcher } from '../../../core/matcher/matcher';
import type { Entity } from '../../../core/schema';
import { defaultSettings } from '../../../core/settings';
import { Annotator } from '../../../entrypoints/content/annotator';
import { FirstMentionIndex, firstMentionsOnly } from '../../../entrypoints/content/first-mentions';
import type { Highlighter } from '../../../entrypoints/content/highlighter';
import { matcherWithout } from '../../../entrypoints/content/kind-filter';
import { MentionIndex } from '../../../entrypoints/content/mention-index';
import { createMentionUnderline } from '../../../entrypoints/content/mention-underline';
import { highlightSheet, restyleMentions } from '../../../lib/highlight-styles';
import type { Sender } from '../../../lib/messages';

const entities: Entity[] = [
  {
    id: 'evo-morales',
    kind: 'person',
    name: 'Evo Morales',
    description: 'A person.',
    aliases: [{ text: 'Evo Morales' }],
  },
  { id: 'senkata', kind: 'event', name: 'Senkata', description: 'An event.', aliases: [{ text: 'Senkata' }] },
  { id: 'la-paz', kind: 'place', name: 'La Paz', description: 'A place.', aliases: [{ text: 'La Paz' }] },
];
const summaries = entities.map(({ id, kind, name }) => ({ id, kind, name }));

function drawingHighlighter() {
  const drawn = new Set<AbstractRange>();
  const pending = new Set<AbstractRange>();
  const text = (range: AbstractRange) =>
    (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
  const highlighter: Highlighter = {
    add: (range) => void pending.add(range),
    remove: (range) => void (pending.delete(range) || drawn.delete(range)),
    clear: () => {
      pending.clear();
      drawn.clear();
    },
    flush: () => {
      for (const range of pending) drawn.add(range);
      pending.clear();
    },
  };
  return { highlighter, drawnTexts: () => [...drawn].map(text).sort() };
}

async function annotate(html: string, options: { hiddenKinds?: string[]; first?: boolean }) {
  document.body.innerHTML = html;
  const drawing = drawingHighlighter();
  const firstOnly = options.first ? new FirstMentionIndex() : undefined;
  const index = firstOnly ?? new MentionIndex();
  const highlighter = firstOnly ? firstMentionsOnly(firstOnly, drawing.highlighter) : drawing.highlighter;
  const { matcher, ready } = matcherWithout(
    createMatcher(compileMatcher(entities)),
    options.hiddenKinds ?? [],
    async () => summaries,
  );
  await ready;
  const annotator = new Annotator({ matcher, index, highlighter, signal: new AbortController().signal });
  await annotator.scan(document.body);
  return { index, annotator, drawnTexts: drawing.drawnTexts };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('kinds of names', () => {
  it('leaves out the kinds turned off, and keeps the others', async () => {
    const page = await annotate('<p>Evo Morales spoke of Senkata in La Paz.</p>', {
      hiddenKinds: ['event', 'place'],
    });
    expect(page.drawnTexts()).toEqual(['Evo Morales']);
    expect([...page.index.countsByEntity().keys()]).toEqual(['evo-morales']);
  });

  it('annotates every kind when the kinds cannot be had, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { matcher, ready } = matcherWithout(createMatcher(compileMatcher(entities)), ['event'], () =>
      Promise.reject(new Error('no background')),
    );
    await ready;
    expect(matcher.findCandidates('Senkata').map((candidate) => candidate.entityIds)).toEqual([['senkata']]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('only the first mention of each name', () => {
  const html =
    '<p>Senkata, then Evo Morales.</p><p>Evo Morales again, and Senkata.</p><p>Senkata once more.</p>';

  it('draws and indexes one mention per entity, the first in the page', async () => {
    const page = await annotate(html, { first: true });
    expect(page.drawnTexts()).toEqual(['Evo Morales', 'Senkata']);
    expect(page.index.size).toBe(2);
    const first = page.index.all()[0];
    expect(first?.block).toBe(document.querySelector('p'));
  });

  it('every mention in the default density', async () => {
    const page = await annotate(html, {});
    expect(page.index.size).toBe(5);
  });

  it('moves to the next mention still on the page when the first one leaves it', async () => {
    const page = await annotate(html, { first: true });
    document.querySelector('p')?.remove();
    page.annotator.forgetDisconnected();
    await Promise.resolve();
    expect(page.drawnTexts()).toEqual(['Evo Morales', 'Senkata']);
    expect(page.index.all().every((mention) => mention.block.isConnected)).toBe(true);
    expect(page.index.size).toBe(2);
  });

  it('forgets every mention, shown or kept aside, on reset', async () => {
    const page = await annotate(html, { first: true });
    page.annotator.reset();
    expect(page.index.size).toBe(0);
    expect(page.drawnTexts()).toEqual([]);
  });
});

describe('the underline in a frame', () => {
  const wavy = { underlineStyle: 'wavy' as const, underlineColour: '#aa3300' };
  const red = { underlineStyle: 'solid' as const, underlineColour: '#cc0000' };

  it('asks for the reader’s underline with the first rules, then swaps it in order', async () => {
    const send = vi.fn(async (..._args: unknown[]) => ({ injected: true, restyled: true }));
    const underline = createMentionUnderline(send as never);
    await underline.set(wavy);
    await underline.insertRules();
    await underline.set(red);
    await underline.set(defaultSettings);
    expect(send.mock.calls).toEqual([
      ['inject-highlight-styles', { underline: wavy }],
      ['restyle-mentions', { from: wavy, to: red }],
      ['restyle-mentions', { from: red, to: null }],
    ]);
  });

  it('ends a burst of changes in one swap to the last one', async () => {
    const send = vi.fn(async (..._args: unknown[]) => ({ injected: true, restyled: true }));
    const underline = createMentionUnderline(send as never);
    await underline.insertRules();
    void underline.set(wavy);
    void underline.set(red);
    await underline.set(defaultSettings);
    await underline.set(red);
    expect(send.mock.calls).toEqual([
      ['inject-highlight-styles', {}],
      ['restyle-mentions', { from: null, to: red }],
    ]);
  });

  it('sends nothing for a change before the frame has drawn anything', async () => {
    const send = vi.fn(async (..._args: unknown[]) => ({ injected: true, restyled: true }));
    const underline = createMentionUnderline(send as never);
    underline.set(red);
    underline.set(wavy);
    await underline.insertRules();
    expect(send.mock.calls).toEqual([['inject-highlight-styles', { underline: wavy }]]);
  });

  it('the background puts the sheet with the new rule into the sender’s frame, then takes the old one out', async () => {
    const calls: string[] = [];
    const scripting = {
      insertCSS: async ({ css, target }: { css: string; target: { tabId: number; frameIds: number[] } }) =>
        void calls.push(`insert ${target.tabId}/${target.frameIds} ${css}`),
      removeCSS: async ({ css, target }: { css: string; target: { tabId: number; frameIds: number[] } }) =>
        void calls.push(`remove ${target.tabId}/${target.frameIds} ${css}`),
    };
    const sender: Sender = { kind: 'content', pageUrl: 'https://news.example/a', tabId: 7, frameId: 3 };
    await expect(restyleMentions(scripting)({ from: wavy, to: red }, sender)).resolves.toEqual({
      restyled: true,
    });
    // New first: the underlines are never left without rules in between.
    expect(calls).toEqual([`insert 7/3 ${highlightSheet(red)}`, `remove 7/3 ${highlightSheet(wavy)}`]);
    await expect(
      restyleMentions(scripting)({ from: red, to: null }, { ...sender, tabId: undefined }),
    ).resolves.toEqual({
      restyled: false,
    });
  });
});
