/**
 * Glosa's one element in the page, added only when some UI is first needed: a closed
 * shadow root (WXT createShadowRootUi) with named layers, so the features share one
 * host, one reset and one UI bundle:
 * - `popover`: the mention popover's container (React, page-ui bundle);
 * - `cursor`: the focusable box that marks the current mention in keyboard mode;
 * - `selection`: the "Save highlight" button and its error (plain DOM: no React needed);
 * - `editor`: the saved highlight's note editor (React, page-ui bundle);
 * - `hint`: the keyboard cursor's one-line key hint, shown the first time it appears.
 * Placement is @floating-ui/dom's: flip and shift near the viewport's edges, follow
 * scrolling and resizing. The page cannot see into the closed root, so nothing typed
 * into these layers (a note) is ever in the page's DOM.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { type ContentScriptContext, createShadowRootUi, type ShadowRootContentScriptUi } from '#imports';
import { liveRange } from '../ranges';
import { ownUiAttribute } from '../text-blocks';

const hostCss = `
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
.floating { position: fixed; top: 0; left: 0; display: block; }
.cursor {
  position: fixed; display: block; box-sizing: border-box; pointer-events: none;
  border: 2px solid #0b57d0; border-radius: 3px; background: rgba(11, 87, 208, 0.08);
}
.cursor:focus { outline: 2px solid #ffffff; outline-offset: 0px; }
.selection {
  all: initial; position: fixed; top: 0; left: 0; display: flex; flex-direction: column;
  align-items: flex-start; gap: 4px; font: 400 13px/18px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.save {
  all: initial; box-sizing: border-box; display: inline-block; cursor: pointer;
  padding: 5px 10px; border: 1px solid #0b57d0; border-radius: 6px; background: #0b57d0; color: #ffffff;
  font: 600 13px/18px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
}
.save:hover { background: #0842a0; }
.save:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.save[aria-disabled='true'] { opacity: 0.7; cursor: progress; }
.error {
  all: initial; box-sizing: border-box; display: block; max-width: 320px; padding: 6px 8px;
  border: 1px solid #b3261e; border-radius: 6px; background: #fdecea; color: #5f1410;
  font: 400 13px/18px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.hint {
  all: initial; position: fixed; top: 0; left: 0; display: block; box-sizing: border-box; max-width: 420px;
  padding: 4px 8px; border-radius: 6px; background: #1f2023; color: #ffffff;
  font: 400 12px/16px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25); pointer-events: none;
}
[hidden] { display: none !important; }
@media (pointer: coarse) {
  .save { min-height: 44px; min-width: 44px; padding: 12px 14px; }
}
@media (prefers-color-scheme: dark) {
  .save { background: #a8c7fa; border-color: #a8c7fa; color: #062e6f; }
  .save:hover { background: #d3e3fd; }
  .error { background: #410e0b; border-color: #f2b8b5; color: #f9dedc; }
  .hint { background: #ececec; color: #1a1a1a; }
}
@media (forced-colors: active) {
  .cursor { border-color: Highlight; }
  .save { background: ButtonFace; color: ButtonText; border-color: ButtonText; forced-color-adjust: none; }
  .error { background: Canvas; color: CanvasText; border-color: CanvasText; }
  .hint { background: Canvas; color: CanvasText; border: 1px solid CanvasText; }
}
`;

/** A floating element's anchor: a range of the page's text. */
function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

export type Placement = 'popover' | 'cursor' | 'beside-selection';

export interface PageUiHost {
  /** Where the popover's React tree renders. */
  container: HTMLElement;
  /** The focusable box that marks the current mention in keyboard mode. */
  cursor: HTMLElement;
  /** The selection layer: holds the save button and its error message. */
  selection: HTMLElement;
  /** Where the note editor's React tree renders. */
  editor: HTMLElement;
  /** The keyboard cursor's key hint. */
  hint: HTMLElement;
  host: HTMLElement;
  /**
   * Places `element` next to `range` and keeps it there until the returned stop is
   * called. `beside-selection` goes below the range's bounding box, or above it when
   * there is no room, so it never covers the selected text; `onHidden` hears when the
   * range scrolls out of view.
   */
  anchor(
    element: HTMLElement,
    range: AbstractRange,
    placement: Placement,
    onHidden?: (hidden: boolean) => void,
  ): () => void;
  remove(): void;
}

