/**
 * What a test can see of Glosa's underlines from the page: the ranges in the
 * `glosa-mention` highlight, as text, in document order.
 */
import type { Frame, Page } from '@playwright/test';

export async function mentionTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const highlight = CSS.highlights.get('glosa-mention');
    if (!highlight) return [];
    const ranges = ([...highlight] as AbstractRange[]).map((stored) => {
      // Glosa stores StaticRanges; a live Range gives text and geometry.
      const range = document.createRange();
      range.setStart(stored.startContainer, stored.startOffset);
      range.setEnd(stored.endContainer, stored.endOffset);
      return range;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  });
}

export async function mentionCount(target: Page | Frame): Promise<number> {
  return target.evaluate(() => CSS.highlights.get('glosa-mention')?.size ?? 0);
}

/** Waits until the highlight holds a range whose text is `text`. */
export async function waitForMention(target: Page | Frame, text: string): Promise<void> {
  await target.waitForFunction(
    (wanted) =>
      ([...(CSS.highlights.get('glosa-mention') ?? [])] as AbstractRange[]).some((stored) => {
        const range = document.createRange();
        range.setStart(stored.startContainer, stored.startOffset);
        range.setEnd(stored.endContainer, stored.endOffset);
        return range.toString() === wanted;
      }),
    text,
  );
}

/** Waits until the number of underlined mentions stops changing for a few frames. */
export async function waitForScanToSettle(target: Page | Frame): Promise<number> {
  return target.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = -1;
        let stableFrames = 0;
        const tick = () => {
          const size = CSS.highlights.get('glosa-mention')?.size ?? 0;
          stableFrames = size === last && size > 0 ? stableFrames + 1 : 0;
          last = size;
          if (stableFrames >= 10) resolve(size);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
}
