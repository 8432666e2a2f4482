/**
 * First run and updates: the welcome page Glosa opens on install (what it covers, a live
 * sample mention opened by hover, click and keyboard, axe in both languages and colour
 * schemes), and a content script left behind by a reload or a removal of the extension,
 * which must take its underlines away and log nothing, while a reload gives the open tab
 * a fresh content script (`lib/first-run.ts`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { extensionDir, launchChromium } from '../../scripts/chromium.ts';
import { expect, test, welcomePage } from './fixtures';
import { mentionCount, waitForMention } from './page-helpers';
import { mentionPoint, waitForDialog } from './popover-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { version } = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { version: string };

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

/**
 * Every error and warning the tab logs or throws, in any of its worlds (the page's and
 * the content scripts'), read through the DevTools protocol: Playwright's own console
 * events report the page's world only.
 */
async function collectErrors(page: Page): Promise<{ errors: string[]; session: CDPSession }> {
  const errors: string[] = [];
  const session = await page.context().newCDPSession(page);
  session.on(
    'Runtime.consoleAPICalled',
    (event: { type: string; args: { value?: unknown; description?: string }[] }) => {
      if (event.type === 'error' || event.type === 'warning' || event.type === 'assert') {
        errors.push(event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' '));
      }
    },
  );
  session.on(
    'Runtime.exceptionThrown',
    (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
      errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text);
    },
  );
  // The page's own resources (its favicon's 404) are not Glosa's to answer for.
  session.on('Log.entryAdded', (event: { entry: { level: string; text: string; source: string } }) => {
    if (event.entry.level === 'error' && event.entry.source !== 'network') errors.push(event.entry.text);
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  return { errors, session };
}

/** Logs an error from the content scripts' isolated world of the tab at `url`, from the service worker. */
async function logFromContentWorld(serviceWorker: Worker, url: string, message: string): Promise<void> {
  await serviceWorker.evaluate(
    async ({ url, message }) => {
      const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: (text: string) => console.error(text),
        args: [message],
      });
    },
    { url, message },
  );
}

/** What the page's own scripts see of the `glosa-mention` highlight it kept a handle on. */
async function keepMentionHighlight(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { before: unknown }).before = CSS.highlights.get('glosa-mention');
  });
}

