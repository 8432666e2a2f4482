/**
 * No stylesheet until there is something to draw (issue 12): a `::highlight` rule costs
 * Chromium memory for every element of a page, so the background inserts Glosa's rules
 * into a frame (`scripting.insertCSS`) only once that frame draws a mention or a saved
 * passage, and takes them out again when the site is switched off or paused while open
 * (unless saved passages are drawn there). What is observed: the rule applying in the page
 * (its computed highlight style), and what the background inserted into and removed from
 * which tabs (a spy on `scripting.insertCSS` and `removeCSS` set up in the service worker
 * before any page opens).
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickControl, highlightTexts, passagePoint, selectText } from './highlight-helpers';
import { mentionCount, waitForMention } from './page-helpers';
import { waitForDialog } from './popover-helpers';
import { openPopup } from './popup-helpers';

/** Records every `insertCSS` and `removeCSS` from now on, in order; the real calls still run. */
async function spyOnInsertCss(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    interface Injection {
      target: { tabId: number; frameIds?: number[] };
      css: string;
    }
    type Scripting = {
      insertCSS: (injection: Injection) => Promise<void>;
      removeCSS: (injection: Injection) => Promise<void>;
    };
    const scope = globalThis as unknown as {
      chrome?: { scripting?: Scripting };
      browser?: { scripting?: Scripting };
      glosaInsertedCss?: Injection['target'][];
      glosaCssCalls?: { op: 'insert' | 'remove'; tabId: number; css: string }[];
    };
    scope.glosaInsertedCss = [];
    scope.glosaCssCalls = [];
    const seen = new Set<Scripting>();
    for (const scripting of [scope.chrome?.scripting, scope.browser?.scripting]) {
      if (!scripting || seen.has(scripting)) continue;
      seen.add(scripting);
      const insert = scripting.insertCSS.bind(scripting);
      const remove = scripting.removeCSS.bind(scripting);
      scripting.insertCSS = (injection) => {
        scope.glosaInsertedCss?.push(injection.target);
        scope.glosaCssCalls?.push({ op: 'insert', tabId: injection.target.tabId, css: injection.css });
        return insert(injection);
      };
      scripting.removeCSS = (injection) => {
        scope.glosaCssCalls?.push({ op: 'remove', tabId: injection.target.tabId, css: injection.css });
        return remove(injection);
      };
    }
  });
}

/**
 * The sheets the background has left in the tab showing `url`, replayed from the spy
 * the way Chromium keeps them: a removal takes out the last sheet with the same text.
 * Each sheet is named: "rules" for Glosa's highlight rules, "rules, underline <style>" when
 * the reader's underline rule travels in it (one sheet, one style recalc of the page).
 */
