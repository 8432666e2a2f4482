/**
 * The popover, as a reader meets it: hover, click, keyboard; what it says and who it
 * says said it; and that a hostile page cannot distort it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { localiseAccount, localiseName, localiseQuestion } from '../../core/localise';
import type {
  Account,
  BilingualAccount,
  BilingualEntity,
  BilingualQuestion,
  Source,
} from '../../core/schema';
import { mentionRect } from '../../scripts/mention-probe.ts';
import { competingLayout } from '../../scripts/popover-probe.ts';
import { expect, test } from './fixtures';
import { mentionTexts, waitForMention } from './page-helpers';
import {
  clickMention,
  dialogNames,
  mentionPoint,
  onDialog,
  onOwnUi,
  pressFocusShortcut,
  waitForDialog,
  waitForNoDialog,
} from './popover-helpers';

const article = '/left-on-the-move-coup.html';
const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

test('resting the pointer on a mention opens its popover; a quick pass opens nothing', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await waitForMention(page, 'Senkata');

  // Sweep across "Senkata" without stopping, then rest on "Jeanine Áñez".
  const passed = await mentionPoint(page, 'Senkata');
  await page.mouse.move(passed.x - 60, passed.y + 2);
  await page.mouse.move(passed.x + 60, passed.y + 2, { steps: 4 });
  await page.mouse.move(5, 5);
  const rest = await mentionPoint(page, 'Jeanine Áñez');
  await page.mouse.move(rest.x, rest.y);
  const seen = new Set<string>();
  await expect
    .poll(async () => {
      for (const name of await dialogNames(page)) seen.add(name);
      return [...seen];
    })
    .toContain('Jeanine Áñez');
  expect([...seen]).toEqual(['Jeanine Áñez']);

  // Leaving both the mention and the popover closes it after the grace period.
  await page.mouse.move(5, 5);
  await waitForNoDialog(page);
});

test('a mention inside a web component opens on click and on hover', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/web-components.html`);
  await clickMention(page, 'Senkata');
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await page.mouse.move(5, 5);
  const rest = await mentionPoint(page, 'Jeanine Áñez');
  await page.mouse.move(rest.x, rest.y);
  await waitForDialog(page, 'Jeanine Áñez');
});

test('keyboard: mentions inside web components come in reading order, and open with Enter', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/web-components.html`);
  await waitForMention(page, 'Carlos Mesa');
  await pressFocusShortcut(serviceWorker);
  await expect.poll(() => focusedName(page)).toMatch(/^Luis Arce, mention 1 of 5\./);
  for (const expected of [
    /^Evo Morales, mention 2 of 5\./,
    /^Senkata, mention 3 of 5\./,
    /^Jeanine Áñez, mention 4 of 5\./,
  ]) {
    await page.keyboard.press('n');
    await expect.poll(() => focusedName(page)).toMatch(expected);
  }
  await page.keyboard.press('Enter');
  await waitForDialog(page, 'Jeanine Áñez');
});

test('a click opens the popover at once, with the matched words shown', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await clickMention(page, 'Decree No. 4,078', 'Supreme Decree 4078');
  const text = await onDialog<string>(page, 'function () { return this.innerText; }');
  expect(text).toContain('‘Decree No. 4,078’');
  expect(text).toContain('The bundled sources give only one position on this question.');
  // Escape closes it.
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
});

const senkataKillings = localiseName(
  readJson<BilingualEntity>('data/entities/senkata-killings.json').name,
  'en',
);

/** What the popover says of how a quote reaches the reader (issue 9), in English. */
function framingOf(account: Account, outlet: string): string {
  if (account.voice === 'own') return `in their own words, writing in ${outlet}`;
  const how = account.voice === 'quote' ? `quoted by ${outlet}` : `paraphrased by ${outlet}`;
  const stance = {
    endorses: 'which endorses it',
    disputes: 'which disputes it',
    neutral: 'which takes no side',
  }[account.stance];
  return `${how}, ${stance}`;
}

