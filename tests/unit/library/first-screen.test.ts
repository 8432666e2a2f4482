import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { asUiLanguageChoice } from '../../../core/ui-language-choice';
import {
  firstScreenSize,
  prefetchFirstScreen,
  takeFirstScreen,
} from '../../../entrypoints/library/first-screen';
import { database } from '../../../lib/db/database';
import { putHighlight } from '../../../lib/db/highlights';
import { highlightAt } from '../highlight-at';

describe('the library’s first screen', () => {
  it('is read once ahead of the first render, newest first, and later reads are fresh', async () => {
    for (let i = 0; i < firstScreenSize + 5; i++) {
      await putHighlight(highlightAt(`h${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
    }
    prefetchFirstScreen();
    await putHighlight(highlightAt('later', '2026-06-01T00:00:00.000Z'));
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
