/**
 * The settings page and what it changes: every change reaches an open tab without a
 * reload (hover delay, density, kinds, underline style and colour, language), allow-list
 * mode annotates only the listed sites, invalid values are refused next to their field,
 * earlier stored settings are migrated and a damaged field is reset alone, import and
 * export, the switches survive a browser restart, and axe in both languages and schemes.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchChromium } from '../../scripts/chromium.ts';
import { expect, test } from './fixtures';
import { mentionCount, mentionTexts, waitForMention } from './page-helpers';
import { dialogNames, mentionPoint, onDialog, waitForDialog } from './popover-helpers';
import { openPopup } from './popup-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const article = '/left-on-the-move-coup.html';

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

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('main')).toHaveAttribute('aria-busy', 'false');
  return options;
}

/** What the page's mention rule draws: the computed style of Glosa's highlight. */
async function underline(page: Page): Promise<{ style: string; colour: string }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.body, '::highlight(glosa-mention)');
    return { style: style.textDecorationStyle, colour: style.textDecorationColor };
  });
}

/** The settings as stored, straight from `chrome.storage`. */
async function storedArea(serviceWorker: Worker, area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  return serviceWorker.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    return chrome.storage[name].get(null);
  }, area);
}

test('a change of density, kinds, underline and hover delay reaches an open tab without a reload', async ({
  context,
  site,
  extensionId,
}) => {
  // Eleven changes, each waited for in the tab: longer than one page's test.
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await waitForMention(page, 'Senkata');
  const every = await mentionTexts(page);
  expect(every.filter((text) => text === 'Evo Morales').length).toBeGreaterThan(1);
  expect(await underline(page)).toEqual({ style: 'dotted', colour: 'rgb(59, 130, 196)' });
  const options = await openOptions(context, extensionId);

  // Density: only the first mention of each name.
  await options.getByRole('radio', { name: 'Only the first mention of each name on a page' }).check();
  await expect
    .poll(async () => (await mentionTexts(page)).filter((text) => text === 'Evo Morales').length)
    .toBe(1);
  expect(await mentionCount(page)).toBeLessThan(every.length);

  // Kinds: people off, places still on.
  await options.getByRole('checkbox', { name: 'Person' }).uncheck();
  await expect.poll(async () => (await mentionTexts(page)).includes('Evo Morales')).toBe(false);
  await waitForMention(page, 'Senkata');

  // Back to every mention of every kind.
  await options.getByRole('checkbox', { name: 'Person' }).check();
  await options.getByRole('radio', { name: 'Every mention' }).check();
  await expect.poll(() => mentionCount(page)).toBe(every.length);

  // Underline: style and colour, in the preview and in the tab.
  await options.getByLabel('Style').selectOption('wavy');
  await options.getByLabel('Colour').fill('#cc0000');
  await expect.poll(() => underline(page)).toEqual({ style: 'wavy', colour: 'rgb(204, 0, 0)' });
  expect(
    await options.evaluate(
      () => getComputedStyle(document.body, '::highlight(glosa-mention)').textDecorationColor,
    ),
  ).toBe('rgb(204, 0, 0)');
  // And back to the default: the reader's own rule comes out again.
  await options.getByLabel('Style').selectOption('dotted');
  await options.getByLabel('Colour').fill('#3b82c4');
  await expect.poll(() => underline(page)).toEqual({ style: 'dotted', colour: 'rgb(59, 130, 196)' });

  // Hover delay: the popover waits at least as long as the new setting.
  await options.getByRole('spinbutton', { name: /Open after the pointer rests/ }).fill('1500');
  await expect(options.getByRole('slider')).toHaveValue('1500');
  await expect.poll(async () => (await storedAreaFrom(options)).hoverDelayMs).toBe(1500);
  await page.bringToFront();
  const point = await mentionPoint(page, 'Senkata');
  await page.mouse.move(point.x, point.y);
  const hoveredAt = Date.now();
  await waitForDialog(page, 'Senkata');
  expect(Date.now() - hoveredAt).toBeGreaterThanOrEqual(1400);
  expect(await dialogNames(page)).toEqual(['Senkata']);
});