test('every quote is attributed: speaker, outlet, framing, date and a Source link when known', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await clickMention(page, 'Senkata massacre', senkataKillings);

  const view = await onDialog<{
    headings: string[];
    quotes: { quote: string; after: string }[];
    notes: string;
    links: string[];
  }>(
    page,
    `async function () {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // Choose every position in turn and expand its "Show N more", so each quote is on screen once.
      const quotes = [];
      const notes = [];
      const tabs = [...this.querySelectorAll('[role="tab"]')];
      for (const tab of [null, ...tabs]) {
        if (tab) tab.click();
        await frame();
        for (const more of [...this.querySelectorAll('button')].filter((b) => /^Show \\d+ more/.test(b.textContent))) {
          if (more.checkVisibility()) more.click();
        }
        await frame();
        // "Pedro Fuentes et al." names every author on request.
        for (const names of this.querySelectorAll('button.et-al[aria-expanded="false"]')) names.click();
        await frame();
        for (const q of this.querySelectorAll('blockquote')) {
          if (!q.checkVisibility()) continue;
          quotes.push({ quote: q.textContent.trim(), after: q.closest('figure').innerText });
        }
        notes.push(this.innerText);
      }
      return {
        headings: [...this.querySelectorAll('h2, h3, h4')].map((h) => h.textContent.trim()),
        quotes,
        notes: notes.join('\\n'),
        links: [...this.querySelectorAll('a[href]')].map((a) => a.textContent.trim() + ' ' + a.href),
      };
    }`,
  );
  expect(view.headings.some((heading) => heading.startsWith('Context'))).toBe(true);
  expect(view.headings.some((heading) => heading.startsWith('Competing accounts'))).toBe(true);
  const question = localiseQuestion(readJson<BilingualQuestion>('data/questions/senkata-deaths.json'), 'en');
  expect(view.headings).toContain(question.text);

  const sources = Object.fromEntries(
    [
      'left-on-the-move-coup-2019',
      'morning-star-coup-2019',
      'grayzone-chapare-2019',
      'vision360-llallagua-2025',
    ].map((id) => [id, readJson<Source>(`data/sources/${id}.json`)]),
  );
  const accounts = Object.keys(sources).flatMap((id) =>
    readJson<BilingualAccount[]>(`data/accounts/${id}.json`).map((account) => localiseAccount(account, 'en')),
  );
  const answering = accounts.filter((account) =>
    account.answers?.some((answer) => answer.question === question.id),
  );
  expect(answering.length).toBeGreaterThanOrEqual(2);
  for (const account of answering) {
    const shown = view.quotes.find((entry) => entry.quote.includes(account.quote.slice(0, 60)));
    expect(shown, `quote ${account.id} is shown`).toBeTruthy();
    const source = sources[account.source] as Source;
    expect(shown?.after).toContain(account.speaker.name);
    expect(shown?.after).toContain(source.outlet);
    expect(shown?.after, `framing of ${account.id}`).toContain(framingOf(account, source.outlet));
  }
  // The government's account of the weapons reaches readers only through its critics, and the popover says so.
  expect(view.notes).toContain('The bundled sources give this position only as reported by its critics.');
  // Left on the Move's address is known, so its quotes link to it.
  expect(
    view.links.some((link) => link.startsWith('Source ↗') && link.includes('portaldelaizquierda.com')),
  ).toBe(true);
});

test('a bare place name opens the place, which lists its events; the event’s own name opens the event', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await clickMention(page, 'Senkata');
  const place = await onDialog<string>(page, 'function () { return this.innerText; }');
  expect(place).toContain('Related');
  expect(place).toContain(senkataKillings);
  expect(place).toMatch(/Dataset v\d+\.\d+\.\d+, as of .*\d{4}/);
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await clickMention(page, 'Senkata massacre', senkataKillings);
});

