/**
 * The toolbar popup: the page's mentions by entity (each opens its first mention) and
 * the switch for this site.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mentionCount, waitForMention } from './page-helpers';
import { waitForDialog } from './popover-helpers';

/**
 * Opens the popup's page for the active tab. Playwright cannot reach the toolbar's own
 * popup (`action.openPopup()` opens it, but not as a page a test can drive), so the same
 * page opens in an unfocused popup window, which leaves the article's window the last
 * focused one, as it is when a user clicks Glosa's icon.
 */
async function openPopup(page: Page, serviceWorker: import('@playwright/test').Worker): Promise<Page> {
  await page.bringToFront();
  const opened = page.context().waitForEvent('page', (candidate) => candidate.url().endsWith('/popup.html'));
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    await chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), type: 'popup', focused: false });
  });
  return opened;
}

test('the popup lists the page’s entities and opens the first mention of one', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/left-on-the-move-coup.html`);
  await waitForMention(page, 'Senkata');
  const popup = await openPopup(page, serviceWorker);
  const list = popup.getByRole('list', { name: 'On this page' });
  await expect(list.getByRole('button', { name: /^Evo Morales/ })).toBeVisible();
  // `Senkata \d` is the place: "Senkata killings" is its own entry (dataset 1.1.0).
  await list.getByRole('button', { name: /^Senkata \d/ }).click();
  await waitForDialog(page, 'Senkata');
});

test('the popup switch turns Glosa off for the site, and the underlines go', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/morning-star-coup.html`);
  await waitForMention(page, 'Carlos Mesa');
  const popup = await openPopup(page, serviceWorker);
  const toggle = popup.getByRole('switch', { name: 'Glosa on localhost' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => mentionCount(page)).toBe(0);
});

test.describe('in a Spanish browser', () => {
  test.use({ uiLanguage: 'es' });

  test('the popup and the settings page speak Spanish', async ({
    context,
    site,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/left-on-the-move-coup.html`);
    await waitForMention(page, 'Senkata');
    const popup = await openPopup(page, serviceWorker);
    await expect(popup.getByRole('switch', { name: 'Glosa en localhost' })).toHaveText('Activado');
    await expect(popup.getByRole('list', { name: 'En esta página' })).toBeVisible();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: 'Ajustes de Glosa' })).toBeVisible();
    await expect(options.getByLabel('Desactivar en')).toBeVisible();
  });
});
