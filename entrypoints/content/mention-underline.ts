/**
 * This frame's highlight rules as the background holds them: the base rules and the
 * reader's underline rule after them when it is not the default. They go in at the
 * frame's first draw and come out when it stops drawing (`highlight-styles.ts` decides
 * when); a later change of underline style or colour swaps the rule in place
 * (`restyle-mentions`), so open tabs follow the options page without a reload.
 *
 * Requests go one after another: a swap or a removal sent while the insertion is still on
 * its way would otherwise act on rules that are not there yet, and leave two.
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
  /** The underline rule the frame has; undefined while it has no rules at all. */
  let inserted: Underline | null | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<unknown>) => {
    queue = queue.then(work).catch(() => undefined);
    return queue;
  };
  return {
    /**
     * The base rules and the wanted underline, unless the frame has them. A refused
     * insertion leaves the frame without rules, so a later removal sends nothing and a
     * later insertion asks again.
     */
    insertRules(): Promise<unknown> {
      return enqueue(async () => {
        if (inserted !== undefined) return;
        inserted = wanted;
        try {
          const { injected } = await send('inject-highlight-styles', wanted ? { underline: wanted } : {});
          if (!injected) inserted = undefined;
        } catch {
          inserted = undefined;
        }
      });
    },
    /**
     * Takes the rules out again, with the underline rule the frame has. If the background
     * could not, they may still be there: the frame keeps counting them, so a later
     * insertion does not add a second copy and a later removal tries again.
     */
    removeRules(): Promise<unknown> {
      return enqueue(async () => {
        if (inserted === undefined) return;
        const underline = inserted;
        const { removed } = await send('remove-highlight-styles', underline ? { underline } : {});
        if (removed) inserted = undefined;
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

/** This document's rules, shared by mentions and saved highlights. */
export const mentionUnderline = createMentionUnderline(sendToBackground);
