/**
 * What a test can see of Glosa's underlines from the page: the mentions in the
 * `glosa-mention` highlight (scripts/mention-probe.ts), and how many there are.
 */
import type { Frame, Page } from '@playwright/test';

export { mentionTexts, waitForMention } from '../../scripts/mention-probe.ts';

export async function mentionCount(target: Page | Frame): Promise<number> {
  return target.evaluate(() => CSS.highlights.get('glosa-mention')?.size ?? 0);
}