test('keyboard: shortcut to the first mention, next, Enter, Escape back to the cursor and out', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/inline-boundaries.html`);
  await waitForMention(page, 'Jeanine Áñez');
  // Focus something on the page first: focus must come back to it at the end.
  await page.evaluate(() => {
    const link = document.querySelector('a[href]') as HTMLElement;
    link.focus();
  });
  const before = await page.evaluate(() => document.activeElement?.outerHTML);

  await pressFocusShortcut(serviceWorker);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('GLOSA-PAGE-UI');
  await expect.poll(() => focusedName(page)).toMatch(/^Evo Morales, mention 1 of \d+/);

  // Dataset 1.1.0 knows La Paz, named between the two.
  await page.keyboard.press('n');
  await expect.poll(() => focusedName(page)).toMatch(/^La Paz, mention 2 of \d+/);
  await page.keyboard.press('n');
  await expect.poll(() => focusedName(page)).toMatch(/^Jeanine Áñez, mention 3 of \d+/);
  await page.keyboard.press('Enter');
  await waitForDialog(page, 'Jeanine Áñez');
  await expect.poll(() => focusedRole(page)).toBe('dialog');

  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await expect.poll(() => focusedName(page)).toMatch(/^Jeanine Áñez, mention 3 of/);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
});

test('keyboard: a key hint at first, E to the next other name, Tab on through the page', async ({
  context,
  site,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/inline-boundaries.html`);
  await waitForMention(page, 'Jeanine Áñez');
  await pressFocusShortcut(serviceWorker);
  await expect.poll(() => focusedName(page)).toMatch(/^Evo Morales, mention 1 of \d+/);
  const hint = () =>
    onOwnUi<string>(page, '.hint', 'function () { return this.hidden ? "" : this.textContent; }');
  await expect.poll(hint).toContain('E next name');
  // E skips to the next mention of another entity; the hint has done its job.
  await page.keyboard.press('e');
  await expect.poll(() => focusedName(page)).toMatch(/^La Paz, mention 2 of \d+/);
  await expect.poll(hint).toBe('');
  await page.keyboard.press('Shift+E');
  await expect.poll(() => focusedName(page)).toMatch(/^Evo Morales, mention 1 of \d+/);
  // Without a popover, Tab leaves keyboard mode for the page's next focusable element after the mention.
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('GLOSA-PAGE-UI');
  const next = await page.evaluate(() => document.activeElement?.outerHTML ?? '');
  expect(next).toMatch(/^<(a|button|input)/);
});

