import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createTranslator, type LocaleMessages } from '../../../core/i18n/ui-strings';
import { describeStorageError } from '../../../lib/db/storage-errors';

const translator = (locale: string) =>
  createTranslator(
    JSON.parse(
      readFileSync(new URL(`../../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'),
    ) as LocaleMessages,
  );

const failures = [
  new DOMException('quota', 'QuotaExceededError'),
  new Dexie.QuotaExceededError('quota'),
  new Dexie.VersionError('newer'),
  new Dexie.DatabaseClosedError(new Dexie.VersionError('newer')),
  new Dexie.DatabaseClosedError('closed'),
  new Error('disk on fire'),
  'not even an error',
];

describe('describeStorageError', () => {
  it('names the cause a person can act on, also when Dexie wraps it in a closed database', () => {
    expect(failures.map((failure) => describeStorageError(failure))).toEqual([
      'The browser has no room left to store highlights. Free some disk space, or export and remove old highlights, then try again.',
      'The browser has no room left to store highlights. Free some disk space, or export and remove old highlights, then try again.',
      'Glosa was updated while this page was open. Reload the page and try again.',
      'Glosa was updated while this page was open. Reload the page and try again.',
      'The highlight store could not be opened. Close other Glosa windows and try again.',
      'The highlight could not be stored: disk on fire',
      'The highlight could not be stored: not even an error',
    ]);
  });

  it('says in English without a translator exactly what the English locale says', () => {
    const english = translator('en');
    for (const failure of failures) {
      expect(describeStorageError(failure, english)).toBe(describeStorageError(failure));
    }
  });

  it('speaks the reader’s language when given one', () => {
    expect(describeStorageError(new Error('disco lleno'), translator('es'))).toBe(
      'No se pudo guardar el resaltado: disco lleno',
    );
  });
});
