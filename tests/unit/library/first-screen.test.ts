import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../core/highlights/highlight';
import { asUiLanguageChoice } from '../../../core/ui-language-choice';
import {
  firstScreenSize,
  prefetchFirstScreen,
  takeFirstScreen,
} from '../../../entrypoints/library/first-screen';
import { database } from '../../../lib/db/database';
import { putHighlight } from '../../../lib/db/highlights';

function highlight(id: string, created: string): Highlight {
  return {
    id,
    target: {
      source: `https://news.example/${id}`,
      title: 'An article',
      selector: {
        quote: { type: 'TextQuoteSelector', exact: 'Senkata', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 7 },
      },
    },
    body: { note: '', tags: [], entityIds: [] },
    created,
    modified: created,
  };
}

describe('the library’s first screen', () => {
  it('is read once ahead of the first render, newest first, and later reads are fresh', async () => {
    for (let i = 0; i < firstScreenSize + 5; i++) {
      await putHighlight(highlight(`h${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
    }
    prefetchFirstScreen();
    await putHighlight(highlight('later', '2026-06-01T00:00:00.000Z'));
    // The prefetched read began before the later save; either way it is one screen, newest first.
    const first = await takeFirstScreen();
    expect(first).toHaveLength(firstScreenSize);
    expect(first.map((h) => h.created)).toEqual([...first.map((h) => h.created)].sort().reverse());
    // Taken once: the next read sees the later save.
    const again = await takeFirstScreen();
    expect(again[0]?.id).toBe('later');
    await database().delete();
  });
});

describe('the interface-language setting read alone', () => {
  it('keeps a bundled choice and turns anything else into the browser’s language', () => {
    expect(asUiLanguageChoice('es')).toBe('es');
    expect(asUiLanguageChoice('en')).toBe('en');
    for (const stored of [undefined, null, 'fr', 42, { es: true }, ['es']]) {
      expect(asUiLanguageChoice(stored)).toBe('browser');
    }
  });
});
