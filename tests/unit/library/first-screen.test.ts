import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { asUiLanguageChoice } from '../../../core/ui-language-choice';
import { startEarlyRead, takeEarlyRead } from '../../../entrypoints/library/early-read';
import {
  firstScreenRead,
  firstScreenSize,
  prefetchFirstScreen,
  readFirstScreen,
  takeFirstScreen,
} from '../../../entrypoints/library/first-screen';
import { database } from '../../../lib/db/database';
import { putHighlight } from '../../../lib/db/highlights';
import { highlightAt } from '../highlight-at';

// First in this file: the early read's slot lives for the page's life (this file's), and
// the page taking the first screen (every test below) closes it for good.
describe('the first screen read ahead of the library’s modules', () => {
  it('is taken over by the page, and a start after the page took it reads nothing', async () => {
    await putHighlight(highlightAt('early', '2026-02-01T00:00:00.000Z'));
    const opens = vi.spyOn(indexedDB, 'open');
    startEarlyRead();
    startEarlyRead();
    expect(opens).toHaveBeenCalledTimes(1);
    const early = takeEarlyRead();
    expect((await early)?.map((h) => h.id)).toEqual(['early']);
    // The classic script arriving after the modules (it never should) must not read again.
    startEarlyRead();
    expect(takeEarlyRead()).toBeUndefined();
    expect(opens).toHaveBeenCalledTimes(1);
    opens.mockRestore();
    await database().delete();
  });

  it('lets the first render hold the screen once its read is in', async () => {
    await putHighlight(highlightAt('shown', '2026-03-01T00:00:00.000Z'));
    prefetchFirstScreen();
    await firstScreenRead(1000);
    expect(readFirstScreen()?.map((h) => h.id)).toEqual(['shown']);
    // A peek: the next take still gets it, and forgets it.
    expect((await takeFirstScreen()).map((h) => h.id)).toEqual(['shown']);
    expect(readFirstScreen()).toBeUndefined();
    await database().delete();
  });
});

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
