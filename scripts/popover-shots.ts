/**
 * `npx tsx scripts/popover-shots.ts [--no-build] [--measure-only]`: opens the popover of
 * the three entities issue 10 names (Evo Morales, Little Mexico, the Senkata killings)
 * on the fixture pages, in a 400 × 480 popover, prints how far down its scroll area the
 * first competing position starts, and saves a light and a dark screenshot of each in
 * docs/ (the README shows them).
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { findChromium, launchChromium, noChromiumMessage } from './chromium.ts';
import { mentionRect, waitForMention } from './mention-probe.ts';
import { competingLayout, dialogNames } from './popover-probe.ts';
import { startStaticServer } from './static-server.ts';

/** Each entity, the fixture page and the words on it that open its popover. */
export const showcase = [
  { id: 'evo-morales', page: '/left-on-the-move-coup.html', mention: 'Evo Morales', name: 'Evo Morales' },
  { id: 'little-mexico', page: '/vision360-llallagua.html', mention: 'Little Mexico', name: 'Little Mexico' },
  {
    id: 'senkata-killings',
    page: '/left-on-the-move-coup.html',
    mention: 'Senkata massacre',
    name: 'Senkata killings (19 November 2019)',
  },
] as const;

const docs = resolve(import.meta.dirname, '../docs');

async function openPopover(page: Page, mention: string, name: string): Promise<void> {
  await waitForMention(page, mention);
  const rect = await mentionRect(page, mention);
  if (!rect) throw new Error(`no mention "${mention}"`);
  await page.mouse.click(rect.left + 2, rect.top + rect.height / 2);
  const deadline = Date.now() + 10_000;
  while (!(await dialogNames(page)).includes(name)) {
    if (Date.now() > deadline) {
      throw new Error(
        `the popover of ${name} did not open (dialogs: ${(await dialogNames(page)).join() || 'none'})`,
      );
    }
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
}

async function main() {
  if (!findChromium()) {
    console.error(noChromiumMessage);
    process.exit(1);
  }
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  const shoot = !process.argv.includes('--measure-only');
  const server = await startStaticServer();
  // Tall enough that a 480 px popover fits below the (centred) mention.
  const context = await launchChromium({ viewport: { width: 1000, height: 1100 } });
  try {
    for (const entity of showcase) {
      for (const colorScheme of shoot ? (['light', 'dark'] as const) : (['light'] as const)) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(`${server.origin}${entity.page}`);
        // Installing Glosa opened its welcome page in a tab of its own: a page behind it gets no frames.
        await page.bringToFront();
        await openPopover(page, entity.mention, entity.name);
        const layout = await competingLayout(page);
        if (colorScheme === 'light') {
          console.log(
            `${entity.name}: first competing position ${layout.firstPositionTop ?? 'none'} px down a ` +
              `${layout.viewport} px scroll area; scroll needed ${layout.scrollNeeded ?? 'n/a'} px`,
          );
        }
        if (shoot) {
          const margin = 16;
          await page.screenshot({
            path: resolve(docs, `popover-${entity.id}-${colorScheme}.png`),
            clip: {
              x: Math.max(0, layout.box.x - margin),
              y: Math.max(0, layout.box.y - margin),
              width: layout.box.width + 2 * margin,
              height: layout.box.height + 2 * margin,
            },
          });
        }
        await page.close();
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
