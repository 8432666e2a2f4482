/**
 * A Spanish browser reads Glosa in Spanish (issue 10, section 2): the popover and the
 * atlas show the Spanish name, description, question and position labels, while every
 * quote stays verbatim in its source's language and says so with `lang`.
 *
 * The expected texts come from the data files themselves, localised the way the
 * extension does it, so the test follows the data instead of copying it.
 */
import type { Page } from '@playwright/test';
import { localiseDataset } from '../../core/localise';
import type { Dataset } from '../../core/schema';
import { loadDataset } from '../../scripts/dataset/load';
import { expect, test } from './fixtures';
import { waitForMention } from './page-helpers';
import { clickMention, onDialog } from './popover-helpers';
import { openPopup } from './popup-helpers';

const bilingual = loadDataset('data').dataset;
const spanish = localiseDataset(bilingual, 'es');
const english = localiseDataset(bilingual, 'en');

function entity(dataset: Dataset, id: string) {
  const found = dataset.entities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entity ${id} in data/entities`);
  return found;
}

function question(dataset: Dataset, id: string) {
  const found = dataset.questions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no question ${id} in data/questions`);
  return found;
}

/** The language of each quote's source, by the quote's text. */
const quoteLanguages = new Map(
  spanish.accounts.map((account) => [
    account.quote,
    spanish.sources.find((source) => source.id === account.source)?.language,
  ]),
);

/** Every quote on screen is a dataset quote, verbatim, marked with its source's language. */
function expectQuotesInTheirLanguage(quotes: { text: string; lang: string }[]): void {
  expect(quotes.length).toBeGreaterThan(0);
  for (const quote of quotes) {
    const language = quoteLanguages.get(quote.text);
    expect(language, `"${quote.text.slice(0, 60)}…" is a dataset quote, verbatim`).toBeDefined();
    expect(quote.lang, quote.text.slice(0, 60)).toBe(language);
  }
}

test.use({ uiLanguage: 'es' });

test('a Spanish browser shows Spanish descriptions and questions, and quotes in their own language', async ({
  context,
  site,
}) => {
  const killings = entity(spanish, 'senkata-killings');
  const deaths = question(spanish, 'senkata-deaths');
  // The data really differs by language here, so the test can tell them apart.
  expect(killings.name).not.toBe(entity(english, 'senkata-killings').name);
  expect(deaths.text).not.toBe(question(english, 'senkata-deaths').text);

  const page = await context.newPage();
  // An English article: the mention is English, the reader's Glosa is Spanish.
  await page.goto(`${site.origin}/left-on-the-move-coup.html`);
  await clickMention(page, 'Senkata massacre', killings.name);

  const view = await onDialog<{
    lang: string;
    text: string;
    headings: string[];
    quotes: { text: string; lang: string }[];
  }>(
    page,
    `function () {
      return {
        lang: this.closest('[lang]')?.getAttribute('lang') ?? '',
        text: this.innerText,
        headings: [...this.querySelectorAll('h2, h3, h4')].map((h) => h.textContent.trim()),
        quotes: [...this.querySelectorAll('blockquote')].map((q) => ({
          text: q.textContent.trim(),
          lang: q.closest('[lang]')?.getAttribute('lang') ?? '',
        })),
      };
    }`,
  );
  expect(view.lang).toMatch(/^es/);
  expect(view.text).toContain(killings.description);
  expect(view.text).not.toContain(entity(english, 'senkata-killings').description);
  expect(view.headings).toContain(deaths.text);
  // Every position an account takes is labelled in Spanish.
  const taken = new Set(
    spanish.accounts.flatMap((account) =>
      (account.answers ?? []).filter((a) => a.question === deaths.id).map((a) => a.position),
    ),
  );
  for (const position of deaths.positions.filter((p) => taken.has(p.id))) {
    expect(view.text, position.id).toContain(position.label);
  }
  expectQuotesInTheirLanguage(view.quotes);
  expect(view.quotes.some((quote) => quote.lang === 'en')).toBe(true);
});

async function openAtlas(page: Page, extensionId: string, hash: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/atlas.html${hash}`);
}

test('the atlas in Spanish: Spanish entity pages, search in either language, quotes in their own', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  const killings = entity(spanish, 'senkata-killings');
  const deaths = question(spanish, 'senkata-deaths');
  await openAtlas(page, extensionId, '#senkata-killings');
  await expect(page.getByRole('heading', { level: 2, name: killings.name })).toBeVisible();
  await expect(page.getByText(killings.description, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: deaths.text })).toBeVisible();
  const quotes = await page.locator('blockquote').evaluateAll((nodes) =>
    nodes.map((q) => ({
      text: q.textContent?.trim() ?? '',
      lang: q.closest('[lang]')?.getAttribute('lang') ?? '',
    })),
  );
  expectQuotesInTheirLanguage(quotes);

  // The search finds an entity by its Spanish name and by its English one alike.
  const forces = entity(spanish, 'armed-forces');
  const englishForces = entity(english, 'armed-forces');
  expect(forces.name).not.toBe(englishForces.name);
  await openAtlas(page, extensionId, '');
  const search = page.getByRole('searchbox');
  const firstResult = page.locator('.entity-list a').first();
  for (const query of [forces.name, englishForces.name]) {
    await search.fill(query);
    await expect(firstResult, query).toHaveText(forces.name);
  }
  // And by a word of a Spanish description ("impugnó": Carlos Mesa disputed the result).
  await search.fill('impugnó el resultado');
  await expect(firstResult).toHaveText(entity(spanish, 'carlos-mesa').name);
  await expect(page.getByText(entity(spanish, 'carlos-mesa').description)).toBeVisible();

  // Coverage reads the bilingual data: every description is translated.
  await openAtlas(page, extensionId, '#/coverage');
  await expect(page.getByText('Todas las entidades están descritas en inglés y en español.')).toBeVisible();
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the popup lists the page’s entities by their Spanish names, with Spanish plurals', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/left-on-the-move-coup.html`);
  await waitForMention(page, 'Senkata massacre');
  const popup = await openPopup(page, serviceWorker);
  const spanishName = entity(spanish, 'senkata-killings').name;
  const englishName = entity(english, 'senkata-killings').name;
  // "1 mención" or "N menciones", never "1 menciones".
  await expect(
    popup.getByRole('button', {
      name: new RegExp(`^${escapeRegExp(spanishName)} (1 mención|([02-9]|\\d{2,}) menciones)$`),
    }),
  ).toBeVisible();
  await expect(popup.getByRole('button', { name: new RegExp(`^${escapeRegExp(englishName)}`) })).toHaveCount(
    0,
  );
});
