/**
 * One text node of 10 MB (issue 12): matched in stretches with the clock read between them,
 * so no task of Glosa's holds the whole node, and every name planted in it is drawn,
 * including those that fall across a stretch's edge. Task lengths are measured by the bench
 * (`npm run bench -- hostile`), not here.
 */
import { hostilePage, hostilePath, plantedNames } from '../../scripts/hostile-pages.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
import { expect, test } from './fixtures';
import { mentionCount, mentionTexts } from './page-helpers';

test('a 10 MB text node is annotated fully', async ({ context }) => {
  // Building and laying out 10 MB of text is the page's own work, slow on a loaded machine.
  test.setTimeout(150_000);
  const huge = hostilePage('huge-text-node');
  const server = await startStaticServer(undefined, 0, new Map([[hostilePath(huge), () => huge.html]]));
  try {
    const page = await context.newPage();
    await page.goto(server.origin + hostilePath(huge), { timeout: 60_000 });
    await expect.poll(() => mentionCount(page), { timeout: 90_000 }).toBe(huge.expected);
    const texts = await mentionTexts(page);
    expect(new Set(texts)).toEqual(new Set(plantedNames));
  } finally {
    await server.close();
  }
});
