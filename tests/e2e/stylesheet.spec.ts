/**
 * No stylesheet until there is something to draw (issue 12): a `::highlight` rule costs
 * Chromium memory for every element of a page, so the background inserts Glosa's rules
 * into a frame (`scripting.insertCSS`) only once that frame draws a mention or a saved
 * passage. What is observed: the rule applying in the page (its computed highlight
 * style), and which tabs the background inserted into (a spy on `scripting.insertCSS`
 * set up in the service worker before any page opens).
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickControl, highlightTexts, selectText } from './highlight-helpers';
import { mentionCount, waitForMention } from './page-helpers';

/** Records every `insertCSS` target from now on; the real call still runs. */
async function spyOnInsertCss(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    interface Injection {
      target: { tabId: number; frameIds?: number[] };
    }
    type Scripting = { insertCSS: (injection: Injection) => Promise<void> };
    const scope = globalThis as unknown as {
      chrome?: { scripting?: Scripting };
      browser?: { scripting?: Scripting };
      glosaInsertedCss?: Injection['target'][];
    };
    scope.glosaInsertedCss = [];
    const seen = new Set<Scripting>();
    for (const scripting of [scope.chrome?.scripting, scope.browser?.scripting]) {
      if (!scripting || seen.has(scripting)) continue;
      seen.add(scripting);
      const insert = scripting.insertCSS.bind(scripting);
      scripting.insertCSS = (injection) => {
        scope.glosaInsertedCss?.push(injection.target);
        return insert(injection);
      };
    }
  });
}

/** The addresses of the tabs the background has inserted the rules into, one per call. */
async function insertedInto(serviceWorker: Worker): Promise<string[]> {
  return serviceWorker.evaluate(async () => {
    const { chrome, glosaInsertedCss } = globalThis as unknown as {
      chrome: typeof import('wxt/browser').browser;
      glosaInsertedCss: { tabId: number }[];
    };
    return Promise.all(glosaInsertedCss.map(async ({ tabId }) => (await chrome.tabs.get(tabId)).url ?? ''));
  });
}

/** What Glosa's mention rule gives the page's text: "underline" once inserted, "none" before. */
async function mentionRule(page: Page): Promise<string> {
  return page.evaluate(
    () => getComputedStyle(document.body, '::highlight(glosa-mention)').textDecorationLine,
  );
}

/** Whether any stylesheet the page can list mentions Glosa's highlights. */
async function pageSeesGlosaSheet(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.styleSheets].some((sheet) => {
      try {
        return [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(glosa'));
      } catch {
        return false;
      }
    }),
  );
}

test('the manifest injects no stylesheet into pages', async ({ serviceWorker }) => {
  const scripts = await serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    return chrome.runtime.getManifest().content_scripts ?? [];
  });
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script.css ?? []).toEqual([]);
});

test('a page without mentions gets no stylesheet, until a mention appears on it', async ({
  context,
  site,
  serviceWorker,
}) => {
  await spyOnInsertCss(serviceWorker);
  const plain = await context.newPage();
  await plain.goto(`${site.origin}/no-mentions.html`);
  await plain.waitForFunction(() => CSS.highlights.has('glosa-mention'));

  // A page with mentions on the same site, opened after: once its rule applies, the
  // plain page's scan has long had its chance to ask.
  const article = await context.newPage();
  await article.goto(`${site.origin}/morning-star-coup.html`);
  await waitForMention(article, 'Carlos Mesa');
  await expect.poll(() => mentionRule(article)).toBe('underline');
  expect(await pageSeesGlosaSheet(article)).toBe(false);

  expect(await mentionCount(plain)).toBe(0);
  expect(await mentionRule(plain)).toBe('none');
  expect(await insertedInto(serviceWorker)).toEqual([`${site.origin}/morning-star-coup.html`]);

  // The page adds a paragraph that names someone: now there is something to draw.
  await plain.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Carlos Mesa was in Lisbon for the heat.';
    document.querySelector('main')?.append(paragraph);
  });
  await waitForMention(plain, 'Carlos Mesa');
  await expect.poll(() => mentionRule(plain)).toBe('underline');
  expect(await pageSeesGlosaSheet(plain)).toBe(false);

  // More mentions later: the frame already has the rules and does not ask again.
  await plain.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Later, Patricia Arce joined him.';
    document.querySelector('main')?.append(paragraph);
  });
  await waitForMention(plain, 'Patricia Arce');
  expect((await insertedInto(serviceWorker)).sort()).toEqual(
    [`${site.origin}/morning-star-coup.html`, `${site.origin}/no-mentions.html`].sort(),
  );
});

test('a switched-off site gets no stylesheet, except where the researcher saves a passage', async ({
  context,
  site,
  serviceWorker,
  extensionId,
}) => {
  await spyOnInsertCss(serviceWorker);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Turn off on').fill('localhost');
  await options.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(options.getByRole('list')).toContainText('localhost');

  const offSite = `${site.origin}/highlights-article.html`;
  const off = await context.newPage();
  await off.goto(offSite);
  await off.waitForFunction(() => CSS.highlights.has('glosa-saved'));
  // The same page on 127.0.0.1 is another site, still on: once its rule applies, the
  // content script has had its chance on localhost too.
  const onSite = `${site.origin.replace('localhost', '127.0.0.1')}/morning-star-coup.html`;
  const on = await context.newPage();
  await on.goto(onSite);
  await waitForMention(on, 'Carlos Mesa');
  await expect.poll(() => mentionRule(on)).toBe('underline');

  expect(await mentionCount(off)).toBe(0);
  expect(await mentionRule(off)).toBe('none');
  expect(await insertedInto(serviceWorker)).toEqual([onSite]);

  // Saved highlights are the researcher's own data and are drawn whatever the switch
  // says: the first one saved brings the rules.
  await off.bringToFront();
  const passage = 'The blockade of the highway lasted eleven days before the talks began.';
  await selectText(off, '#passage', passage);
  await clickControl(off, 'button', 'Save highlight');
  await expect.poll(() => highlightTexts(off)).toEqual([passage]);
  await expect
    .poll(() =>
      off.evaluate(() => getComputedStyle(document.body, '::highlight(glosa-saved)').backgroundColor),
    )
    .not.toBe('rgba(0, 0, 0, 0)');
  expect((await insertedInto(serviceWorker)).sort()).toEqual([onSite, offSite].sort());
});
