/**
 * Storage failures, in words a researcher can act on. A failed save must say why and
 * leave the selection in place, so nothing is silently dropped.
 */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: unknown } | null)?.inner;
  const innerName = inner instanceof Error ? inner.name : '';
  // Dexie reports a failed open again on every later call, as a DatabaseClosedError
  // whose `inner` is the cause: the cause decides the sentence.
  const is = (...names: string[]) => names.includes(name) || names.includes(innerName);
  if (is('QuotaExceededError')) {
    return 'The browser has no room left to store highlights. Free some disk space, or export and remove old highlights, then try again.';
  }
  if (is('VersionError', 'UpgradeError')) {
    return 'Glosa was updated while this page was open. Reload the page and try again.';
  }
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'InvalidStateError') {
    return 'The highlight store could not be opened. Close other Glosa windows and try again.';
  }
  return `The highlight could not be stored: ${error instanceof Error ? error.message : String(error)}`;
}