test.describe('on install', () => {
  test.use({ keepWelcome: true });

  test('the welcome page opens, says what Glosa covers, and links to the dataset browser and the settings', async ({
    context,
    extensionId,
  }) => {
    const welcome = await welcomePage(context);
    await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to Glosa' })).toBeVisible();
    await expect(
      welcome.getByText(
        /^Glosa knows only its own curated dataset: Bolivian politics, 2019–2025, drawn from 4 articles\./,
      ),
    ).toBeVisible();
    await expect(
      welcome.getByText(/^Glosa's dataset covers Bolivian politics 2019–2025: \d+ people, /),
    ).toBeVisible();
    await expect(
      welcome.getByText(new RegExp(`^Dataset v${version.replaceAll('.', '\\.')}, as of `)),
    ).toBeVisible();
    await expect(welcome.getByRole('link', { name: /^Dataset browser/ })).toHaveAttribute(
      'href',
      `chrome-extension://${extensionId}/atlas.html`,
    );
    await expect(welcome.getByRole('link', { name: /^Settings/ })).toHaveAttribute(
      'href',
      `chrome-extension://${extensionId}/options.html`,
    );
    // The demo page is not in the extension, and the page says so rather than link nowhere.
    await expect(welcome.getByText(/^The demo news page comes with Glosa's source code/)).toBeVisible();
  });

  test('the sample mention opens the real popover on hover, on click and from the keyboard', async ({
    context,
  }) => {
    const welcome = await welcomePage(context);
    const evo = welcome.getByRole('button', { name: 'Evo Morales' });
    const senkata = welcome.getByRole('button', { name: 'Senkata' });

    // Hover: the popover opens after the dwell, and closes once the pointer has left both.
    await evo.hover();
    const evoDialog = welcome.getByRole('dialog', { name: /Evo Morales/ });
    await expect(evoDialog).toBeVisible();
    await expect(evoDialog.getByText('Mention 1 of 3')).toBeVisible();
    await welcome.mouse.move(5, 5);
    await expect(evoDialog).toBeHidden();

    // Click: open at once with focus in the dialog; Escape closes it and focus goes back.
    await senkata.click();
    const senkataDialog = welcome.getByRole('dialog', { name: /Senkata/ });
    await expect(senkataDialog).toBeFocused();
    await welcome.keyboard.press('Escape');
    await expect(senkataDialog).toBeHidden();
    await expect(senkata).toBeFocused();
    await welcome.mouse.click(5, 5);

    // Keyboard: the shortcut puts the cursor on the first name, N moves it, Enter opens.
    await welcome.keyboard.press('Alt+Shift+G');
    await expect(evo).toBeFocused();
    await welcome.keyboard.press('n');
    await expect(senkata).toBeFocused();
    await welcome.keyboard.press('Enter');
    await expect(senkataDialog).toBeFocused();
    await welcome.keyboard.press('Escape');
    await expect(senkataDialog).toBeHidden();
  });
});

/**
 * A browser without Glosa in which Glosa is then installed, and updated, while a tab is
 * open: the DevTools protocol loads the unpacked build at run time (Chromium 126+).
 * Playwright's default `--disable-extensions` would block an extension loaded this way.
 */
async function browserInstallingGlosaLater(): Promise<{
  context: BrowserContext;
  install: () => Promise<void>;
}> {
  const context = await launchChromium({
    extension: false,
    args: ['--enable-unsafe-extension-debugging'],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
  });
  const browser = context.browser();
  if (!browser) throw new Error('no browser to load the extension into');
  const session = await browser.newBrowserCDPSession();
  const install = async () => {
    // Not in Playwright's protocol types yet.
    await (session as unknown as { send(method: string, params: object): Promise<unknown> }).send(
      'Extensions.loadUnpacked',
      { path: extensionDir },
    );
  };
  return { context, install };
}

test('a tab open before install gets Glosa without a reload, and the welcome page opens', async ({
  site,
}) => {
  const { context, install } = await browserInstallingGlosaLater();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/vision360-llallagua.html`);
    expect(await mentionCount(page)).toBe(0);
    await install();
    await waitForMention(page, 'Llallagua');
    await expect((await welcomePage(context)).getByRole('heading', { level: 1 })).toHaveText(
      'Welcome to Glosa',
    );
    const point = await mentionPoint(page, 'Llallagua');
    await page.mouse.click(point.x, point.y);
    await waitForDialog(page, 'Llallagua');
  } finally {
    await context.close();
  }
});

test('after an update, the old content script takes its underlines away and logs nothing, and the tab gets the new one', async ({
  site,
}) => {
  const { context, install } = await browserInstallingGlosaLater();
  try {
    await install();
    // The install gives the content script to the tabs open then; a tab opened before that
    // ran would get a second copy, which takes over from the declared one (and its
    // highlight) at a moment the test cannot see. The welcome page opens just before.
    await welcomePage(context);
    const page = await context.newPage();
    await page.goto(`${site.origin}/vision360-llallagua.html`);
    await waitForMention(page, 'Llallagua');
    await keepMentionHighlight(page);
    const { errors } = await collectErrors(page);
    // The collector hears the content scripts' world, or it could not fail.
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await logFromContentWorld(serviceWorker, page.url(), 'probe from the isolated world');
    await expect.poll(() => errors).toContain('probe from the isolated world');
    errors.length = 0;

    // Loading the same build again is an update (`runtime.onInstalled` says "update").
    await install();
    // The old script emptied and unregistered its highlight; the injected one drew its own.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { before: Highlight }).before.size))
      .toBe(0);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const now = CSS.highlights.get('glosa-mention');
          return (
            now !== undefined && now !== (window as unknown as { before: unknown }).before && now.size > 0
          );
        }),
      )
      .toBe(true);
    // And the new one answers: a click opens the popover.
    const point = await mentionPoint(page, 'Llallagua');
    await page.mouse.click(point.x, point.y);
    await waitForDialog(page, 'Llallagua');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('after the extension is removed, the open tab keeps no underline and a click on a former mention logs nothing', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/vision360-llallagua.html`);
  await waitForMention(page, 'Llallagua');
  const point = await mentionPoint(page, 'Llallagua');
  const { errors } = await collectErrors(page);

  await serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    setTimeout(() => void chrome.management.uninstallSelf(), 0);
  });
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('glosa-mention'))).toBe(false);
  expect(await mentionCount(page)).toBe(0);
  // Every way into the old script: hover, click, the keys it listened to, a selection.
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press('Alt+Shift+S');
  await page.keyboard.press('n');
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p') ?? document.body);
    getSelection()?.addRange(range);
  });
  await page.mouse.click(5, 5);
  // Anything those set off would have run by the second frame after them.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  expect(errors).toEqual([]);
});

for (const uiLanguage of ['en', 'es'] as const) {
  test.describe(`the welcome page in ${uiLanguage === 'en' ? 'English' : 'Spanish'}`, () => {
    test.use({ uiLanguage, keepWelcome: true });

    test('passes axe in light and dark mode, with the sample popover open', async ({ context }) => {
      const welcome = await welcomePage(context);
      await expect(welcome.locator('html')).toHaveAttribute('lang', new RegExp(`^${uiLanguage}`));
      const heading = uiLanguage === 'en' ? 'Welcome to Glosa' : 'Te damos la bienvenida a Glosa';
      await expect(welcome.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      for (const colorScheme of ['light', 'dark'] as const) {
        await welcome.emulateMedia({ colorScheme });
        expect(await axeViolations(welcome), `${colorScheme}, closed`).toEqual([]);
        await welcome.getByRole('button', { name: 'Evo Morales' }).click();
        await expect(welcome.getByRole('dialog', { name: /Evo Morales/ })).toBeFocused();
        expect(await axeViolations(welcome), `${colorScheme}, popover open`).toEqual([]);
        await welcome.keyboard.press('Escape');
      }
    });
  });
}
