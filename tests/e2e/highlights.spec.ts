/**
 * Saved highlights in a real Chromium: saving a selection (button, shortcut, context
 * menu), drawing in `glosa-saved`, surviving reloads, browser restarts and edits of
 * the page, the note editor, and a hostile page that tries to read or forge.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchChromium } from '../../scripts/chromium.ts';
import { pagesRoot } from '../../scripts/static-server.ts';
import { expect, test, welcomePage } from './fixtures';
import {
  axNodes,
  clickControl,
  focusControl,
  highlightTexts,
  onNode,
  passagePoint,
  roleTexts,
  selectText,
  sendToActiveTab,
  storedHighlights,
} from './highlight-helpers';
import { waitForMention } from './page-helpers';
import { onDialog, waitForDialog, waitForNoDialog } from './popover-helpers';

const passage = 'The blockade of the highway lasted eleven days before the talks began.';
const article = '/highlights-article.html';

async function openArticle(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}${article}`);
  // Mentions are scanned first; saved highlights anchor after the first scan.
  await waitForMention(page, 'Evo Morales');
  return page;
}

/** Selects the passage and saves it with the "Save highlight" button. */
async function saveWithButton(page: Page): Promise<void> {
  await selectText(page, '#passage', passage);
  await clickControl(page, 'button', 'Save highlight');
  await expect.poll(() => highlightTexts(page)).toEqual([passage]);
}

async function serveRevision(context: BrowserContext, origin: string, file: string): Promise<void> {
  await context.unroute(`${origin}${article}`);
  await context.route(`${origin}${article}`, (route) =>
    route.fulfill({ path: join(pagesRoot, file), contentType: 'text/html; charset=utf-8' }),
  );
}

test('select text, “Save highlight”: the passage is drawn, linked to the entity beside it, and drawn again after a reload', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await openArticle(context, site.origin);
  expect(await highlightTexts(page)).toEqual([]);
  await saveWithButton(page);
  // The button goes once the passage is saved.
  await expect.poll(async () => (await axNodes(page, 'button', 'Save highlight')).length).toBe(0);

  const [stored] = await storedHighlights(serviceWorker);
  expect(stored?.target.selector.quote.exact).toBe(passage);
  expect(stored?.target.source).toBe(`${site.origin}${article}`);
  expect(stored?.body.entityIds).toEqual(['evo-morales']);

  await page.reload();
  await expect.poll(() => highlightTexts(page)).toEqual([passage]);
  // Drawn apart from the mentions: the two highlights are different sets of ranges.
  expect(await page.evaluate(() => CSS.highlights.get('glosa-mention')?.size)).toBeGreaterThan(0);
});