/** The settings as the options page reads them (its storage is the extension's). */
async function storedAreaFrom(options: Page): Promise<Record<string, unknown>> {
  return options.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    const all = await chrome.storage.sync.get(null);
    return Object.fromEntries(
      Object.entries(all).flatMap(([key, value]) =>
        key.startsWith('settings.') ? [[key.slice('settings.'.length), value]] : [],
      ),
    );
  });
}

test('invalid values are refused next to their field, and nothing is stored', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const delay = options.getByRole('spinbutton', { name: /Open after the pointer rests/ });
  await delay.fill('5000');
  await expect(options.getByText('Type a whole number of milliseconds from 0 to 3000.')).toBeVisible();
  await expect(delay).toHaveAttribute('aria-invalid', 'true');
  await delay.fill('');
  await expect(options.getByText('Type a whole number of milliseconds from 0 to 3000.')).toBeVisible();

  const site = options.getByLabel(/^Turn off on this site/);
  await site.fill('not a site at all');
  await options.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(
    options.getByText(
      '“not a site at all” is not a site. Type a host name such as example.com, or a pattern such as *.example.com.',
    ),
  ).toBeVisible();
  await site.fill('');
  await options.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(options.getByText('Type a site, such as example.com.')).toBeVisible();
  await site.fill('news.*.org');
  await options.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(
    options.getByText('“news.*.org”: a pattern can only start with “*.”, as in *.example.com.'),
  ).toBeVisible();

  // A good pattern and a pasted address go in, normalised.
  const list = options.getByRole('list', { name: 'Sites where Glosa is off' });
  await site.fill('*.Example.com');
  await options.getByRole('button', { name: 'Turn off', exact: true }).click();
  // As a person would: the next site is typed once the first is listed (and the box
  // emptied), not while its write is under way, when emptying the box would erase it.
  await expect(list.getByRole('listitem')).toHaveText([/^\*\.example\.com/]);
  await expect(site).toHaveValue('');
  await site.fill('https://www.news.org/today');
  await options.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(list.getByRole('listitem')).toHaveText([/^\*\.example\.com/, /^news\.org/]);
  await expect(list.getByRole('button', { name: 'Turn on again on news.org' })).toBeVisible();
  await site.fill('news.org');
  await options.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(options.getByText('news.org is already on the list.')).toBeVisible();

  const stored = await storedAreaFrom(options);
  expect(stored.hoverDelayMs).toBeUndefined();
  expect(stored.disabledSites).toEqual(['*.example.com', 'news.org']);
  await options.reload();
  await expect(options.getByRole('spinbutton', { name: /Open after the pointer rests/ })).toHaveValue('300');
});