test('keyboard: Tab from the cursor goes into the open popover', async ({ context, site, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/inline-boundaries.html`);
  await waitForMention(page, 'Jeanine Áñez');
  await pressFocusShortcut(serviceWorker);
  await expect.poll(() => focusedName(page)).toMatch(/^Evo Morales, mention 1 of \d+/);
  // A hover opens the popover without taking focus; Tab then moves into it.
  const point = await mentionPoint(page, 'Evo Morales');
  await page.mouse.move(point.x, point.y);
  await waitForDialog(page, 'Evo Morales');
  await expect.poll(() => focusedName(page)).toMatch(/^Evo Morales, mention 1 of/);
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedRole(page)).toBe('dialog');
});

test('a hostile page stylesheet does not distort the popover', async ({ context, site }) => {
  const measure = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await clickMention(page, 'Senkata');
    const sizes = await onDialog<Record<string, string | number>>(
      page,
      `function () {
        const heading = this.querySelector('h2');
        const style = getComputedStyle(this);
        const headingStyle = getComputedStyle(heading);
        const rect = this.getBoundingClientRect();
        return {
          width: Math.round(rect.width),
          height: Math.round(rect.height),
          display: style.display,
          fontSize: style.fontSize,
          color: style.color,
          headingSize: headingStyle.fontSize,
          headingColor: headingStyle.color,
          fontFamily: style.fontFamily,
        };
      }`,
    );
    await page.close();
    return sizes;
  };
  const plain = await measure('/dark.html');
  // The popover's styles stay in its shadow root: the page looks the same with it open.
  const page = await context.newPage();
  await page.goto(`${site.origin}/dark.html`);
  const pageStyle = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('p') as Element);
      return [
        style.color,
        style.fontSize,
        style.fontFamily,
        style.lineHeight,
        getComputedStyle(document.body).backgroundColor,
      ];
    });
  await waitForMention(page, 'Senkata');
  const before = await pageStyle();
  await clickMention(page, 'Senkata');
  expect(await pageStyle()).toEqual(before);
  await page.close();
  const hostile = await measure('/hostile-css.html');
  expect(hostile.display).not.toBe('none');
  expect(hostile.width).toBe(plain.width);
  expect(hostile.fontSize).toBe(plain.fontSize);
  expect(hostile.headingSize).toBe(plain.headingSize);
  expect(hostile.fontFamily).toBe(plain.fontFamily);
  expect(hostile.color).not.toBe('rgb(255, 0, 0)');
});

test('the open popover passes an axe-core check (contrast included), in light and dark mode', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await clickMention(page, 'Senkata');
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const backgrounds = new Set<string>();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    backgrounds.add(
      await onDialog<string>(page, 'function () { return getComputedStyle(this).backgroundColor; }'),
    );
    const violations = await onDialog<{ id: string; help: string; nodes: number }[]>(
      page,
      `async function () {
      // axe cannot enter a closed shadow root from the document, so it is given a copy of
      // the popover in an open one, with the same stylesheet.
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
  // Dark mode really is another palette.
  expect(backgrounds.size).toBe(2);
});

test.describe('in a Spanish browser', () => {
  test.use({ uiLanguage: 'es' });

  test('the popover speaks Spanish and quotes stay in their language', async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}${article}`);
    // The popover is named by the entity's Spanish name.
    const name = localiseName(readJson<BilingualEntity>('data/entities/senkata-killings.json').name, 'es');
    await clickMention(page, 'Senkata massacre', name);
    const text = await onDialog<string>(page, 'function () { return this.innerText; }');
    expect(text).toMatch(/Contexto/i);
    // How each quote reaches the reader, and the note on a position only its critics report, in Spanish.
    expect(text).toContain('con sus propias palabras, en Left on the Move');
    // The government's position, reported only by its critics, is the second tab.
    expect(text).toContain('solo a través de sus críticos');
    await onDialog(page, `function () { this.querySelectorAll('[role="tab"]')[1].click(); }`);
    const critics = await onDialog<string>(page, 'function () { return this.innerText; }');
    expect(critics).toContain('parafraseado por Left on the Move, que lo rebate');
    expect(critics).toContain(
      'Las fuentes incluidas solo recogen esta postura a través de quienes la critican.',
    );
    expect(text).toMatch(/Datos v\d+\.\d+\.\d+, al \d{1,2} de \w+ de \d{4}/);
    expect(text).toMatch(/Versiones enfrentadas/i);
    expect(text).toContain(`No enlazar «${name}» en esta página`);
    // The quotes are not translated; dates follow the interface's language.
    expect(text).toContain('Ten were murdered in the Senkata massacre.');
    expect(text).toContain('diciembre de 2019');
  });
});

/** The accessible node that has focus (the deepest one: the page itself also reports focus). */
async function focusedNode(page: import('@playwright/test').Page): Promise<{ name: string; role: string }> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: {
      name?: { value?: string };
      role?: { value?: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  await session.detach();
  const focused = nodes.filter((node) =>
    node.properties?.some((property) => property.name === 'focused' && property.value.value === true),
  );
  const node = focused.find((candidate) => candidate.role?.value !== 'RootWebArea') ?? focused[0];
  return { name: String(node?.name?.value ?? ''), role: String(node?.role?.value ?? '') };
}

async function focusedName(page: import('@playwright/test').Page): Promise<string> {
  return (await focusedNode(page)).name;
}

async function focusedRole(page: import('@playwright/test').Page): Promise<string> {
  return (await focusedNode(page)).role;
}

test('the popover stays inside the viewport near its edges and follows scrolling', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${site.origin}${article}`);
  await waitForMention(page, 'Senkata');
  // Put the mention near the bottom edge: the popover must flip above it or shrink.
  const rect = await mentionRect(page, 'Senkata', { place: 'bottom' });
  if (!rect) throw new Error('no underlined mention "Senkata"');
  const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  await page.mouse.click(point.x, point.y);
  await waitForDialog(page, 'Senkata');
  const inside = () =>
    onDialog<boolean>(
      page,
      `function () {
        const r = this.getBoundingClientRect();
        return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 100;
      }`,
    );
  await expect.poll(inside).toBe(true);
  // Scrolling moves the popover with its mention.
  const before = await onDialog<number>(page, 'function () { return this.getBoundingClientRect().top; }');
  await page.mouse.wheel(0, 120);
  await expect
    .poll(() => onDialog<number>(page, 'function () { return this.getBoundingClientRect().top; }'))
    .toBeLessThan(before - 60);
});

test('“Don’t link ‘Senkata’ on this page” removes its underlines, and Undo brings them back', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await clickMention(page, 'Senkata');
  const clickButton = (label: string) =>
    onDialog(
      page,
      `function (label) { [...this.querySelectorAll('button')].find((b) => b.textContent === label).click(); }`,
      label,
    );
  await clickButton('Don’t link ‘Senkata’ on this page');
  await expect.poll(() => mentionTexts(page)).not.toContain('Senkata');
  expect(await mentionTexts(page)).toContain('Jeanine Áñez');
  // The popover stays, says what happened and offers the undo.
  await expect
    .poll(() => onDialog<string>(page, 'function () { return this.innerText; }'))
    .toContain('‘Senkata’ is no longer linked on this page.');
  await clickButton('Undo');
  await expect.poll(() => mentionTexts(page)).toContain('Senkata');
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
});

