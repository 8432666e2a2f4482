/**
 * The W3C Web Annotation selectors Glosa stores for a saved passage, and what anchoring
 * one on a page can give back. Pure data: the content script, the database and the
 * export formats all share these shapes.
 *
 * Offsets count UTF-16 code units in the page-text model's text (see
 * `entrypoints/content/page-text.ts`): all readable text of the document, in order.
 */
import { z } from 'zod/mini';
import { contextLength, maxQuoteLength } from './limits';

export { contextLength, maxQuoteLength };

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1), z.maxLength(maxQuoteLength)),
  prefix: z.string().check(z.maxLength(contextLength)),
  suffix: z.string().check(z.maxLength(contextLength)),
});

export const textPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
});

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** Both selectors of one passage: `describe()` gives them, `anchor()` reads them. */
export const passageSelectorsSchema = z.object({
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
});
export type PassageSelectors = z.infer<typeof passageSelectorsSchema>;

/**
 * Where a saved passage is on the page now:
 * - `anchored`: the stored position or the exact quote, with its context;
 * - `uncertain`: only a fuzzy match scored above the length-dependent threshold; the
 *   text there differs from what was saved, and the UI must say so;
 * - `orphan`: not found. Never deleted, never guessed.
 */
export type AnchorState = 'anchored' | 'uncertain' | 'orphan';
export const anchorStateSchema = z.enum(['anchored', 'uncertain', 'orphan']);

export type AnchorResult =
  | { state: 'anchored' | 'uncertain'; start: number; end: number; score: number }
  | { state: 'orphan' };
