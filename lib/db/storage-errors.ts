/**
 * Storage failures, in words a researcher can act on. A failed save must say why and
 * leave the selection in place, so nothing is silently dropped.
 *
 * Given `translate` (the background's and Glosa pages' `t`), the sentence is in the
 * browser's language; without it (node tools, tests), in English, the same words as
 * `public/_locales/en` (a test holds them equal).
 */
import type { MessageKey, Translate } from '../../core/i18n/ui-strings';

const english = {
  backgroundStorageFull:
    'The browser has no room left to store highlights. Free some disk space, or export and remove old highlights, then try again.',
  backgroundStorageNewer: 'Glosa was updated while this page was open. Reload the page and try again.',
  backgroundStorageUnavailable:
    'The highlight store could not be opened. Close other Glosa windows and try again.',
  backgroundStorageFailed: 'The highlight could not be stored: $1',
} satisfies Partial<Record<MessageKey, string>>;

function say(key: keyof typeof english, translate: Translate | undefined, reason = ''): string {
  return translate?.(key, reason) || english[key].replace('$1', reason);
}

export function describeStorageError(error: unknown, translate?: Translate): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: unknown } | null)?.inner;
  const innerName = inner instanceof Error ? inner.name : '';
  // Dexie reports a failed open again on every later call, as a DatabaseClosedError
  // whose `inner` is the cause: the cause decides the sentence.
  const is = (...names: string[]) => names.includes(name) || names.includes(innerName);
  if (is('QuotaExceededError')) return say('backgroundStorageFull', translate);
  if (is('VersionError', 'UpgradeError')) return say('backgroundStorageNewer', translate);
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'InvalidStateError') {
    return say('backgroundStorageUnavailable', translate);
  }
  return say('backgroundStorageFailed', translate, error instanceof Error ? error.message : String(error));
}
