/**
 * `npm start`: builds the extension, serves the demo news pages on localhost and opens
 * Chromium with Glosa loaded on the demo article. With no display (a server, CI) it runs
 * headless instead, opens a popover on the first mention, saves a screenshot and prints
 * its path.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium, noChromiumMessage } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const demoPage = '/vision360-llallagua.html';
const screenshotPath = resolve(import.meta.dirname, '../.output/demo-screenshot.png');

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(noChromiumMessage);
    process.exit(1);
  }
  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension (npm run build)…');
    execSync('npm run build', { stdio: 'inherit' });
  }
  const server = await startStaticServer(undefined, Number(process.env.PORT ?? 0));
  const url = `${server.origin}${demoPage}`;
  const headless = process.argv.includes('--headless') || !hasDisplay();
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    args: chromiumArgs(),
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => (CSS.highlights.get('glosa-mention')?.size ?? 0) > 0, undefined, {
    timeout: 20_000,
  });

  if (!headless) {
    console.log(`Glosa is running on ${url}. Close the browser window to stop.`);
    await new Promise<void>((done) => context.on('close', () => done()));
    await server.close();
    return;
  }

  await openFirstPopover(page);
  mkdirSync(resolve(screenshotPath, '..'), { recursive: true });
  await page.screenshot({ path: screenshotPath });
  console.log(
    `No display found, so Chromium ran headless.\nScreenshot of ${url} with Glosa: ${screenshotPath}`,
  );
  await context.close();
  await server.close();
}

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Clicks the first underlined mention, and waits for its popover if one opens. */
async function openFirstPopover(page: import('@playwright/test').Page) {
  const point = await page.evaluate(() => {
    const first = [...(CSS.highlights.get('glosa-mention') ?? [])][0] as Range | undefined;
    if (!first) return undefined;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = first.getClientRects()[0];
    return rect ? { x: rect.left + 2, y: rect.top + rect.height / 2 } : undefined;
  });
  if (!point) return;
  await page.mouse.click(point.x, point.y);
  await page
    .getByRole('dialog')
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
