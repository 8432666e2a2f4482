/**
 * Finds a Chromium to drive and the flags to launch it with, for `npm start`, the
 * end-to-end tests and the benchmark. Playwright cannot download browsers here, so we
 * use the system Chromium, or the one named by CHROME_PATH.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return candidates.find((path) => existsSync(path));
}

export const noChromiumMessage = [
  'No Chromium found.',
  'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or point CHROME_PATH at a',
  'Chrome or Chromium binary, e.g. `CHROME_PATH=/path/to/chrome npm start`.',
].join('\n');

export const extensionDir = resolve(import.meta.dirname, '../.output/chrome-mv3');

/**
 * Flags that keep a test browser quiet on a machine without network access, and load
 * the unpacked extension at `extension` (none when `false`).
 */
export function chromiumArgs(extension: string | false = extensionDir): string[] {
  const args = [
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-default-apps',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

export type LaunchOptions = Omit<
  NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>,
  'executablePath'
> & {
  /** The unpacked build to load; `false` for a browser without Glosa. */
  extension?: string | false;
  /**
   * A profile folder to keep between launches (a browser restart); a fresh temporary
   * profile when left out.
   */
  userDataDir?: string;
};

/** A Chromium profile (fresh unless `userDataDir` is given), headless unless told otherwise, with Glosa loaded unless told otherwise. */
export async function launchChromium({
  extension,
  args = [],
  userDataDir = '',
  ...options
}: LaunchOptions = {}): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(noChromiumMessage);
  return chromium.launchPersistentContext(userDataDir, {
    headless: true,
    ...options,
    executablePath,
    args: [...chromiumArgs(extension), ...args],
  });
}

/**
 * Closes the welcome page Glosa opens in a tab of its own on install (waiting for it, up to
 * `timeout`), so the page measured next is the tab in front: a tab behind the welcome page
 * gets about one frame a second, so frame-timed measures there show the browser's wait
 * (a scroll step of 600-800 ms on the hostile bench, a page edit likewise), not Glosa's work.
 */
export async function closeWelcomePage(context: BrowserContext, timeout = 15_000): Promise<void> {
  const isWelcome = (page: { url(): string }) => page.url().endsWith('/welcome.html');
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout }).catch(() => undefined));
  await welcome?.close();
}
