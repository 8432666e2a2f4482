/**
 * Renders assets/icon.svg to the PNG sizes the browsers' manifests want
 * (public/icon/<size>.png, which WXT picks up). Run after changing the SVG:
 * `npx tsx scripts/render-icons.ts`. The PNGs are committed, so builds need no browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.ts';

const sizes = [16, 32, 48, 96, 128];
const svg = readFileSync(resolve(import.meta.dirname, '../assets/icon.svg'), 'utf8');

const browser = await launchChromium({ extension: false });
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({
    path: resolve(import.meta.dirname, `../public/icon/${size}.png`),
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
}
await browser.close();
console.log(`Rendered ${sizes.map((size) => `public/icon/${size}.png`).join(', ')}`);
