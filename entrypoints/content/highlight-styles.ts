/**
 * Asks the background, once per document, to insert Glosa's highlight rules into this
 * frame (`lib/highlight-styles.ts`). Called by whatever draws, at its first draw: a page
 * with no mention and no saved highlight, or a switched-off site without saved
 * highlights, never asks, so it never pays the rules' per-element memory (issue 12).
 *
 * It asks once whatever the answer: a frame the background may not touch (a restricted
 * one) just stays without underlines, and is never asked about again.
 */
import { mentionUnderline } from './mention-underline';

/** Returns a function that calls `send` the first time it runs, and never again. */
export function createStylesRequest(send: () => Promise<unknown>): () => void {
  let asked = false;
  return () => {
    if (asked) return;
    asked = true;
    void send().catch(() => undefined);
  };
}

/** This document's one request: mentions and saved highlights share it; it carries the reader's underline. */
export const requestHighlightStyles = createStylesRequest(() => mentionUnderline.insertRules());
