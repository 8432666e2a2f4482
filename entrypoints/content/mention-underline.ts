/**
 * The reader's underline in this frame. The background inserts the highlight rules at the
 * frame's first draw (`highlight-styles.ts`), with the reader's underline rule after them
 * when it is not the default; a later change of style or colour swaps that rule in place
 * (`restyle-mentions`), so open tabs follow the options page without a reload.
 *
 * Requests go one after another: a swap sent while the first insertion is still on its
 * way would otherwise remove a rule before it exists, and leave two.
 */
import { defaultSettings } from '../../core/settings';
import type { Underline } from '../../core/underline-css';
import { sendToBackground } from '../../lib/messages';

const sameUnderline = (a: Underline | null, b: Underline | null) =>
  a?.underlineStyle === b?.underlineStyle && a?.underlineColour === b?.underlineColour;

/** The default underline needs no rule of its own: the base rules draw it. */
export function ownUnderline(underline: Underline): Underline | null {
  return sameUnderline(underline, defaultSettings) ? null : underline;
}

export function createMentionUnderline(send: typeof sendToBackground) {
  let wanted: Underline | null = null;
  /** The rule the background inserted into this frame; undefined until the rules are asked for. */
  let inserted: Underline | null | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<unknown>) => {
    queue = queue.then(work).catch(() => undefined);
    return queue;
  };
  return {
    /** The first draw's request: the base rules and the wanted underline. */
    insertRules(): Promise<unknown> {
      return enqueue(() => {
        inserted = wanted;
        return send('inject-highlight-styles', wanted ? { underline: wanted } : {});
      });
    },
    /**
     * Follows a settings change; swaps the frame's rule only if the rules are there.
     * Changes that come faster than the background answers end in one swap to the last.
     */
    set(underline: Underline): Promise<unknown> {
      const next = ownUnderline(underline);
      if (sameUnderline(next, wanted)) return queue;
      wanted = next;
      return enqueue(async () => {
        if (inserted === undefined || sameUnderline(inserted, wanted)) return;
        const from = inserted;
        inserted = wanted;
        await send('restyle-mentions', { from, to: wanted });
      });
    },
  };
}

/** This document's underline, shared by mentions and saved highlights' first draw. */
export const mentionUnderline = createMentionUnderline(sendToBackground);
