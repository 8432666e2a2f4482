/**
 * Whether this frame needs Glosa's highlight rules, and asking the background to insert
 * or remove them (`lib/highlight-styles.ts`). Each feature that draws says so at its draws
 * (`drawn`) and says when it has stopped (`cleared`): the rules go in at the first draw
 * and come out once no feature draws any more. So a page with no mention and no saved
 * highlight never asks, and a site switched off or paused while open stops paying the
 * rules' per-element memory, unless the researcher's saved highlights are drawn there
 * (issue 12).
 *
 * While features draw, the frame asks once whatever the answer: a frame the background may
 * not touch (a restricted one) stays without underlines and is not asked about at every
 * draw. Once every feature has stopped, the next draw asks again, refused before or not.
 */
import { mentionUnderline } from './mention-underline';

/** The features that draw with these rules. */
export type StylesUser = 'mentions' | 'saved-highlights';

export interface HighlightRules {
  insertRules(): Promise<unknown>;
  removeRules(): Promise<unknown>;
}

export interface HighlightStyles {
  /** `user` drew something: the rules go in unless they were asked for already. */
  drawn(user: StylesUser): void;
  /** `user` draws nothing any more: when no one draws, the rules come out. */
  cleared(user: StylesUser): void;
}

export function createHighlightStyles(rules: HighlightRules): HighlightStyles {
  const drawing = new Set<StylesUser>();
  let asked = false;
  return {
    drawn(user) {
      drawing.add(user);
      if (asked) return;
      asked = true;
      void rules.insertRules().catch(() => undefined);
    },
    cleared(user) {
      if (!drawing.delete(user) || drawing.size > 0) return;
      asked = false;
      void rules.removeRules().catch(() => undefined);
    },
  };
}

/** This document's rules: mentions and saved highlights share them; they carry the reader's underline. */
export const highlightStyles = createHighlightStyles(mentionUnderline);