/** The three entities issue 10 measures, on the fixture pages that name them. */
const showcase = [
  { path: article, mention: 'Evo Morales', name: 'Evo Morales' },
  { path: '/vision360-llallagua.html', mention: 'Little Mexico', name: 'Little Mexico' },
  { path: article, mention: 'Senkata massacre', name: senkataKillings },
];

for (const entity of showcase) {
  test(`${entity.name}: the first competing position is in view without scrolling, and no quote shows twice`, async ({
    context,
    site,
  }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}${entity.path}`);
    await clickMention(page, entity.mention, entity.name);
    // A 400 × 480 popover, as issue 10 asks.
    const layout = await competingLayout(page, 480);
    expect(layout.firstPositionTop).not.toBeNull();
    expect(layout.scrollNeeded).toBe(0);
    expect(layout.quotes.length).toBeGreaterThan(1);
    expect(layout.quotes.length).toBe(new Set(layout.quotes).size);
  });
}

test('the mention under the pointer and the one whose popover is open are marked', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await waitForMention(page, 'Senkata');
  const marked = (name: string) =>
    page.evaluate(
      (highlight) =>
        [...(CSS.highlights.get(highlight) ?? [])].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        }),
      name,
    );
  const point = await mentionPoint(page, 'Senkata');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => marked('glosa-mention-hover')).toEqual(['Senkata']);
  await page.mouse.click(point.x, point.y);
  await waitForDialog(page, 'Senkata');
  await expect.poll(() => marked('glosa-mention-open')).toEqual(['Senkata']);
  await page.mouse.move(5, 5);
  await expect.poll(() => marked('glosa-mention-hover')).toEqual([]);
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await expect.poll(() => marked('glosa-mention-open')).toEqual([]);
});

test('“More in the dataset browser” opens the entity in the atlas', async ({
  context,
  site,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await clickMention(page, 'Senkata');
  const opened = context.waitForEvent('page');
  await onDialog(
    page,
    `function () { [...this.querySelectorAll('button')].find((b) => b.textContent.startsWith('More in the dataset browser')).click(); }`,
  );
  const atlas = await opened;
  await atlas.waitForURL(`chrome-extension://${extensionId}/atlas.html#**`);
  expect(atlas.url()).toContain('senkata');
});

test('only one popover is open at a time', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await clickMention(page, 'Senkata');
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await clickMention(page, 'Sacaba');
  // Opening another replaces it.
  await clickMention(page, 'Camacho', 'Luis Fernando Camacho');
});

test('a mention inside a link opens on hover (a click is left to the link)', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await waitForMention(page, 'Jeanine Áñez');
  const point = await mentionPoint(page, 'Jeanine Áñez');
  await page.mouse.move(point.x, point.y);
  await waitForDialog(page, 'Jeanine Áñez');
});

test.describe('on a touch screen', () => {
  test.use({ touch: true });

  test('a tap opens the popover', async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}${article}`);
    await waitForMention(page, 'Senkata');
    const point = await mentionPoint(page, 'Senkata');
    await page.touchscreen.tap(point.x, point.y);
    await waitForDialog(page, 'Senkata');
  });

  test('every control of the popover is at least 44 px tall', async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}${article}`);
    await waitForMention(page, 'Senkata massacre');
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const point = await mentionPoint(page, 'Senkata massacre');
    await page.touchscreen.tap(point.x, point.y);
    await waitForDialog(page, senkataKillings);
    const small = await onDialog<string[]>(
      page,
      `function () {
        return [...this.querySelectorAll('button, a[href]')]
          .filter((control) => control.checkVisibility())
          .filter((control) => control.getBoundingClientRect().height < 44)
          .map((control) => control.textContent);
      }`,
    );
    expect(small).toEqual([]);
  });
});

test('Glosa makes no network request of its own: only the page’s and the extension’s files load', async ({
  context,
  site,
}) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();
  await page.goto(`${site.origin}${article}`);
  await clickMention(page, 'Senkata');
  await page.keyboard.press('Escape');
  await clickMention(page, 'Sacaba');
  const foreign = requested.filter(
    (url) => !url.startsWith(site.origin) && !url.startsWith('chrome-extension://'),
  );
  expect(foreign).toEqual([]);
  expect(requested.some((url) => url.startsWith(site.origin))).toBe(true);
});
