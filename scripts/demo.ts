/**
 * `npm start`: builds the extension, serves the demo news pages on localhost and opens
 * Chromium with Glosa loaded on the demo article. With no display (a server, CI) it runs
 * headless instead, opens a popover on the first mention, saves a screenshot and prints
 * its path.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, launchChromium, noChromiumMessage } from './chromium.ts';
import { mentionRect } from './mention-probe.ts';
import { dialogNames } from './popover-probe.ts';
import { startStaticServer } from './static-server.ts';

const demoPage = '/vision360-llallagua.html';
const screenshotPath = resolve(import.meta.dirname, '../.output/demo-screenshot.png');

async function main() {
  // Say so before spending time on a build.
  if (!findChromium()) {
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
  const context = await launchChromium({
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => (CSS.highlights.get('glosa-mention')?.size ?? 0) > 0, undefined, {
    timeout: 20_000,
  });

  if (!headless) {
    // Installing Glosa opened its welcome page in a tab of its own: the demo comes first.
    await page.bringToFront();
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

/** Clicks a mention with competing accounts ("Little Mexico"), or the first one, and waits for its popover. */
async function openFirstPopover(page: import('@playwright/test').Page) {
  const rect = (await mentionRect(page, 'Little Mexico')) ?? (await mentionRect(page, undefined));
  const point = rect && { x: rect.left + 2, y: rect.top + rect.height / 2 };
  if (!point) return;
  await page.mouse.click(point.x, point.y);
  const deadline = Date.now() + 10_000;
  while ((await dialogNames(page)).length === 0) {
    if (Date.now() > deadline) throw new Error('The popover did not open on the demo page.');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
