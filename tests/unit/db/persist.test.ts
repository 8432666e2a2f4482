import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../lib/db/persist';

describe('requestPersistentStorage', () => {
  it('asks once when storage is not yet persistent, and reports the answer', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => false, persist })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when already granted', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => true, persist })).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('answers false where the API is missing or fails (a service worker, an old browser)', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await requestPersistentStorage({})).toBe(false);
    expect(
      await requestPersistentStorage({
        persist: () => Promise.reject(new DOMException('no', 'InvalidStateError')),
      }),
    ).toBe(false);
  });
});
