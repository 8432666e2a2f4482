/**
 * Playwright fixtures: a Chromium with the built extension loaded, and the fixture
 * news pages served on localhost. Every test gets a fresh browser profile.
 */
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { launchChromium } from '../../scripts/chromium.ts';
import { type RunningServer, startStaticServer } from '../../scripts/static-server.ts';

interface Fixtures {
  /** The browser's UI language, which the extension's i18n follows. */
  uiLanguage: string;
  /** Emulate a touch screen (taps instead of a mouse). */
  touch: boolean;
  /**
   * Leave open the welcome page Glosa opens on install. Other tests close it first, so
   * it never becomes the active tab that the popup or the shortcut reads.
   */
  keepWelcome: boolean;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export const test = base.extend<Fixtures, { site: RunningServer }>({
  uiLanguage: ['en', { option: true }],
  touch: [false, { option: true }],
  keepWelcome: [false, { option: true }],
  site: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
    async ({}, use) => {
      const server = await startStaticServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ uiLanguage, touch, keepWelcome }, use) => {
    const context = await launchChromium({
      args: [`--lang=${uiLanguage}`],
      env: {
        ...process.env,
        LANGUAGE: uiLanguage,
        LANG: uiLanguage === 'es' ? 'es_ES.UTF-8' : 'en_US.UTF-8',
      },
      locale: uiLanguage,
      viewport: { width: 1280, height: 900 },
      hasTouch: touch,
    });
    if (!keepWelcome) await (await welcomePage(context)).close();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

/** The welcome page Glosa opens on install (`lib/first-run.ts`), once it has opened. */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  return (
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }))
  );
}