test('allow-list mode annotates only the listed sites, and a site added later follows at once', async ({
  context,
  site,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('radio', { name: 'Only on the sites listed' }).check();
  await expect(options.getByText('No site is listed yet, so Glosa annotates no page.')).toBeVisible();
  await options.getByLabel(/^Turn on on this site/).fill('localhost');
  await options.getByRole('button', { name: 'Turn on', exact: true }).click();
  await expect(options.getByRole('list', { name: 'Sites where Glosa works' })).toContainText('localhost');

  // 127.0.0.1 is another site, not listed; it is opened first, so by the time localhost is
  // annotated its content script has had its chance.
  const other = await context.newPage();
  await other.goto(`${site.origin.replace('localhost', '127.0.0.1')}${article}`);
  const listed = await context.newPage();
  await listed.goto(`${site.origin}${article}`);
  await waitForMention(listed, 'Senkata');
  expect(await mentionCount(other)).toBe(0);
  expect(await other.evaluate(() => CSS.highlights.has('glosa-mention'))).toBe(false);

  // Listing it turns it on in the open tab; switching back to deny mode keeps both on.
  await options.getByLabel(/^Turn on on this site/).fill('127.0.0.1');
  await options.getByRole('button', { name: 'Turn on', exact: true }).click();
  await waitForMention(other, 'Senkata');
  await options.getByRole('button', { name: 'Remove localhost' }).click();
  await expect.poll(() => mentionCount(listed)).toBe(0);
  await options.getByRole('radio', { name: 'On every site except the ones listed' }).check();
  await waitForMention(listed, 'Senkata');
});

test('the interface language can differ from the browser’s: options, popup, library and popover follow', async ({
  context,
  site,
  extensionId,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await waitForMention(page, 'Senkata');
  const options = await openOptions(context, extensionId);
  await options.getByLabel('Interface language').selectOption('es');
  await expect(options.getByRole('heading', { level: 1, name: 'Ajustes de Glosa' })).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('lang', 'es');
  await expect(options.getByLabel('Idioma de la interfaz')).toHaveValue('es');

  const popup = await openPopup(page, serviceWorker);
  await expect(popup.getByRole('switch', { name: 'Pausar en todas partes' })).toBeVisible();
  await popup.close();

  // The library reads the language alone, before its first render (lib/ui-language.ts).
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByRole('heading', { level: 1, name: 'Tus resaltados' })).toBeVisible();
  await expect(library.locator('html')).toHaveAttribute('lang', 'es');
  await library.close();

  const point = await mentionPoint(page, 'Senkata');
  await page.mouse.click(point.x, point.y);
  await waitForDialog(page, 'Senkata');
  // The page's own language is untouched; the popover speaks the chosen one.
  expect(await page.evaluate(() => document.documentElement.lang)).not.toBe('es');
  expect(await popoverText(page)).toContain('Cerrar');
});

/** The open popover's visible text and labels. */
async function popoverText(page: Page): Promise<string> {
  return onDialog<string>(
    page,
    `function () {
      const labels = [...this.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label'));
      return this.textContent + ' ' + labels.join(' ');
    }`,
  );
}

test('settings of an earlier version move to sync, and a damaged field is reset alone', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    // Shape 2 of `local:settings`, and a synced field that cannot be read.
    await chrome.storage.local.set({
      settings: { disabledSites: ['news.org'], paused: false, hoverDelayMs: 500 },
    });
    await chrome.storage.sync.set({
      'settings.underlineColour': 'red; background: url(x)',
      'settings.density': 'first',
    });
  });
  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('spinbutton', { name: /Open after the pointer rests/ })).toHaveValue('500');
  await expect(options.getByRole('list', { name: 'Sites where Glosa is off' })).toContainText('news.org');
  await expect(
    options.getByRole('radio', { name: 'Only the first mention of each name on a page' }),
  ).toBeChecked();
  await expect(
    options.getByText(
      'Some settings could not be read and are back to their defaults. Each one is marked below.',
    ),
  ).toBeVisible();
  await expect(options.locator('#underline-colour-message')).toHaveText(
    'This setting could not be read, so it is back to its default.',
  );
  await expect(options.getByLabel('Colour')).toHaveValue('#3b82c4');

  expect(await storedArea(serviceWorker, 'local')).not.toHaveProperty('settings');
  const synced = await storedArea(serviceWorker, 'sync');
  expect(synced['settings.hoverDelayMs']).toBe(500);
  expect(synced['settings.disabledSites']).toEqual(['news.org']);
  expect(synced['settings.paused']).toBe(false);
  expect(synced['settings.density']).toBe('first');
});