async function sheetsLeft(serviceWorker: Worker, url: string): Promise<string[]> {
  const calls = await serviceWorker.evaluate(async (address) => {
    const { chrome, glosaCssCalls } = globalThis as unknown as {
      chrome: typeof import('wxt/browser').browser;
      glosaCssCalls: { op: 'insert' | 'remove'; tabId: number; css: string }[];
    };
    const [tab] = await chrome.tabs.query({ url: address });
    return glosaCssCalls.filter((call) => call.tabId === tab?.id);
  }, url);
  const sheets: string[] = [];
  for (const { op, css } of calls) {
    if (op === 'insert') sheets.push(css);
    else if (sheets.lastIndexOf(css) >= 0) sheets.splice(sheets.lastIndexOf(css), 1);
  }
  return sheets.map((css) => {
    if (!css.includes('html::highlight(glosa-mention)')) return 'not Glosa’s';
    const underline = /@media not \(forced-colors: active\)[\s\S]*?text-decoration-style: (\w+)/.exec(
      css,
    )?.[1];
    return underline ? `rules, underline ${underline}` : 'rules';
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

/** The reader's underline as the page draws it: the computed style of Glosa's mention highlight. */
async function underlineStyle(page: Page): Promise<string> {
  return page.evaluate(
    () => getComputedStyle(document.body, '::highlight(glosa-mention)').textDecorationStyle,
  );
}

test('switching a site off or pausing takes the rules out of its open tab, and switching back on brings them back', async ({
  context,
  site,
  serviceWorker,
  extensionId,
}) => {
  await spyOnInsertCss(serviceWorker);
  // The reader's own underline, so its rule has to come out and back in too.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('main')).toHaveAttribute('aria-busy', 'false');
  await options.getByLabel('Style').selectOption('wavy');
  await options.getByLabel('Colour').fill('#cc0000');

  const address = `${site.origin}/morning-star-coup.html`;
  const page = await context.newPage();
  await page.goto(address);
  await waitForMention(page, 'Carlos Mesa');
  await expect.poll(() => underlineStyle(page)).toBe('wavy');
  const mentions = await mentionCount(page);
  expect(await sheetsLeft(serviceWorker, address)).toEqual(['rules, underline wavy']);

  const popup = await openPopup(page, serviceWorker);
  const siteSwitch = popup.getByRole('switch', { name: 'Glosa on localhost' });
  await siteSwitch.click();
  await expect(siteSwitch).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => mentionCount(page)).toBe(0);
  await expect.poll(() => mentionRule(page)).toBe('none');
  expect(await sheetsLeft(serviceWorker, address)).toEqual([]);

  await siteSwitch.click();
  await expect(siteSwitch).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => mentionCount(page)).toBe(mentions);
  await expect.poll(() => underlineStyle(page)).toBe('wavy');
  expect(await sheetsLeft(serviceWorker, address)).toEqual(['rules, underline wavy']);

  const pause = popup.getByRole('switch', { name: 'Pause everywhere' });
  await pause.click();
  await expect(pause).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => mentionCount(page)).toBe(0);
  await expect.poll(() => mentionRule(page)).toBe('none');
  expect(await sheetsLeft(serviceWorker, address)).toEqual([]);

  // A change of underline while paused is kept for later: nothing to swap in the tab.
  await options.getByLabel('Style').selectOption('double');
  await pause.click();
  await expect(pause).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => mentionCount(page)).toBe(mentions);
  await expect.poll(() => underlineStyle(page)).toBe('double');
  expect(await sheetsLeft(serviceWorker, address)).toEqual(['rules, underline double']);
  expect(await pageSeesGlosaSheet(page)).toBe(false);
});

test('switched off where a passage is saved, the rules stay for it; they leave with the last passage', async ({
  context,
  site,
  serviceWorker,
}) => {
  await spyOnInsertCss(serviceWorker);
  const address = `${site.origin}/highlights-article.html`;
  const page = await context.newPage();
  await page.goto(address);
  await waitForMention(page, 'Evo Morales');
  const passage = 'The blockade of the highway lasted eleven days before the talks began.';
  await selectText(page, '#passage', passage);
  await clickControl(page, 'button', 'Save highlight');
  await expect.poll(() => highlightTexts(page)).toEqual([passage]);
  const savedTint = () =>
    page.evaluate(() => getComputedStyle(document.body, '::highlight(glosa-saved)').backgroundColor);
  await expect.poll(savedTint).not.toBe('rgba(0, 0, 0, 0)');

  const popup = await openPopup(page, serviceWorker);
  const siteSwitch = popup.getByRole('switch', { name: 'Glosa on localhost' });
  await siteSwitch.click();
  await expect(siteSwitch).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => mentionCount(page)).toBe(0);
  // The researcher's passage is still drawn, so its rules are still there.
  expect(await highlightTexts(page)).toEqual([passage]);
  expect(await savedTint()).not.toBe('rgba(0, 0, 0, 0)');
  expect(await sheetsLeft(serviceWorker, address)).toEqual(['rules']);

  // Deleting the last passage leaves nothing to draw: the rules go.
  await page.bringToFront();
  const point = await passagePoint(page, passage);
  await page.mouse.click(point.x, point.y);
  await waitForDialog(page, 'Highlight note');
  await clickControl(page, 'button', 'Delete highlight');
  await expect.poll(() => highlightTexts(page)).toEqual([]);
  await expect.poll(savedTint).toBe('rgba(0, 0, 0, 0)');
  expect(await sheetsLeft(serviceWorker, address)).toEqual([]);
});
