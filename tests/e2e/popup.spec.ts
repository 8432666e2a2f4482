/**
 * The toolbar popup: the page's mentions counted and grouped by kind (each opens its
 * first mention), the switches for the site and for every site, the honest states
 * (no mentions, a page Glosa cannot run on), and axe in both languages and colour schemes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mentionCount, waitForMention } from './page-helpers';
import { waitForDialog } from './popover-helpers';
import { openPopup } from './popup-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

test('the popup counts the page’s mentions, groups the entities by kind, and opens the first mention of one', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/left-on-the-move-coup.html`);
  await waitForMention(page, 'Senkata');
  const popup = await openPopup(page, serviceWorker);
  const panel = popup.getByRole('region', { name: 'On this page' });
  const people = panel.getByRole('list', { name: 'People' });
  const places = panel.getByRole('list', { name: 'Places' });
  await expect(people.getByRole('button', { name: /^Evo Morales \d+ mentions?$/ })).toBeVisible();
  await expect(places.getByRole('button', { name: /^Senkata \d/ })).toBeVisible();
  await expect(people.getByRole('button', { name: /^Senkata/ })).toHaveCount(0);

  // The summary agrees with the underlines on the page and with the rows listed.
  const entities = await panel.getByRole('listitem').count();
  const mentions = await mentionCount(page);
  expect(entities).toBeGreaterThan(1);
  await expect(panel.getByText(`${mentions} mentions of ${entities} entities`)).toBeVisible();

  // `Senkata \d` is the place: "Senkata killings" is its own entry (dataset 1.1.0).
  await places.getByRole('button', { name: /^Senkata \d/ }).click();
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
  await expect(popup.getByText('Glosa is off on this site.')).toBeVisible();
});

test('“Pause everywhere” removes the underlines in an open tab and restores them, live, and it persists', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/morning-star-coup.html`);
  await waitForMention(page, 'Carlos Mesa');
  const before = await mentionCount(page);

  let popup = await openPopup(page, serviceWorker);
  const pause = () => popup.getByRole('switch', { name: 'Pause everywhere' });
  await expect(pause()).toHaveAttribute('aria-checked', 'false');
  await pause().click();
  await expect(pause()).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => mentionCount(page)).toBe(0);
  await expect(popup.getByText(/^Glosa is paused everywhere/)).toBeVisible();
  // The site's own switch is untouched: pausing is a setting of its own.
  await expect(popup.getByRole('switch', { name: 'Glosa on localhost' })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  // Stored: a popup opened afresh still says paused.
  await popup.close();
  const other = await context.newPage();
  await other.goto(`${site.origin}/left-on-the-move-coup.html`);
  popup = await openPopup(page, serviceWorker);
  await expect(pause()).toHaveAttribute('aria-checked', 'true');

  await pause().click();
  await expect(pause()).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => mentionCount(page)).toBe(before);
  // Every open tab follows, not only the one the popup was opened for.
  await expect.poll(() => mentionCount(other)).toBeGreaterThan(0);
  await expect(popup.getByRole('region', { name: 'On this page' }).getByText(/ mentions of /)).toBeVisible();
});

test('on a page without mentions the popup says so, and what the dataset covers', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/no-mentions.html`);
  const popup = await openPopup(page, serviceWorker);
  await expect(popup.getByText("Nothing from Glosa's dataset is mentioned on this page.")).toBeVisible();
  await expect(
    popup.getByText(
      /^Glosa's dataset covers Bolivian politics \d{4}–\d{4}: \d+ people, \d+ places, .* and \d+ groups\.$/,
    ),
  ).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Dataset browser' })).toHaveAttribute(
    'href',
    /\/atlas\.html$/,
  );
  await expect(popup.getByRole('link', { name: 'Changelog' })).toHaveAttribute(
    'href',
    /\/atlas\.html#\/changelog$/,
  );
  // The version and as-of date of the bundled dataset (data/dataset.json), the date in words.
  const { version, asOf } = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
    version: string;
    asOf: string;
  };
  await expect(
    popup.getByText(
      new RegExp(`^Dataset v${version.replaceAll('.', '\\.')}, as of \\D*\\d.*${asOf.slice(0, 4)}$`),
    ),
  ).toBeVisible();
});

test('on a browser page or the extension’s own page the popup says Glosa cannot run there', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  for (const address of ['chrome://version/', `chrome-extension://${extensionId}/library.html`]) {
    const page = await context.newPage();
    await page.goto(address);
    const popup = await openPopup(page, serviceWorker);
    await expect(popup.getByText(/^Glosa can't run on this page\./)).toBeVisible();
    await expect(popup.getByRole('switch')).toHaveCount(0);
    await expect(popup.getByRole('link', { name: 'Open library' })).toBeVisible();
    await popup.close();
    await page.close();
  }
});

for (const uiLanguage of ['en', 'es'] as const) {
  test.describe(`in ${uiLanguage === 'en' ? 'English' : 'Spanish'}`, () => {
    test.use({ uiLanguage });

    test('the popup passes axe in light and dark mode, with mentions and without', async ({
      context,
      site,
      serviceWorker,
    }) => {
      const page = await context.newPage();
      await page.goto(`${site.origin}/left-on-the-move-coup.html`);
      await waitForMention(page, 'Senkata');
      const popup = await openPopup(page, serviceWorker);
      const heading = uiLanguage === 'en' ? 'People' : 'Personas';
      await expect(popup.getByRole('heading', { name: heading })).toBeVisible();
      const plain = await context.newPage();
      await plain.goto(`${site.origin}/no-mentions.html`);
      const empty = await openPopup(plain, serviceWorker);
      await expect(empty.getByText(/Bolivian politics|política boliviana/)).toBeVisible();
      for (const view of [popup, empty]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await view.emulateMedia({ colorScheme });
          expect(await axeViolations(view), `${colorScheme} ${view.url()}`).toEqual([]);
        }
        // Readable type: 14 px or larger, set on body (Chrome otherwise draws 12 px).
        expect(
          await view.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize)),
        ).toBeGreaterThanOrEqual(14);
      }
    });
  });
}

test.describe('in a Spanish browser', () => {
  test.use({ uiLanguage: 'es' });

  test('the popup and the settings page speak Spanish, with Spanish plurals', async ({
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
    await expect(popup.getByRole('switch', { name: 'Pausar en todas partes' })).toHaveText('Desactivado');
    const panel = popup.getByRole('region', { name: 'En esta página' });
    await expect(panel.getByText(/^\d+ menciones de \d+ entidades$/)).toBeVisible();
    await expect(
      panel.getByRole('list', { name: 'Lugares' }).getByRole('button', { name: /^Senkata \d/ }),
    ).toBeVisible();
    await expect(popup.getByRole('link', { name: 'Cambios' })).toBeVisible();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: 'Ajustes de Glosa' })).toBeVisible();
    await expect(options.getByLabel('Desactivar en')).toBeVisible();
  });
});