interface Layers {
  container: HTMLElement;
  cursor: HTMLElement;
  selection: HTMLElement;
  editor: HTMLElement;
  hint: HTMLElement;
}

export async function createPageUiHost(ctx: ContentScriptContext): Promise<PageUiHost> {
  let ui: ShadowRootContentScriptUi<Layers> | undefined;
  ui = await createShadowRootUi(ctx, {
    name: 'glosa-page-ui',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'closed',
    css: hostCss,
    onMount(uiContainer, _shadow, shadowHost) {
      shadowHost.setAttribute(ownUiAttribute, 'page-ui');
      const layer = document.createElement('div');
      layer.className = 'layer';
      const container = document.createElement('div');
      container.className = 'floating';
      container.dataset.layer = 'popover';
      container.hidden = true;
      const cursor = document.createElement('div');
      cursor.className = 'cursor';
      cursor.tabIndex = -1;
      cursor.setAttribute('role', 'button');
      cursor.hidden = true;
      const selection = document.createElement('div');
      selection.className = 'selection';
      selection.dataset.layer = 'selection';
      selection.hidden = true;
      const editor = document.createElement('div');
      editor.className = 'floating';
      editor.dataset.layer = 'editor';
      editor.hidden = true;
      // Visual only: the cursor's accessible name already lists the keys for screen readers.
      const hint = document.createElement('div');
      hint.className = 'hint';
      hint.setAttribute('aria-hidden', 'true');
      hint.hidden = true;
      layer.append(container, cursor, selection, editor, hint);
      uiContainer.append(layer);
      return { container, cursor, selection, editor, hint };
    },
  });
  ui.mount();
  const mounted = ui.mounted;
  if (!mounted) throw new Error('Glosa: the page UI host did not mount');
  const host = ui.shadowHost;

  return {
    ...mounted,
    host,
    anchor(element, passage, placement, onHidden) {
      // One live Range while this element is anchored (it follows the text as the page changes).
      const range = liveRange(passage);
      const reference = rangeReference(range);
      const update = () => {
        if (placement === 'cursor') {
          const rect = range.getBoundingClientRect();
          Object.assign(element.style, {
            left: `${rect.left - 3}px`,
            top: `${rect.top - 2}px`,
            width: `${rect.width + 6}px`,
            height: `${rect.height + 4}px`,
          });
          return;
        }
        const besideSelection = placement === 'beside-selection';
        void computePosition(reference, element, {
          strategy: 'fixed',
          placement: besideSelection ? 'bottom' : 'bottom-start',
          middleware: besideSelection
            ? // Flip only between below and above the whole selection's box: never over it.
              [offset(8), flip({ padding: 8, fallbackPlacements: ['top'] }), shift({ padding: 8 }), hide()]
            : [
                offset(6),
                flip({ padding: 8 }),
                shift({ padding: 8 }),
                // Never taller than the room on the chosen side: the popover scrolls inside.
                size({
                  padding: 8,
                  apply({ availableHeight }) {
                    const room = Math.max(120, Math.floor(availableHeight));
                    element.style.setProperty('--glosa-available-height', `${room}px`);
                  },
                }),
              ],
        }).then(({ x, y, middlewareData }) => {
          element.style.left = `${Math.round(x)}px`;
          element.style.top = `${Math.round(y)}px`;
          if (onHidden) onHidden(middlewareData.hide?.referenceHidden === true);
        });
      };
      return autoUpdate(reference, element, update, { animationFrame: false });
    },
    remove() {
      ui?.remove();
      ui = undefined;
    },
  };
}
