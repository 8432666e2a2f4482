import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranslator, type LocaleMessages } from '../../../core/i18n/translator';

// The browser's getMessage, as Chrome does it (createTranslator has its semantics), over the real messages.
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as LocaleMessages;
const chrome = createTranslator(messages);
const getMessage = vi.fn((key: string, substitutions?: string | string[]) =>
  chrome(key as Parameters<typeof chrome>[0], substitutions),
);
// One browser for the file: `wxt/browser` keeps the first one it sees.
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

type Key = Parameters<typeof chrome>[0];

describe('the browser’s messages', () => {
  beforeEach(() => getMessage.mockClear());

  it('asks the browser once per message, whatever its substitutions', async () => {
    const { t } = await freshI18n();
    expect(t('libraryHeading')).toBe(messages.libraryHeading?.message);
    expect(t('libraryHeading')).toBe(messages.libraryHeading?.message);
    expect(t('libraryDeletedMany', '2')).toBe(chrome('libraryDeletedMany', '2'));
    expect(t('libraryDeletedMany', '3')).toBe(chrome('libraryDeletedMany', '3'));
    expect(t('libraryDeletedMany', '3')).toContain('3');
    expect(getMessage).toHaveBeenCalledTimes(2);
  });

  it('gives what the browser gives, for every message and any substitutions', async () => {
    const { t } = await freshI18n();
    const keys = Object.keys(messages) as Key[];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.option(
          fc.array(fc.oneof(fc.string(), fc.constantFrom('$1', '$$', '$&', '\uE0001\uE001')), {
            maxLength: 9,
          }),
        ),
        (key, values) => {
          const substitutions = values ?? undefined;
          expect(t(key, substitutions)).toBe(chrome(key, substitutions));
        },
      ),
    );
    expect(getMessage.mock.calls.length).toBeLessThanOrEqual(keys.length);
  });
});