test('the save button never appears for text in a form field, editable content or Glosa’s own UI, and Escape hides it', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/editable.html`);
  await waitForMention(page, 'Evo Morales');
  const buttons = async () => (await axNodes(page, 'button', 'Save highlight')).length;
  const selectEditable = () =>
    page.evaluate(() => {
      const editable = document.querySelector(
        '[contenteditable]:not([contenteditable="false"])',
      ) as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(editable);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });

  // Each case starts from a selection the button is for, so the test sees it go away.
  await selectText(page, 'p#linked', 'Evo Morales');
  await expect.poll(buttons).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(buttons).toBe(0);

  await selectText(page, 'p#linked', 'Evo Morales');
  await expect.poll(buttons).toBe(1);
  await selectEditable();
  await expect.poll(buttons).toBe(0);

  await selectText(page, 'p#linked', 'Evo Morales');
  await expect.poll(buttons).toBe(1);
  await page.locator('textarea').first().focus();
  await page.keyboard.press('Control+A');
  await expect.poll(buttons).toBe(0);

  // Text selected inside Glosa's own UI (the note editor) gets no button either.
  // (Selecting page text with the mouse takes focus out of the textarea; here, blur does.)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await selectText(page, 'p#linked', 'Evo Morales');
  await clickControl(page, 'button', 'Save highlight');
  await expect.poll(() => highlightTexts(page)).toEqual(['Evo Morales']);
  await selectText(page, 'p#linked', 'Evo');
  await expect.poll(async () => (await axNodes(page, 'button', 'Open highlight note')).length).toBe(1);
  await clickControl(page, 'button', 'Open highlight note');
  await waitForDialog(page, 'Highlight note');
  await focusControl(page, 'textbox', 'Note');
  await page.keyboard.type('a few words');
  await page.keyboard.press('Control+A');
  await expect.poll(async () => (await axNodes(page, 'button', 'Open highlight note')).length).toBe(0);
  expect(await buttons()).toBe(0);
});

test('the button sits below or above the selection, never over it, and goes when the selection collapses or scrolls away', async ({
  context,
  site,
}) => {
  const page = await openArticle(context, site.origin);
  const buttons = async () => (await axNodes(page, 'button', 'Save highlight')).length;
  await selectText(page, '#passage', passage);
  await expect.poll(buttons).toBe(1);
  const button = await onNode<{ top: number; bottom: number }>(
    page,
    'button',
    'Save highlight',
    'function () { const r = this.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }',
  );
  const selection = await page.evaluate(() => {
    const r = document.getSelection()?.getRangeAt(0).getBoundingClientRect() as DOMRect;
    return { top: r.top, bottom: r.bottom };
  });
  expect(button.top >= selection.bottom || button.bottom <= selection.top).toBe(true);

  await page.evaluate(() => document.getSelection()?.collapseToStart());
  await expect.poll(buttons).toBe(0);

  await selectText(page, '#passage', passage);
  await expect.poll(buttons).toBe(1);
  await page.evaluate(() => {
    document.body.style.paddingBottom = '4000px';
    window.scrollTo(0, document.body.scrollHeight);
  });
  await expect.poll(buttons).toBe(0);
});

test('a save that fails shows why (role=alert) by the button and keeps the selection', async ({
  context,
  site,
}) => {
  const page = await openArticle(context, site.origin);
  // A passage longer than a highlight may hold (20,000 characters).
  await page.evaluate(() => {
    const long = document.createElement('p');
    long.id = 'long';
    long.textContent = 'Long testimony. '.repeat(1_400);
    document.body.append(long);
  });
  await selectText(page, '#long', 'Long testimony. '.repeat(1_400).trim());
  await clickControl(page, 'button', 'Save highlight');
  await expect
    .poll(() => roleTexts(page, 'alert'))
    .toEqual([
      'The highlight was not saved: the selection is longer than 20,000 characters; select a shorter passage.',
    ]);
  const stillSelected = await page.evaluate(() => document.getSelection()?.toString().length ?? 0);
  expect(stillSelected).toBeGreaterThan(20_000);
  expect(await highlightTexts(page)).toEqual([]);
});

test('saved highlights survive closing the browser and starting it again on the same profile', async ({
  site,
}) => {
  const profile = await mkdtemp(join(tmpdir(), 'glosa-profile-'));
  try {
    const first = await launchChromium({ userDataDir: profile, viewport: { width: 1280, height: 900 } });
    // Installing opens the welcome page; closed first, so it never takes focus from the article.
    await (await welcomePage(first)).close();
    const page = await openArticle(first, site.origin);
    await saveWithButton(page);
    await first.close();

    const second = await launchChromium({ userDataDir: profile, viewport: { width: 1280, height: 900 } });
    try {
      const again = await openArticle(second, site.origin);
      await expect.poll(() => highlightTexts(again)).toEqual([passage]);
    } finally {
      await second.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('an edited revision of the page still anchors the highlight; one without the paragraph makes it an orphan, kept', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await openArticle(context, site.origin);
  await saveWithButton(page);

  await serveRevision(context, site.origin, 'highlights-article-edited.html');
  await page.reload();
  await expect(page).toHaveTitle(/updated/);
  await expect.poll(() => highlightTexts(page)).toEqual([passage]);
  await expect
    .poll(async () => (await storedHighlights(serviceWorker))[0]?.anchoring?.state)
    .toBe('anchored');

  await serveRevision(context, site.origin, 'highlights-article-removed.html');
  await page.reload();
  await waitForMention(page, 'Evo Morales');
  await expect.poll(async () => (await storedHighlights(serviceWorker))[0]?.anchoring?.state).toBe('orphan');
  expect(await highlightTexts(page)).toEqual([]);
  // The popup's question: the orphan is listed, not dropped.
  const states = await sendToActiveTab<{ results: { state: string }[] }>(
    serviceWorker,
    'page-highlight-states',
  );
  expect(states.results.map((result) => result.state)).toEqual(['orphan']);
  expect(await storedHighlights(serviceWorker)).toHaveLength(1);
});

test('text that appears after load is anchored when it arrives', async ({ context, site, serviceWorker }) => {
  const page = await openArticle(context, site.origin);
  await saveWithButton(page);
  // The page removes the paragraph, then puts it back (a lazy-loading article).
  await page.evaluate(() => {
    (window as unknown as { removed: Element }).removed = document.querySelector('#passage') as Element;
    document.querySelector('#passage')?.remove();
  });
  await sendToActiveTab(serviceWorker, 'highlights-changed');
  await expect.poll(() => highlightTexts(page)).toEqual([]);
  await page.evaluate(() => {
    document.querySelector('#after')?.before((window as unknown as { removed: Element }).removed);
  });
  await expect.poll(() => highlightTexts(page)).toEqual([passage]);
});

/**
 * Headless Chromium cannot press a browser-level shortcut or open the native context
 * menu, so these tests send the `save-selection` message from the background, which is
 * what its command and context-menu handlers do (lib/save-selection.ts).
 */
test('the shortcut and the context menu save the selection too (the `save-selection` message)', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await openArticle(context, site.origin);
  await selectText(page, '#passage', passage);
  const reply = await sendToActiveTab<{ saved: boolean }>(serviceWorker, 'save-selection');
  expect(reply.saved).toBe(true);
  await expect.poll(() => highlightTexts(page)).toEqual([passage]);

  await selectText(page, '#after', 'prices of bread and fuel');
  // What the background's context-menu handler calls.
  const viaMenu = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    const [tab] = await chrome.tabs.query({ active: true });
    const reply = (await chrome.tabs.sendMessage(
      tab?.id as number,
      { glosa: 'save-selection', payload: {} },
      { frameId: 0 },
    )) as { ok: boolean; value: { saved: boolean } };
    return reply.value.saved;
  });
  expect(viaMenu).toBe(true);
  await expect
    .poll(async () => (await highlightTexts(page)).sort())
    .toEqual([passage, 'prices of bread and fuel'].sort());
  expect(await storedHighlights(serviceWorker)).toHaveLength(2);
});

async function openEditor(page: Page): Promise<void> {
  const point = await passagePoint(page, passage);
  await page.mouse.click(point.x, point.y);
  await waitForDialog(page, 'Highlight note');
}

test('note editor: a note and tags typed in survive a reload; delete, then Undo, restores the highlight', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await openArticle(context, site.origin);
  await saveWithButton(page);
  await openEditor(page);
  // The linked entity found beside the passage is listed.
  await expect.poll(async () => (await axNodes(page, 'button', 'Unlink Evo Morales')).length).toBe(1);
  await focusControl(page, 'textbox', 'Note');
  await page.keyboard.type('Eleven days, per the residents.');
  await focusControl(page, 'textbox', 'Tags');
  await page.keyboard.type('blockade');
  await page.keyboard.press('Enter');
  await page.keyboard.type('roads,');
  await page.keyboard.type('typo');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace'); // the empty field: removes "typo"
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await expect
    .poll(async () => (await storedHighlights(serviceWorker))[0]?.body)
    .toEqual({
      note: 'Eleven days, per the residents.',
      tags: ['blockade', 'roads'],
      entityIds: ['evo-morales'],
    });

  await page.reload();
  await expect.poll(() => highlightTexts(page)).toEqual([passage]);
  await openEditor(page);
  expect(await onNode<string>(page, 'textbox', 'Note', 'function () { return this.value; }')).toBe(
    'Eleven days, per the residents.',
  );
  expect(await axNodes(page, 'button', 'Remove tag blockade')).toHaveLength(1);
  expect(await axNodes(page, 'button', 'Remove tag roads')).toHaveLength(1);

  await clickControl(page, 'button', 'Delete highlight');
  await expect.poll(() => highlightTexts(page)).toEqual([]);
  await expect.poll(async () => (await storedHighlights(serviceWorker)).length).toBe(0);
  await clickControl(page, 'button', 'Undo');
  await expect.poll(() => highlightTexts(page)).toEqual([passage]);
  await expect
    .poll(async () => (await storedHighlights(serviceWorker))[0]?.body.note)
    .toBe('Eleven days, per the residents.');
});

test('a hostile page finds no note text in its DOM, and forged messages change nothing', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await openArticle(context, site.origin);
  await saveWithButton(page);
  await openEditor(page);
  const secret = 'Confidential source: the mayor’s driver.';
  await focusControl(page, 'textbox', 'Note');
  await page.keyboard.type(secret);
  // While the editor is open and holds the text, the page looks everywhere it can.
  const found = await page.evaluate((needle) => {
    const texts = [document.documentElement.outerHTML];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
          texts.push(element.shadowRoot.innerHTML);
          walk(element.shadowRoot);
        }
      }
    };
    walk(document);
    texts.push(document.body.textContent ?? '');
    return texts.some((text) => text.includes(needle));
  }, secret);
  expect(found).toBe(false);
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await expect.poll(async () => (await storedHighlights(serviceWorker))[0]?.body.note).toBe(secret);

  // The page pretends to be Glosa: window messages and events in every shape Glosa uses.
  await selectText(page, '#after', 'prices of bread');
  await page.evaluate(() => {
    const forged = [
      { glosa: 'save-selection', payload: {} },
      { glosa: 'delete-highlight', payload: {} },
      { glosa: 'highlights-changed', payload: {} },
    ];
    for (const message of forged) {
      window.postMessage(message, '*');
      document.dispatchEvent(new CustomEvent('glosa', { detail: message }));
    }
  });
  // A save that the test does make, so it waits on something that happens after the forgeries.
  await selectText(page, '#plain', 'empty classrooms');
  await sendToActiveTab(serviceWorker, 'save-selection');
  await expect.poll(async () => (await storedHighlights(serviceWorker)).length).toBe(2);
  const quotes = (await storedHighlights(serviceWorker)).map((row) => row.target.selector.quote.exact).sort();
  expect(quotes).toEqual(['empty classrooms', passage].sort());
  expect(
    (await storedHighlights(serviceWorker)).find((row) => row.target.selector.quote.exact === passage)?.body
      .note,
  ).toBe(secret);
});

test('the popup’s “show” scrolls to a highlight and opens its note; an uncertain one says the text changed', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await openArticle(context, site.origin);
  await saveWithButton(page);
  const [stored] = await storedHighlights(serviceWorker);
  const reply = await sendToActiveTab<{ shown: boolean }>(serviceWorker, 'show-highlight', {
    id: stored?.id,
  });
  expect(reply.shown).toBe(true);
  await waitForDialog(page, 'Highlight note');
  expect(await axNodes(page, 'StaticText', 'The text here has changed since you saved it.')).toHaveLength(0);
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);

  // The passage's words changed a little: found only approximately.
  await page.evaluate(() => {
    const element = document.querySelector('#passage') as HTMLElement;
    element.textContent =
      'The blockade of the main highway lasted eleven long days before talks began. Trucks waited.';
  });
  await expect.poll(() => highlightTexts(page, 'glosa-saved-uncertain')).toHaveLength(1);
  await sendToActiveTab(serviceWorker, 'show-highlight', { id: stored?.id });
  await waitForDialog(page, 'Highlight note');
  await expect
    .poll(
      async () => (await axNodes(page, 'StaticText', 'The text here has changed since you saved it.')).length,
    )
    .toBe(1);
});

test('on a site with mentions switched off, highlights are still saved and drawn (the researcher’s own data)', async ({
  context,
  site,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Turn off on').fill('localhost');
  await options.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(options.getByRole('list')).toContainText('localhost');

  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await page.waitForFunction(() => CSS.highlights.has('glosa-saved'));
  await saveWithButton(page);
  await page.reload();
  await expect.poll(() => highlightTexts(page)).toEqual([passage]);
  expect(await page.evaluate(() => CSS.highlights.has('glosa-mention'))).toBe(false);
});

test('the note editor passes an axe-core check (contrast included), in light and dark mode', async ({
  context,
  site,
}) => {
  const page = await openArticle(context, site.origin);
  await saveWithButton(page);
  await openEditor(page);
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await onDialog<{ id: string; help: string; nodes: number }[]>(
      page,
      `async function () {
      // axe cannot enter a closed shadow root: it checks a copy in an open one, same stylesheet.
      const root = this.getRootNode();
      const host = document.createElement('div');
      document.body.append(host);
      const open = host.attachShadow({ mode: 'open' });
      for (const node of root.querySelectorAll('style')) open.append(node.cloneNode(true));
      open.append(this.cloneNode(true));
      const result = await axe.run(host, { resultTypes: ['violations'] });
      host.remove();
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
    }`,
    );
    expect(violations, colorScheme).toEqual([]);
  }
});

test('saved passages are tinted, unlike the mentions’ underline, in light, dark and forced colours', async ({
  context,
  site,
}) => {
  const page = await openArticle(context, site.origin);
  await saveWithButton(page);
  const styles = async () =>
    page.evaluate(() => {
      const saved = getComputedStyle(
        document.querySelector('#passage') as Element,
        '::highlight(glosa-saved)',
      );
      const mention = getComputedStyle(
        document.querySelector('#context') as Element,
        '::highlight(glosa-mention)',
      );
      return {
        saved: saved.backgroundColor,
        savedLine: saved.textDecorationLine,
        mention: mention.backgroundColor,
        mentionLine: mention.textDecorationLine,
      };
    });
  const light = await styles();
  expect(light.saved).not.toBe('rgba(0, 0, 0, 0)');
  expect(light.savedLine).toBe('none');
  expect(light.mention).toBe('rgba(0, 0, 0, 0)');
  expect(light.mentionLine).toBe('underline');
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await styles();
  expect(dark.saved).not.toBe(light.saved);
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  const forced = await styles();
  // Mark, the system colour for marked text.
  expect(forced.saved).not.toBe(light.saved);
  expect(forced.saved).not.toBe('rgba(0, 0, 0, 0)');
});

test('a single-page app’s navigation shows each address its own highlights', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/spa.html`);
  await waitForMention(page, 'Evo Morales');
  await selectText(page, 'main#app p', 'led the country');
  await clickControl(page, 'button', 'Save highlight');
  await expect.poll(() => highlightTexts(page)).toEqual(['led the country']);

  await page.click('#to-b');
  await waitForMention(page, 'Senkata');
  await expect.poll(() => highlightTexts(page)).toEqual([]);

  await page.goBack();
  await waitForMention(page, 'Evo Morales');
  await expect.poll(() => highlightTexts(page)).toEqual(['led the country']);
});

test('keyboard: the shortcut with nothing selected opens the note of the saved passage on screen; Escape gives focus back', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await openArticle(context, site.origin);
  await saveWithButton(page);
  await page.evaluate(() => {
    document.getSelection()?.removeAllRanges();
    const heading = document.querySelector('h1') as HTMLElement;
    heading.tabIndex = -1;
    heading.focus();
  });
  const reply = await sendToActiveTab<{ saved: boolean }>(serviceWorker, 'save-selection');
  expect(reply.saved).toBe(false);
  await waitForDialog(page, 'Highlight note');
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('h1');
  // Selecting inside the saved passage and pressing the shortcut opens it too, saving nothing new.
  await selectText(page, '#passage', 'eleven days');
  expect((await sendToActiveTab<{ saved: boolean }>(serviceWorker, 'save-selection')).saved).toBe(false);
  await waitForDialog(page, 'Highlight note');
  expect(await storedHighlights(serviceWorker)).toHaveLength(1);
});
