import type { Page, Worker } from '@playwright/test';

/**
 * Opens the popup's page for `page`'s tab. Playwright cannot drive the toolbar's own
 * popup, so the same page opens in an unfocused popup window, which leaves the article's
 * window the last focused one, as it is when a user clicks Glosa's icon.
 */
export async function openPopup(page: Page, serviceWorker: Worker): Promise<Page> {
  await page.bringToFront();
  const opened = page.context().waitForEvent('page', (candidate) => candidate.url().endsWith('/popup.html'));
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    await chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), type: 'popup', focused: false });
  });
  return opened;
}
