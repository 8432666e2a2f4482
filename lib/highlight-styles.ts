/**
 * The background's half of "no stylesheet until there is something to draw": it inserts
 * Glosa's `::highlight` rules into the frame that asked (`inject-highlight-styles`),
 * through `scripting.insertCSS`, which the page cannot see (the sheet is not in
 * `document.styleSheets`). The content script asks once per document, at its first draw
 * (`entrypoints/content/highlight-styles.ts`); a new document in the same frame asks again,
 * which is why nothing here remembers frames. When the frame stops drawing (its site
 * switched off or paused, and no saved highlight), it asks for them to be taken out
 * again (`remove-highlight-styles`), with the same text and origin they went in with:
 * `removeCSS` takes out one sheet inserted with exactly that text. The reader's underline
 * rule travels in the same sheet (`highlightSheet`).
 */
import { type Underline, underlineCss } from '../core/underline-css';
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

/**
 * The one sheet a frame gets: the base rules, then the reader's underline rule when it is
 * not the default (after them, so it wins over their style and colour). One sheet, not
 * two, because each `insertCSS` of `::highlight` rules makes Chromium recalculate the
 * style of every element of the page: on a page of 1,000,000 text nodes the base rules and
 * an underline rule cost 5.2-6.8 s of style recalc as two sheets, 2.0-2.3 s as one (and
 * 3.6-5.2 s as one with the underline rule on every element, `::highlight` instead of
 * `html::highlight`; lib/highlight-styles.css has the others). Removal and the underline
 * swap name this same text, as `removeCSS` needs.
 */
export function highlightSheet(underline?: Underline | null, styles = highlightCss): string {
  return underline ? styles + underlineCss(underline) : styles;
}

export function injectHighlightStyles(scripting: CssInserter, styles = highlightCss) {
  return async (
    request: Request<'inject-highlight-styles'>,
    sender: Sender,
  ): Promise<Response<'inject-highlight-styles'>> => {
    const tabId = sender.tabId;
    if (tabId === undefined) return { injected: false };
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    try {
      await scripting.insertCSS({ target, css: highlightSheet(request.underline, styles), origin: 'AUTHOR' });
      return { injected: true };
    } catch {
      // A frame Glosa may not script (a restricted or already-gone one): no underlines there.
      return { injected: false };
    }
  };
}

/**
 * Takes the sheet `inject-highlight-styles` inserted back out of the sender's frame, named
 * by the underline it went in with. `removed: false` means the rules may still be there
 * (the frame could not be reached), so the content script keeps counting them as inserted.
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
      await scripting.removeCSS({ target, css: highlightSheet(request.underline, styles), origin: 'AUTHOR' });
      return { removed: true };
    } catch {
      return { removed: false };
    }
  };
}

/**
 * Swaps the sender frame's sheet for one with the new underline: the new one in first, then
 * the old one out, so the underlines never go without rules in between. Nothing here
 * remembers frames (a service worker forgets); the content script says which rule it has.
 */
export function restyleMentions(scripting: CssInserter & CssRemover, styles = highlightCss) {
  return async (
    request: Request<'restyle-mentions'>,
    sender: Sender,
  ): Promise<Response<'restyle-mentions'>> => {
    const tabId = sender.tabId;
    if (tabId === undefined) return { restyled: false };
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    const from = highlightSheet(request.from, styles);
    const to = highlightSheet(request.to, styles);
    if (from === to) return { restyled: true };
    try {
      await scripting.insertCSS({ target, css: to, origin: 'AUTHOR' });
      await scripting.removeCSS({ target, css: from, origin: 'AUTHOR' });
      return { restyled: true };
    } catch {
      return { restyled: false };
    }
  };
}
