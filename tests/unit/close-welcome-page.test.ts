/**
 * The benches close the welcome page Glosa opens on install before they measure
 * (scripts/chromium.ts): a page behind it gets about one frame a second, which put
 * 600-800 ms "scroll steps" into the hostile bench that were the browser's wait.
 */
import type { BrowserContext } from '@playwright/test';
import { describe, expect, it, vi } from 'vitest';
import { closeWelcomePage } from '../../scripts/chromium.ts';

const fakePage = (url: string) => ({ url: () => url, close: vi.fn(async () => undefined) });

function fakeContext(open: ReturnType<typeof fakePage>[], later?: ReturnType<typeof fakePage>) {
  return {
    pages: () => open,
    waitForEvent: vi.fn(
      async (_event: string, { predicate }: { predicate: (page: { url(): string }) => boolean }) => {
        if (later && predicate(later)) return later;
        throw new Error('Timeout while waiting for event "page"');
      },
    ),
  } as unknown as BrowserContext & { waitForEvent: ReturnType<typeof vi.fn> };
}

describe('closeWelcomePage', () => {
  it('closes the welcome tab that is already open, and only it', async () => {
    const measured = fakePage('http://localhost:1234/hostile/page.html');
    const welcome = fakePage('chrome-extension://abc/welcome.html');
    const context = fakeContext([measured, welcome]);
    await closeWelcomePage(context);
    expect(welcome.close).toHaveBeenCalledOnce();
    expect(measured.close).not.toHaveBeenCalled();
    expect(context.waitForEvent).not.toHaveBeenCalled();
  });

  it('waits for a welcome tab that opens after the browser started, and closes it', async () => {
    const welcome = fakePage('chrome-extension://abc/welcome.html');
    await closeWelcomePage(fakeContext([fakePage('about:blank')], welcome));
    expect(welcome.close).toHaveBeenCalledOnce();
  });

  it('goes on when no welcome tab opens (a build that opens none, or a browser without Glosa)', async () => {
    const blank = fakePage('about:blank');
    await expect(closeWelcomePage(fakeContext([blank], fakePage('http://example.test/')), 10)).resolves.toBe(
      undefined,
    );
    expect(blank.close).not.toHaveBeenCalled();
  });
});
