/**
 * The reader's first promise: open a news page and the dataset's names are underlined,
 * while the page itself stays exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from '../../scripts/chromium.ts';
import { expect, test } from './fixtures';
import { mentionCount, mentionTexts, waitForMention } from './page-helpers';

test('the content script underlines mentions on a demo article, near-misses left plain', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/morning-star-coup.html`);
  await waitForMention(page, 'Carlos Mesa');
  await waitForMention(page, 'Patricia Arce');
  const texts = await mentionTexts(page);
  expect(texts).toContain('Evo Morales');
  expect(texts).toContain('OAS');
  // Evo's sister is her own entity: her whole name is one mention, never a bare "Morales".
  expect(texts.filter((text) => /Esther|Ayma/.test(text))).toEqual(['Esther Morales Ayma']);
});

test('names split by inline markup are matched as one mention', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/inline-boundaries.html`);
  await waitForMention(page, 'Evo Morales');
  await waitForMention(page, 'Jeanine Áñez');
  await waitForMention(page, 'Decree No. 4,078');
  const texts = await mentionTexts(page);
  expect(texts.some((text) => /^Carlos\s+Mesa$/.test(text))).toBe(true);
});

test('the page DOM is byte-for-byte the same with and without Glosa', async ({ context, site }) => {
  const url = `${site.origin}/grayzone-chapare.html`;
  const withGlosa = await context.newPage();
  await withGlosa.goto(url);
  await waitForMention(withGlosa, 'Arturo Murillo');
  const annotated = await withGlosa.evaluate(() => document.documentElement.outerHTML);

  const plain = await launchChromium({ extension: false });
  const page = await plain.newPage();
  await page.goto(url);
  const untouched = await page.evaluate(() => document.documentElement.outerHTML);
  await plain.close();
  expect(annotated).toBe(untouched);
});

test('text inserted after load is annotated, and removed text loses its underline', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/dynamic.html`);
  await waitForMention(page, 'Luis Arce');
  await page.getByRole('button', { name: 'Load more' }).click();
  await waitForMention(page, 'Carlos Mesa');
  await waitForMention(page, 'Senkata');
  expect(await mentionTexts(page)).toContain('Jeanine Áñez');
  await page.getByRole('button', { name: 'Remove first' }).click();
  await expect.poll(() => mentionTexts(page)).not.toContain('Jeanine Áñez');
});

test('a live line rewritten around a name keeps its underline as it was (nothing is redrawn)', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/dynamic.html`);
  await waitForMention(page, 'Luis Arce');
  await page.evaluate(() => {
    const ticker = document.createElement('p');
    ticker.id = 'ticker';
    ticker.textContent = 'LIVE: Evo Morales speaks at 0';
    document.getElementById('story')?.append(ticker);
  });
  // The ticker's underline, as the page's highlight holds it.
  await page.waitForFunction(() =>
    [...(CSS.highlights.get('glosa-mention') ?? [])].some(
      (range) => range.startContainer.parentElement?.id === 'ticker',
    ),
  );
  await page.evaluate(() => {
    const held = [...(CSS.highlights.get('glosa-mention') ?? [])];
    (window as unknown as { tickerRange: AbstractRange }).tickerRange = held.find(
      (range) => range.startContainer.parentElement?.id === 'ticker',
    ) as AbstractRange;
  });
  for (let tick = 1; tick <= 3; tick++) {
    await page.evaluate((n) => {
      const text = document.getElementById('ticker')?.firstChild as Text;
      text.data = `LIVE: Evo Morales speaks at ${n}`;
    }, tick);
  }
  // A last edit adds a name: once it is underlined, Glosa has rescanned the line.
  await page.evaluate(() => {
    const text = document.getElementById('ticker')?.firstChild as Text;
    text.data = 'LIVE: Evo Morales speaks at 4 about Senkata';
  });
  await waitForMention(page, 'Senkata');
  const kept = await page.evaluate(() =>
    CSS.highlights
      .get('glosa-mention')
      ?.has((window as unknown as { tickerRange: AbstractRange }).tickerRange),
  );
  expect(kept).toBe(true);
});

test('text inside web components is annotated: open shadow roots, nested and slotted; closed ones left alone', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/web-components.html`);
  await waitForMention(page, 'Jeanine Áñez');
  expect(await mentionTexts(page)).toEqual([
    'Luis Arce',
    'Evo Morales',
    'Senkata',
    'Jeanine Áñez',
    'Carlos Mesa',
  ]);
  // Text added inside a shadow root later is annotated too.
  await page.getByRole('button', { name: 'Add to story' }).click();
  await waitForMention(page, 'David Choquehuanca');
  expect(await mentionTexts(page)).not.toContain('El Alto');
});

test('contenteditable, form fields, code and hidden text are never annotated', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/editable.html`);
  await waitForMention(page, 'El Alto');
  expect(await mentionTexts(page)).toEqual(['Evo Morales', 'El Alto']);
});

test('single-page-app navigation rescans the new view', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/spa.html`);
  await waitForMention(page, 'Evo Morales');
  await page.locator('#to-b').click();
  await waitForMention(page, 'Senkata');
  await waitForMention(page, 'Jeanine Áñez');
  await expect.poll(() => mentionTexts(page)).not.toContain('Evo Morales');
});

test('same-origin iframes are annotated too', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/iframe.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('body')).toContainText('Senkata');
  const child = page.frames().find((candidate) => candidate.url().endsWith('iframe-child.html'));
  if (!child) throw new Error('the child frame did not load');
  await waitForMention(child, 'Evo Morales');
  await waitForMention(child, 'Senkata');
});

test('a page without dataset names gets nothing: no underline, no change', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/baseball.html`);
  // The highlight is registered as the scan starts; a short page is scanned in one slice.
  await page.waitForFunction(() => CSS.highlights.has('glosa-mention'));
  expect(await mentionCount(page)).toBe(0);
  await page.goto(`${site.origin}/no-mentions.html`);
  await page.waitForFunction(() => CSS.highlights.has('glosa-mention'));
  expect(await mentionCount(page)).toBe(0);
});

test('a site switched off in the settings gets nothing', async ({ context, site, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Turn off on').fill('localhost');
  await options.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(options.getByRole('list')).toContainText('localhost');

  const page = await context.newPage();
  await page.goto(`${site.origin}/morning-star-coup.html`);
  // The same page on 127.0.0.1 is another site, still on: once it is annotated, the
  // content script has certainly had its chance on localhost too.
  const other = await context.newPage();
  await other.goto(`${site.origin.replace('localhost', '127.0.0.1')}/morning-star-coup.html`);
  await waitForMention(other, 'Carlos Mesa');
  expect(await mentionCount(page)).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.has('glosa-mention'))).toBe(false);
});

for (const name of ['heldout-en-1', 'heldout-es-2']) {
  test(`on the held-out page ${name}, exactly the annotated mentions are underlined`, async ({
    context,
    site,
  }) => {
    const annotation = JSON.parse(
      readFileSync(new URL(`../fixtures/heldout/${name}.json`, import.meta.url), 'utf8'),
    ) as { mentions: { text: string }[] };
    const page = await context.newPage();
    await page.goto(`${site.origin}/${name}.html`);
    await expect.poll(() => mentionTexts(page)).toEqual(annotation.mentions.map((mention) => mention.text));
  });
}
