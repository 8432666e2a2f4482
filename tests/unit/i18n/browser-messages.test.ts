import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// One browser for the file: `wxt/browser` keeps the first one it sees.
const getMessage = vi.fn((key: string, substitutions?: string | string[]) =>
  substitutions === undefined ? `[${key}]` : `[${key}: ${[substitutions].flat().join(', ')}]`,
);
vi.stubGlobal('chrome', {
  runtime: { id: 'glosa-test' },
  i18n: { getMessage, getUILanguage: () => 'en-GB' },
});
afterAll(() => {
  vi.unstubAllGlobals();
});

/** `lib/i18n` afresh, with nothing asked of the browser yet. */
async function freshI18n() {
  vi.resetModules();
  getMessage.mockClear();
  return import('../../../lib/i18n');
}

describe('the browser’s messages', () => {
  beforeEach(() => getMessage.mockClear());

  it('asks the browser once per message, and gives the same text every time', async () => {
    const { t } = await freshI18n();
    expect(t('libraryTitle')).toBe('[libraryTitle]');
    expect(t('libraryTitle')).toBe('[libraryTitle]');
    expect(getMessage).toHaveBeenCalledTimes(1);
  });

  it('keeps each set of substitutions apart', async () => {
    const { t } = await freshI18n();
    expect(t('libraryDeletedMany', '2')).toBe('[libraryDeletedMany: 2]');
    expect(t('libraryDeletedMany', '3')).toBe('[libraryDeletedMany: 3]');
    expect(t('libraryDeletedMany', ['2'])).toBe('[libraryDeletedMany: 2]');
    expect(t('libraryDeletedMany')).toBe('[libraryDeletedMany]');
    // Two words differ from one word that joins them.
    expect(t('libraryPageLine', ['a', 'b'])).toBe('[libraryPageLine: a, b]');
    expect(t('libraryPageLine', ['a\u0000b'])).toBe('[libraryPageLine: a\u0000b]');
    expect(getMessage).toHaveBeenCalledTimes(5);
  });
});