test('settings export as JSON and import field by field, with reasons for what is refused', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('radio', { name: 'Only the first mention of each name on a page' }).check();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'glosa-settings', version: 1, settings: { density: 'first' } });

  await options.getByLabel('Import settings from a file').setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'glosa-settings',
        version: 1,
        settings: {
          hoverDelayMs: 5000,
          density: 'every',
          disabledSites: ['ok.org', 'not a site at all'],
          theme: 'dark',
        },
      }),
    ),
  });
  const report = options.getByTestId('import-report');
  await expect(report).toContainText('1 setting imported.');
  await expect(report).toContainText(
    'Popover delay: not imported. Type a whole number of milliseconds from 0 to 3000.',
  );
  await expect(report).toContainText(
    'Sites where Glosa is off: not imported. “not a site at all” is not a site.',
  );
  await expect(report).toContainText('Not Glosa settings, ignored: theme.');
  await expect(options.getByRole('radio', { name: 'Every mention' })).toBeChecked();
  await expect(options.getByText('Glosa is on for every site.')).toBeVisible();

  await options.getByLabel('Import settings from a file').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not json'),
  });
  await expect(report).toHaveText('This file is not JSON.');
});

test('the shortcuts section shows the current bindings and opens the browser’s shortcut page', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const section = options.getByRole('region', { name: 'Keyboard shortcuts' });
  await expect(section.getByText('Alt+Shift+G')).toBeVisible();
  await expect(section.getByText('Alt+Shift+S')).toBeVisible();
  const opened = context.waitForEvent('page');
  await section.getByRole('button', { name: 'Change shortcuts in the browser' }).click();
  await expect.poll(async () => (await opened).url()).toBe('chrome://extensions/shortcuts');
});

test('“Pause everywhere” and the site switch persist after a browser restart', async ({ site }) => {
  // Two browser launches.
  test.setTimeout(150_000);
  const profile = await mkdtemp(join(tmpdir(), 'glosa-restart-'));
  const launch = async () => {
    const context = await launchChromium({ userDataDir: profile, args: ['--lang=en'], locale: 'en' });
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { context, serviceWorker };
  };
  try {
    let { context, serviceWorker } = await launch();
    let page = await context.newPage();
    await page.goto(`${site.origin}${article}`);
    await waitForMention(page, 'Senkata');
    let popup = await openPopup(page, serviceWorker);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await popup.getByRole('switch', { name: 'Glosa on localhost' }).click();
    await expect(popup.getByRole('switch', { name: 'Glosa on localhost' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await expect.poll(() => mentionCount(page)).toBe(0);
    await context.close();

    ({ context, serviceWorker } = await launch());
    page = await context.newPage();
    await page.goto(`${site.origin}${article}`);
    popup = await openPopup(page, serviceWorker);
    const pause = popup.getByRole('switch', { name: 'Pause everywhere' });
    const siteSwitch = popup.getByRole('switch', { name: 'Glosa on localhost' });
    await expect(pause).toHaveAttribute('aria-checked', 'true');
    await expect(siteSwitch).toHaveAttribute('aria-checked', 'false');
    expect(await mentionCount(page)).toBe(0);
    await pause.click();
    await expect(pause).toHaveAttribute('aria-checked', 'false');
    await siteSwitch.click();
    await waitForMention(page, 'Senkata');
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

for (const uiLanguage of ['en', 'es'] as const) {
  test.describe(`options page in ${uiLanguage}`, () => {
    test.use({ uiLanguage });

    test('has readable type and no axe violations in light and dark mode', async ({
      context,
      extensionId,
    }) => {
      const options = await openOptions(context, extensionId);
      await expect(options.locator('html')).toHaveAttribute('lang', new RegExp(`^${uiLanguage}`));
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(
        uiLanguage === 'es' ? 'Ajustes de Glosa' : 'Glosa settings',
      );
      const bodySize = await options.evaluate(() =>
        Number.parseFloat(getComputedStyle(document.body).fontSize),
      );
      expect(bodySize).toBeGreaterThanOrEqual(14);
      // A refused value on screen too, so its message is checked for contrast.
      await options.getByRole('spinbutton').fill('5000');
      await expect(options.locator('#delay-message')).not.toBeEmpty();
      for (const colorScheme of ['light', 'dark'] as const) {
        await options.emulateMedia({ colorScheme });
        expect(await axeViolations(options), colorScheme).toEqual([]);
      }
    });
  });
}
