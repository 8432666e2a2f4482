/**
 * The library page (library.html) in Chromium: the list, fuzzy search, filters in the
 * URL, delete with undo, export and import, live updates across Glosa's pages, and axe.
 * Highlights are seeded by importing a JSON-LD file through the page's own file input,
 * which is also how a researcher restores a backup.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import { serialiseWebAnnotationCollection } from '../../core/export/web-annotation.ts';
import type { Highlight } from '../../core/highlights/highlight.ts';
import { expect, test } from './fixtures';
import { openPopup } from './popup-helpers';

function highlight(
  id: string,
  page: { url: string; title: string },
  exact: string,
  body: Partial<Highlight['body']>,
  created: string,
  anchoring?: Highlight['anchoring'],
): Highlight {
  return {
    id,
    target: {
      source: page.url,
      title: page.title,
      selector: {
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
      },
    },
    body: { note: '', tags: [], entityIds: [], ...body },
    created,
    modified: created,
    ...(anchoring ? { anchoring } : {}),
  };
}

const grayzone = { url: 'https://thegrayzone.com/2019/11/chapare', title: 'In the Chapare' };
const vision = { url: 'https://www.vision360.bo/llallagua', title: 'Llallagua: lo que pasó' };

const seeded: Highlight[] = [
  highlight(
    '0b6c1b2e-1d3f-4a5b-8c6d-7e8f9a0b1c2d',
    grayzone,
    'Ten were murdered in the Senkata massacre.',
    { note: 'Compare with the army’s account.', tags: ['massacre'], entityIds: ['senkata'] },
    '2026-11-20T09:00:00.000Z',
  ),
  highlight(
    '1c7d2c3f-2e4a-4b6c-9d7e-8f9a0b1c2d3e',
    grayzone,
    'The coca growers of the Chapare blocked the roads.',
    { note: 'Possible source for the chapter on lithium and mining.', tags: ['coca'] },
    '2026-11-21T09:00:00.000Z',
    { state: 'uncertain', checked: '2026-11-22T09:00:00.000Z' },
  ),
  highlight(
    '2d8e3d4a-3f5b-4c7d-8e8f-9a0b1c2d3e4f',
    vision,
    'Los mineros cooperativistas bloquearon la carretera durante tres días.',
    { note: '<script>alert(1)</script> revisar', tags: ['minería'] },
    '2026-11-25T09:00:00.000Z',
    { state: 'orphan', checked: '2026-11-26T09:00:00.000Z' },
  ),
];

function jsonLd(highlights: Highlight[]): string {
  return serialiseWebAnnotationCollection(highlights, {
    entityName: (id) => (id === 'senkata' ? 'Senkata' : undefined),
    generator: { name: 'Glosa', version: '0.1.0' },
    exported: new Date('2026-12-01T10:00:00.000Z'),
  });
}

async function openLibrary(page: Page, extensionId: string, fragment = ''): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/library.html${fragment}`);
  await expect(page.getByRole('searchbox', { name: 'Search highlights' })).toBeVisible();
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel(/^Import a file/).setInputFiles({
    name,
    mimeType: 'application/ld+json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

async function seed(page: Page, highlights = seeded): Promise<void> {
  await importFile(page, 'seed.jsonld', jsonLd(highlights));
  await page.getByRole('button', { name: `Import ${highlights.length} valid` }).click();
  await expect(page.getByRole('status')).toContainText(`Imported: ${highlights.length} added`);
}

const cards = (page: Page) => page.getByRole('article');

test('the library lists imported highlights by page, with markers, and a misspelt note word finds its highlight', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await expect(page.getByText(/No highlights yet/)).toBeVisible();
  await seed(page);

  await expect(cards(page)).toHaveCount(3);
  // Newest page first; a page's highlights under its title.
  const headings = page.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(['Llallagua: lo que pasó', 'In the Chapare']);
  await expect(page.getByText('Not found on the page', { exact: true })).toHaveCount(1);
  await expect(page.getByText('Uncertain position', { exact: true })).toHaveCount(1);
  // A note holding HTML is shown as text.
  await expect(page.getByText('<script>alert(1)</script> revisar')).toBeVisible();
  await expect(page.getByText('Mentions: Senkata')).toBeVisible();

  // "lithum" is a typo for a word deep in a note.
  const search = page.getByRole('searchbox', { name: 'Search highlights' });
  await search.fill('lithum');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('The coca growers of the Chapare');
  await expect(cards(page).first().locator('mark')).toHaveText(['lithium']);
  // Accents fold both ways.
  await search.fill('mineria');
  await expect(cards(page)).toHaveCount(1);
  await expect(
    cards(page)
      .locator('mark')
      .filter({ hasText: /^minería$/ }),
  ).toHaveCount(1);

  // Typed key by key, over a selection, and deleted back to nothing: the list shows the
  // answer for what the box holds (each key's search starts from a guess at its edit).
  await search.fill('');
  await search.pressSequentially('lithum');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first().locator('mark')).toHaveText(['lithium']);
  await search.press('ControlOrMeta+a');
  await search.pressSequentially('senkata');
  await expect(search).toHaveValue('senkata');
  await expect(cards(page).first().locator('mark').first()).toHaveText(/senkata/i);
  for (let i = 0; i < 'senkata'.length; i++) await search.press('Backspace');
  await expect(search).toHaveValue('');
  await expect(cards(page)).toHaveCount(3);

  // Open goes to the passage through a text fragment.
  await search.fill('senkata');
  await expect(cards(page).getByRole('link', { name: 'Open' })).toHaveAttribute(
    'href',
    'https://thegrayzone.com/2019/11/chapare#:~:text=Ten%20were%20murdered%20in%20the%20Senkata%20massacre.',
  );
});

test('the query and filters live in the URL: reload keeps them, back undoes a filter', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await seed(page);
  await page.getByRole('searchbox', { name: 'Search highlights' }).fill('chapare');
  await expect(cards(page)).toHaveCount(2);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#q=chapare');
  await page.getByLabel('Tag', { exact: true }).selectOption('coca');
  await expect(cards(page)).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#q=chapare&tag=coca');

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search highlights' })).toHaveValue('chapare');
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('coca');
  await expect(cards(page)).toHaveCount(1);

  await page.goBack();
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('');
  await expect(cards(page)).toHaveCount(2);

  // A filter chosen straight after typing (before the address caught up) still leaves the
  // typed search in the entry back returns to.
  await page.getByRole('searchbox', { name: 'Search highlights' }).fill('chapar');
  await page.getByLabel('Tag', { exact: true }).selectOption('coca');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#q=chapar&tag=coca');
  await page.goBack();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#q=chapar');

  // Orphans have their own filter, each showing its saved quote.
  await openLibrary(page, extensionId, '#orphans=1');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page)).toContainText('Los mineros cooperativistas');
  await expect(cards(page)).toContainText('Not found on the page');
});

test('notes and tags are edited in place, and a delete can be undone', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await seed(page);
  const card = cards(page).filter({ hasText: 'Senkata massacre' });
  await card.getByRole('button', { name: 'Edit note' }).click();
  const note = card.getByRole('textbox', { name: 'Note' });
  await note.fill('Checked against the IACHR report.');
  await note.press('Enter');
  await expect(card).toContainText('Checked against the IACHR report.');
  await card.getByRole('button', { name: 'Edit tags' }).click();
  await card.getByRole('textbox', { name: 'Tags, separated by commas' }).fill('massacre, iachr');
  // Leaving the field saves it.
  await page.getByRole('searchbox', { name: 'Search highlights' }).focus();
  await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    'massacre',
    'iachr',
  ]);

  await page.reload();
  await expect(cards(page).filter({ hasText: 'Checked against the IACHR report.' })).toHaveCount(1);

  await cards(page).filter({ hasText: 'Senkata massacre' }).getByRole('button', { name: 'Delete' }).click();
  await expect(cards(page)).toHaveCount(2);
  await expect(page.getByRole('status')).toContainText('Deleted 1 highlight.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cards(page)).toHaveCount(3);
  await expect(page.getByRole('status')).toContainText('Restored 1 highlight.');
});

/** Presses Tab (Shift+Tab when `backwards`) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: Space selects a card, Shift+Space the range down to another, then delete and undo', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  const first = { url: 'https://example.org/first', title: 'First page' };
  const second = { url: 'https://example.org/second', title: 'Second page' };
  // Newest first, grouped by page: the first page's two highlights are listed together,
  // though the second page's were saved between them. (Few cards, so all are mounted.)
  await seed(page, [
    highlight(
      'a0000000-0000-4000-8000-000000000004',
      first,
      'Newer on the first page.',
      {},
      '2026-11-25T09:00:00Z',
    ),
    highlight(
      'a0000000-0000-4000-8000-000000000003',
      second,
      'Newer on the second page.',
      {},
      '2026-11-24T09:00:00Z',
    ),
    highlight(
      'a0000000-0000-4000-8000-000000000002',
      second,
      'Older on the second page.',
      {},
      '2026-11-23T09:00:00Z',
    ),
    highlight(
      'a0000000-0000-4000-8000-000000000001',
      first,
      'Older on the first page.',
      {},
      '2026-11-22T09:00:00Z',
    ),
  ]);
  const listed = [
    'Newer on the first page.',
    'Older on the first page.',
    'Newer on the second page.',
    'Older on the second page.',
  ];
  await expect(cards(page).locator('blockquote')).toHaveText(listed);
  const checkbox = (quote: string) => page.getByRole('checkbox', { name: `Select “${quote}”` });

  await tabTo(page, checkbox('Newer on the first page.'));
  await page.keyboard.press('Space');
  await expect(checkbox('Newer on the first page.')).toBeChecked();
  await tabTo(page, checkbox('Newer on the second page.'));
  await page.keyboard.press('Shift+Space');
  // The range is the cards as listed (the one between included), not the order they were saved in.
  await expect(page.getByText('3 selected', { exact: true })).toBeVisible();
  await expect(checkbox('Older on the first page.')).toBeChecked();
  await expect(checkbox('Newer on the second page.')).toBeChecked();
  await expect(checkbox('Older on the second page.')).not.toBeChecked();

  await tabTo(page, page.getByRole('button', { name: 'Delete selected' }), true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Deleted 3 highlights.');
  await expect(cards(page).locator('blockquote')).toHaveText(['Older on the second page.']);
  // The button that had the focus is gone: the focus waits on Undo rather than on nothing.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Restored 3 highlights.');
  await expect(cards(page).locator('blockquote')).toHaveText(listed);
});

test('export JSON-LD, delete everything, import the file, and everything is back', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await seed(page);
  const before = await cards(page).allInnerTexts();

  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export all 3:' }).getByRole('button', { name: 'JSON-LD' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^glosa-highlights-\d{4}-\d{2}-\d{2}\.jsonld$/);
  const exported = readFileSync((await download.path()) as string, 'utf8');
  expect(JSON.parse(exported).total).toBe(3);

  await page.getByRole('checkbox', { name: 'Select all 3 shown' }).check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByText(/No highlights yet/)).toBeVisible();

  await importFile(page, download.suggestedFilename(), exported);
  const review = page.getByRole('region', { name: /^Import glosa-highlights/ });
  await expect(review).toContainText('Format: Glosa export');
  await expect(review).toContainText('3 valid, 0 invalid');
  await review.getByRole('button', { name: 'Import 3 valid' }).click();
  await expect(page.getByRole('status')).toContainText('Imported: 3 added, 0 updated');
  await expect(cards(page)).toHaveCount(3);
  expect(await cards(page).allInnerTexts()).toEqual(before);

  // The same file again merges: nothing is stored twice.
  await importFile(page, download.suggestedFilename(), exported);
  await page.getByRole('button', { name: 'Import 3 valid' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Imported: 0 added, 0 updated from newer copies, 3 already',
  );
  await expect(cards(page)).toHaveCount(3);
});

test('a malformed file is refused, invalid records are listed, and Cancel changes nothing', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await seed(page);

  await importFile(page, 'broken.jsonld', '{"type": "AnnotationCollection", "first": {"items": [');
  await expect(page.getByRole('alert')).toContainText('broken.jsonld was not imported');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(cards(page)).toHaveCount(3);

  const collection = JSON.parse(
    jsonLd([
      highlight('3e9f4e5b-4a6c-4d8e-9f0a-1b2c3d4e5f60', vision, 'Nuevo pasaje', {}, '2026-11-27T09:00:00Z'),
    ]),
  );
  collection.first.items.push({ type: 'Annotation', id: 'urn:uuid:bad', target: 'https://example.org' });
  await importFile(page, 'mixed.jsonld', JSON.stringify(collection));
  const review = page.getByRole('region', { name: 'Import mixed.jsonld?' });
  await expect(review).toContainText('1 valid, 1 invalid');
  await expect(review.getByRole('heading', { name: 'Records that cannot be imported' })).toBeVisible();
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toHaveCount(0);
  await expect(cards(page)).toHaveCount(3);
});

test('a highlight stored from another Glosa page appears without a reload', async ({
  context,
  extensionId,
}) => {
  const watching = await context.newPage();
  await openLibrary(watching, extensionId);
  await expect(watching.getByText(/No highlights yet/)).toBeVisible();
  const other = await context.newPage();
  await openLibrary(other, extensionId);
  await seed(other);
  await expect(cards(watching)).toHaveCount(3);
});

test('the library passes an axe-core check in light and dark mode, with results and marks', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await seed(page);
  await page.getByRole('searchbox', { name: 'Search highlights' }).fill('chapare');
  await expect(cards(page)).toHaveCount(2);
  await cards(page).first().getByRole('checkbox').check();
  // The page's CSP refuses inline scripts, so axe is evaluated through the debugger instead.
  const require = createRequire(import.meta.url);
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await page.evaluate(async () => {
      const { axe } = globalThis as unknown as {
        axe: { run: (node: Node) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      };
      const result = await axe.run(document);
      return result.violations.map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.map((node) => String((node as { target: unknown }).target)),
      }));
    });
    expect(violations, colorScheme).toEqual([]);
  }
});

test('the list mounts only what is on screen at 2,000 highlights', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  const many = Array.from({ length: 2000 }, (_, i) =>
    highlight(
      `${(0x10000000 + i).toString(16)}-1d3f-4a5b-8c6d-7e8f9a0b1c2d`,
      { url: `https://example.org/news/${Math.floor(i / 10)}`, title: `Article ${Math.floor(i / 10)}` },
      `Passage number ${i} about the blockade.`,
      { note: i === 1234 ? 'The one about Qaqachaka.' : '' },
      new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    ),
  );
  await seed(page, many);
  await expect(page.getByText('Showing 2000 of 2000')).toBeVisible();
  expect(await cards(page).count()).toBeLessThan(30);
  await page.getByRole('searchbox', { name: 'Search highlights' }).fill('qaqachka');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page)).toContainText('Passage number 1234');

  // A search that matches every one: its first screen comes first, then the rest of the
  // best thousand, all of it reachable by scrolling and by "select all".
  await page.getByRole('searchbox', { name: 'Search highlights' }).fill('blockade');
  await expect(page.getByText('Showing the best 1,000 of 2,000 matches')).toBeVisible();
  const list = page.locator('main.list');
  // A thousand cards of at least 256 px each; the first screen alone is some thirty.
  await expect.poll(() => list.evaluate((element) => element.scrollHeight)).toBeGreaterThan(250_000);
  expect(await cards(page).count()).toBeLessThan(30);
  await page.getByRole('checkbox', { name: 'Select all 1000 shown' }).check();
  await expect(page.getByText('1000 selected', { exact: true })).toBeVisible();
  await expect(page.getByText('Export 1000 selected:')).toBeVisible();
  await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(cards(page).last()).toContainText('Passage number');
});

test('the popup lists the page’s saved highlights, counts the orphan, and opens the library', async ({
  context,
  extensionId,
  site,
  serviceWorker,
}) => {
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  const article = { url: `${site.origin}/left-on-the-move-coup.html`, title: 'Left on the move' };
  await seed(library, [
    highlight(
      '4fa05f6c-5b7d-4e9f-8a1b-2c3d4e5f6a7b',
      article,
      // A sentence the page has: the content script anchors it on load.
      'Ten were murdered in the Senkata massacre.',
      {},
      '2026-11-20T09:00:00Z',
    ),
    highlight(
      '5ab16a7d-6c8e-4fa0-9b2c-3d4e5f6a7b8c',
      article,
      'A sentence the page no longer has.',
      {},
      '2026-11-21T09:00:00Z',
      { state: 'orphan', checked: '2026-11-22T09:00:00Z' },
    ),
    highlight('6bc27b8e-7d9f-4ab1-8c3d-4e5f6a7b8c9d', grayzone, 'Elsewhere.', {}, '2026-11-22T09:00:00Z'),
  ]);

  const page = await context.newPage();
  // Tracking parameters do not hide a page's highlights.
  await page.goto(`${article.url}?utm_source=newsletter`);
  const popup = await openPopup(page, serviceWorker);
  const list = popup.getByRole('list', { name: 'Your highlights here' });
  await expect(list.getByRole('button')).toHaveText([
    'Ten were murdered in the Senkata massacre.',
    'A sentence the page no longer has.not found',
  ]);
  await expect(popup.getByText('1 could not be found on this page.')).toBeVisible();

  const opened = context.waitForEvent('page', (candidate) => candidate.url().endsWith('/library.html'));
  await popup.getByRole('button', { name: 'Open library' }).click();
  const libraryTab = await opened;
  await expect(libraryTab.getByRole('searchbox', { name: 'Search highlights' })).toBeVisible();
});

test.describe('in a Spanish browser', () => {
  test.use({ uiLanguage: 'es' });

  test('the library speaks Spanish', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tus resaltados' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Buscar resaltados' })).toBeVisible();
    await expect(page.getByText(/Todavía no hay resaltados/)).toBeVisible();
    await expect(page.getByLabel('Etiqueta', { exact: true })).toBeVisible();
    await expect(page).toHaveTitle('Biblioteca de Glosa');
  });
});
