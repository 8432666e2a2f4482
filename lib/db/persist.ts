/**
 * Asks the browser to keep Glosa's storage when the disk runs low: without it,
 * "best-effort" storage may be evicted, and with it a researcher's highlights. Only
 * extension pages can ask (`navigator.storage.persist` is not offered to service
 * workers), so the library and the popup call this once when they open.
 */

/** The parts of `StorageManager` used here, so tests can pass their own. */
export interface PersistableStorage {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * True when the storage is (now) persistent. Never throws: where the API is missing or
 * refuses, it answers false and Glosa works as before (`unlimitedStorage` still applies).
 */
export async function requestPersistentStorage(
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    // Asking again when already granted could show Firefox's prompt for nothing.
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
