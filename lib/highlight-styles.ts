/**
 * The background's half of "no stylesheet until there is something to draw": it inserts
 * Glosa's `::highlight` rules into the frame that asked (`inject-highlight-styles`),
 * through `scripting.insertCSS`, which the page cannot see (the sheet is not in
 * `document.styleSheets`). The content script asks once per document, at its first draw
 * (`entrypoints/content/highlight-styles.ts`); a new document in the same frame asks again,
 * which is why nothing here remembers frames. When the frame stops drawing (its site
 * switched off or paused, and no saved highlight), it asks for them to be taken out
 * again (`remove-highlight-styles`), with the same text and origin they went in with:
 * `removeCSS` takes out one sheet inserted with exactly that text.
 */
import { underlineCss } from '../core/underline-css';
import css from './highlight-styles.css?raw';
import type { Request, Response, Sender } from './messages';

/** The part of `browser.scripting` used here, so a test can pass a fake. */
export interface CssInserter {
  insertCSS(injection: {
    target: { tabId: number; frameIds: number[] };
    css: string;
    origin: 'AUTHOR';
  }): Promise<unknown>;
}

/** And its way back out, for the reader's underline rule (`restyle-mentions`). */
export interface CssRemover {
  removeCSS(injection: {
    target: { tabId: number; frameIds: number[] };
    css: string;
    origin: 'AUTHOR';
  }): Promise<unknown>;
}

export const highlightCss = css;

export function injectHighlightStyles(scripting: CssInserter, styles = highlightCss) {
  return async (
    request: Request<'inject-highlight-styles'>,
    sender: Sender,
  ): Promise<Response<'inject-highlight-styles'>> => {
    const tabId = sender.tabId;
    if (tabId === undefined) return { injected: false };
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    try {
      await scripting.insertCSS({ target, css: styles, origin: 'AUTHOR' });
      // After the base rules, so it wins over their style and colour.
      if (request.underline) {
        await scripting.insertCSS({ target, css: underlineCss(request.underline), origin: 'AUTHOR' });
      }
      return { injected: true };
    } catch {
      // A frame Glosa may not script (a restricted or already-gone one): no underlines there.
      return { injected: false };
    }
  };
}

/**
 * Takes the rules `inject-highlight-styles` inserted back out of the sender's frame: the
 * reader's underline rule first (it went in last), then the base rules. `removed: false`
 * means the rules may still be there (the frame could not be reached), so the content
 * script keeps counting them as inserted.
 */
export function removeHighlightStyles(scripting: CssRemover, styles = highlightCss) {
  return async (
    request: Request<'remove-highlight-styles'>,
    sender: Sender,
  ): Promise<Response<'remove-highlight-styles'>> => {
    const tabId = sender.tabId;
    if (tabId === undefined) return { removed: false };
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    try {
      if (request.underline) {
        await scripting.removeCSS({ target, css: underlineCss(request.underline), origin: 'AUTHOR' });
      }
      await scripting.removeCSS({ target, css: styles, origin: 'AUTHOR' });
      return { removed: true };
    } catch {
      return { removed: false };
    }
  };
}

/**
 * Swaps the sender frame's underline rule: the old one out, the new one in. Nothing here
 * remembers frames (a service worker forgets); the content script says which rule it has.
 */
export function restyleMentions(scripting: CssInserter & CssRemover) {
  return async (
    request: Request<'restyle-mentions'>,
    sender: Sender,
  ): Promise<Response<'restyle-mentions'>> => {
    const tabId = sender.tabId;
    if (tabId === undefined) return { restyled: false };
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    try {
      if (request.from)
        await scripting.removeCSS({ target, css: underlineCss(request.from), origin: 'AUTHOR' });
      if (request.to) await scripting.insertCSS({ target, css: underlineCss(request.to), origin: 'AUTHOR' });
      return { restyled: true };
    } catch {
      return { restyled: false };
    }
  };
}
