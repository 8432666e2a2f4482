// @vitest-environment happy-dom
/**
 * Rescanning a part of the page that changed redraws only what changed: every change to
 * the highlight repaints the whole page, so a live ticker must not churn the underlines.
 */
import { describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile';
import { createMatcher } from '../../../core/matcher/matcher';
import type { Entity } from '../../../core/schema';
import { Annotator } from '../../../entrypoints/content/annotator';
import type { Highlighter } from '../../../entrypoints/content/highlighter';
import { MentionIndex } from '../../../entrypoints/content/mention-index';

const entities: Entity[] = [
  {
    id: 'evo-morales',
    kind: 'person',
    name: 'Evo Morales',
    description: 'Former president of Bolivia.',
    aliases: [{ text: 'Evo Morales' }],
  },
  {
    id: 'senkata',
    kind: 'event',
    name: 'Senkata',
    description: 'Deaths at Senkata, November 2019.',
    aliases: [{ text: 'Senkata' }],
  },
];

/** A highlighter that records what is drawn and every change made to the drawing. */
function recordingHighlighter() {
  const drawn = new Set<AbstractRange>();
  // What each range read when it was drawn: a removed range's text may be gone since.
  const texts = new Map<AbstractRange, string>();
  const pending = new Set<AbstractRange>();
  const changes: string[] = [];
  const text = (range: AbstractRange) =>
    (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
  const highlighter: Highlighter = {
    add: (range) => void pending.add(range),
    remove(range) {
      if (pending.delete(range)) return;
      if (drawn.delete(range)) changes.push(`- ${texts.get(range)}`);
    },
    clear: () => {
      pending.clear();
      drawn.clear();
    },
    flush() {
      for (const range of pending) {
        drawn.add(range);
        texts.set(range, text(range));
        changes.push(`+ ${text(range)}`);
      }
      pending.clear();
    },
  };
  return { drawn, changes, highlighter };
}

async function setUp(html: string) {
  document.body.innerHTML = html;
  const recorded = recordingHighlighter();
  const index = new MentionIndex();
  const annotator = new Annotator({
    matcher: createMatcher(compileMatcher(entities)),
    index,
    highlighter: recorded.highlighter,
    signal: new AbortController().signal,
  });
  await annotator.scan(document.body);
  recorded.changes.length = 0;
  return { ...recorded, index, annotator };
}

describe('rescanning a changed part of the page', () => {
  it('keeps a mention that is still where it was: no redraw', async () => {
    const { annotator, index, drawn, changes } = await setUp(
      '<p id="live">LIVE: Evo Morales speaks at 12:00</p>',
    );
    const before = [...drawn];
    const ticker = document.getElementById('live')?.firstChild as Text;
    ticker.data = 'LIVE: Evo Morales speaks at 12:01';
    await annotator.rescan(ticker.parentElement as Element);
    expect(changes).toEqual([]);
    expect([...drawn]).toEqual(before);
    expect(index.size).toBe(1);
  });

  it('replaces a mention that moved or changed, and draws a new one, in one pass', async () => {
    const { annotator, index, drawn, changes } = await setUp('<p id="live">Evo Morales at 12:00</p>');
    const ticker = document.getElementById('live')?.firstChild as Text;
    ticker.data = 'At 12:01, Evo Morales spoke of Senkata';
    await annotator.rescan(ticker.parentElement as Element);
    expect(changes.sort()).toEqual(['+ Evo Morales', '+ Senkata', '- Evo Morales']);
    expect(drawn.size).toBe(2);
    expect(index.all().map((mention) => mention.text)).toEqual(['Evo Morales', 'Senkata']);
  });

  it('drops the mentions of a part whose names are gone', async () => {
    const { annotator, index, changes } = await setUp('<p id="live">Evo Morales</p><p>Senkata</p>');
    const ticker = document.getElementById('live')?.firstChild as Text;
    ticker.data = 'No names now';
    await annotator.rescan(ticker.parentElement as Element);
    expect(changes).toEqual(['- Evo Morales']);
    expect(index.all().map((mention) => mention.text)).toEqual(['Senkata']);
  });

  it('rescans several changed parts in one pass, nested ones once', async () => {
    const { annotator, index, changes } = await setUp(
      '<div id="story"><p id="one">Evo Morales</p><p id="two">Senkata</p></div><p id="three">Evo Morales</p>',
    );
    (document.getElementById('two')?.firstChild as Text).data = 'Nothing here';
    (document.getElementById('three')?.firstChild as Text).data = 'Now Senkata';
    const parts = ['story', 'two', 'three'].map((id) => document.getElementById(id) as Element);
    await annotator.rescan(parts);
    expect(changes.sort()).toEqual(['+ Senkata', '- Evo Morales', '- Senkata']);
    expect(index.all().map((mention) => mention.text)).toEqual(['Evo Morales', 'Senkata']);
  });

  it('goes on after a part fails: the error is reported and later work still runs', async () => {
    const { annotator, index } = await setUp('<p id="one">Evo Morales</p>');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = document.getElementById('one') as Element;
    vi.spyOn(broken, 'isConnected', 'get').mockImplementation(() => {
      throw new Error('a hostile getter');
    });
    await annotator.rescan(broken);
    expect(errors).toHaveBeenCalledTimes(1);
    const added = document.createElement('p');
    added.textContent = 'Senkata';
    document.body.append(added);
    await annotator.rescan(added);
    expect(index.all().map((mention) => mention.text)).toContain('Senkata');
    errors.mockRestore();
  });
});
