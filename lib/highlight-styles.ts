/**
 * The background's half of "no stylesheet until there is something to draw": it inserts
 * Glosa's `::highlight` rules into the frame that asked (`inject-highlight-styles`),
 * through `scripting.insertCSS`, which the page cannot see (the sheet is not in
 * `document.styleSheets`). The content script asks once per document, at its first draw
 * (`entrypoints/content/highlight-styles.ts`); a new document in the same frame asks again,
 * which is why nothing here remembers frames.
 */
import css from './highlight-styles.css?raw';
import type { Response, Sender } from './messages';

/** The part of `browser.scripting` used here, so a test can pass a fake. */
export interface CssInserter {
  insertCSS(injection: {
    target: { tabId: number; frameIds: number[] };
    css: string;
    origin: 'AUTHOR';
  }): Promise<unknown>;
}

export const highlightCss = css;

export function injectHighlightStyles(scripting: CssInserter, styles = highlightCss) {
  return async (_request: unknown, sender: Sender): Promise<Response<'inject-highlight-styles'>> => {
    const tabId = sender.tabId;
    if (tabId === undefined) return { injected: false };
    try {
      await scripting.insertCSS({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        css: styles,
        origin: 'AUTHOR',
      });
      return { injected: true };
    } catch {
      // A frame Glosa may not script (a restricted or already-gone one): no underlines there.
      return { injected: false };
    }
  };
}
