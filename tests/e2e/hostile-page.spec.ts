/**
 * A page must neither detect Glosa nor switch it off. WXT's own content-script context
 * posted the extension id to the page and stopped when the page echoed its start event;
 * Glosa's context (lib/quiet-content-context.ts) does neither.
 */
import { expect, test } from './fixtures';
import { mentionCount, waitForMention } from './page-helpers';

test('the page hears nothing from Glosa and cannot shut it down with a forged start event', async ({
  context,
  site,
  extensionId,
}) => {
  // Runs in the page's own world before any script: records every window message and
  // every document event whose name the page could have learnt.
  await context.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
  });
  const page = await context.newPage();
  await page.goto(`${site.origin}/dynamic.html`);
  await waitForMention(page, 'Luis Arce');
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(heard.filter((data) => data.includes(extensionId))).toEqual([]);

  const before = await mentionCount(page);
  expect(before).toBeGreaterThan(0);
  // What a hostile page would send to stop WXT's context, had it learnt the id.
  await page.evaluate((id) => {
    for (const name of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
      document.dispatchEvent(
        new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
      );
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
    }
  }, extensionId);

  // Glosa still annotates text added afterwards, and kept what it had drawn.
  await page.getByRole('button', { name: 'Load more' }).click();
  await waitForMention(page, 'Carlos Mesa');
  await expect.poll(() => mentionCount(page)).toBe(before + 2);
});
