/**
 * The atlas (atlas.html), the dataset browser: search with typos, an address per
 * entity with back and forward, and an axe-core check of every view in light and dark
 * mode and in English and Spanish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { localiseName, localiseQuestion } from '../../core/localise';
import type { BilingualAccount, BilingualEntity, BilingualQuestion, Question } from '../../core/schema';
import { expect, test } from './fixtures';

/** Every record in one folder of the data files (an account file holds a list). */
function readData<T>(folder: string): T[] {
  const url = new URL(`../../data/${folder}/`, import.meta.url);
  return readdirSync(url)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(new URL(name, url), 'utf8')) as T | T[]);
}

/** How many bundled accounts concern an entity. */
function accountsAbout(entityId: string): number {
  return readData<BilingualAccount>('accounts').filter((account) => account.entities.includes(entityId))
    .length;
}

/** The first question (by file name) that some account answers, in English: the atlas shows only those. */
function answeredQuestion(): Question {
  const answered = new Set(
    readData<BilingualAccount>('accounts').flatMap((account) =>
      (account.answers ?? []).map((answer) => answer.question),
    ),
  );
  const question = readData<BilingualQuestion>('questions').find((candidate) => answered.has(candidate.id));
  if (!question) throw new Error('no question in data/questions is answered by an account');
  return localiseQuestion(question, 'en');
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openAtlas(page: Page, extensionId: string, hash = ''): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/atlas.html${hash}`);
}

/**
 * axe-core's violations on the page as it is now. The script is evaluated rather than
 * added as a tag, because an extension page's security policy refuses inline scripts.
 */
async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

test('the atlas finds an entity by a misspelt alias, and back and forward move between list and entity', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openAtlas(page, extensionId);
  const search = page.getByRole('searchbox', { name: 'Search entities' });
  await search.fill('Movimento al Socialsmo');
  const results = page.getByRole('list', { name: 'Entities' });
  await expect(results.getByRole('link').first()).toHaveText('MAS-IPSP');

  await results.getByRole('link', { name: 'MAS-IPSP' }).click();
  // The search stays in the address (`?q=…`), so back returns to it.
  await expect(page).toHaveURL(/atlas\.html(\?[^#]*)?#mas-ipsp$/);
  const heading = page.getByRole('heading', { level: 2, name: 'MAS-IPSP' });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Movimiento al Socialismo', { exact: true })).toBeVisible();

  await page.goBack();
  await expect(search).toHaveValue('Movimento al Socialsmo');
  await expect(results.getByRole('link').first()).toHaveText('MAS-IPSP');
  await page.goForward();
  await expect(heading).toBeVisible();
});

test('the atlas works from the keyboard: Enter opens the first result, focus follows each view', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openAtlas(page, extensionId);
  const search = page.getByRole('searchbox', { name: 'Search entities' });
  await search.focus();
  await page.keyboard.type('Qaqachacka');
  await expect(page.getByRole('list', { name: 'Entities' }).getByRole('link').first()).toHaveText(
    'Qaqachaka',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Qaqachaka' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'All entities' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Entities' })).toBeFocused();
  await expect(search).toHaveValue('Qaqachacka');
});

test('atlas.html#senkata opens Senkata; a new address shows another entity with all its accounts', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openAtlas(page, extensionId, '#senkata');
  await expect(page.getByRole('heading', { level: 2, name: 'Senkata' })).toBeVisible();
  await expect(page).toHaveTitle('Senkata · Glosa atlas');
  const aliases = page.getByRole('region', { name: 'Aliases', exact: true });
  await expect(aliases.getByText('Senkata', { exact: true })).toBeVisible();
  const accounts = page.getByRole('region', { name: 'Accounts', exact: true });
  await expect(accounts.getByRole('figure').first()).toBeVisible();
  // Readable type: Chrome sets an extension page's body at 12 px unless the page says otherwise.
  const quoteSize = await accounts
    .locator('blockquote p')
    .first()
    .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
  expect(quoteSize).toBeGreaterThanOrEqual(14);

  // A new address in the same page (as the popover's link gives) shows that entity: every
  // account about it (the popover shows the best few), and its aliases' rules in words.
  await page.evaluate(() => {
    location.hash = '#evo-morales';
  });
  await expect(page.getByRole('heading', { level: 2, name: 'Evo Morales' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Accounts', exact: true }).getByRole('figure')).toHaveCount(
    accountsAbout('evo-morales'),
  );
  const morales = page.getByRole('listitem').filter({ hasText: /^Morales/ });
  await expect(morales.getByText('needs context on the page')).toBeVisible();
  await expect(morales.getByText('not: Esther Morales Ayma')).toBeVisible();

  // Back to Senkata, a place: it links to the entities a reader may want next (its killings),
  // each at its own page.
  const senkata = readData<BilingualEntity>('entities').find((entity) => entity.id === 'senkata');
  const relatedEntity = readData<BilingualEntity>('entities').find(
    (entity) => entity.id === senkata?.related?.[0],
  );
  if (!relatedEntity) throw new Error('data/entities/senkata.json relates to no entity');
  const related = { name: localiseName(relatedEntity.name, 'en') };
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Senkata' })).toBeVisible();
  await page.getByRole('region', { name: 'Related' }).getByRole('link', { name: related.name }).click();
  await expect(page.getByRole('heading', { level: 2, name: related.name })).toBeFocused();

  // A question's entity shows the question with its competing positions.
  const question = answeredQuestion();
  await page.evaluate((id) => {
    location.hash = `#${id}`;
  }, question.entities[0]);
  const competing = page.getByRole('region', { name: 'Competing accounts' });
  await expect(competing.getByRole('heading', { level: 4, name: question.text })).toBeVisible();
});

test('the settings page links to the atlas, and the atlas lists sources with their accounts', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('link', { name: /Browse every entity, source and account/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Entities' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Atlas sections' })
    .getByRole('link', { name: 'Sources' })
    .click();
  await expect(page).toHaveURL(/#\/sources$/);
  const source = page.getByRole('listitem').filter({ hasText: 'Visión 360' });
  await expect(source.getByText(/^\d+ accounts$/)).toBeVisible();
  await source.getByRole('button', { name: 'Show the entities it concerns' }).click();
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue('vision360-llallagua-2025');
  await expect(
    page.getByRole('list', { name: 'Entities' }).getByRole('link', { name: 'Llallagua' }),
  ).toBeVisible();
});

// '#no-such-entity' is an address that names no entity: the page says so.
const views = [
  '#/',
  '#senkata',
  '#decree-4078',
  '#carlos-mesa',
  '#no-such-entity',
  '#/sources',
  '#/coverage',
  '#/changelog',
];

for (const uiLanguage of ['en', 'es']) {
  test.describe(`in ${uiLanguage === 'en' ? 'an English' : 'a Spanish'} browser`, () => {
    test.use({ uiLanguage });

    test('every atlas view passes an axe-core check, in light and dark mode', async ({
      context,
      extensionId,
    }) => {
      const page = await context.newPage();
      await openAtlas(page, extensionId);
      await expect(page.locator('html')).toHaveAttribute('lang', uiLanguage);
      const backgrounds = new Set<string>();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        for (const view of views) {
          await page.evaluate((hash) => {
            location.hash = hash;
          }, view);
          await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
          expect(await axeViolations(page), `${colorScheme} ${view}`).toEqual([]);
        }
      }
      // Dark mode really is another palette.
      expect(backgrounds.size).toBe(2);
    });
  });
}
