/**
 * Glosa's one element in the page, added only while its UI is in use: a closed shadow
 * root (WXT createShadowRootUi) holding the popover's container and the keyboard
 * cursor. Placement is @floating-ui/dom's: flip and shift near the viewport's edges,
 * follow scrolling and resizing.
 */
import {
  autoUpdate,
  computePosition,
  flip,
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
[hidden] { display: none !important; }
@media (forced-colors: active) { .cursor { border-color: Highlight; } }
`;

/** A floating element's anchor: the mention's range. */
function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

export interface PopoverHost {
  /** Where the popover's React tree renders. */
  container: HTMLElement;
  /** The focusable box that marks the current mention in keyboard mode. */
  cursor: HTMLElement;
  host: HTMLElement;
  /** Places `element` next to `range` and keeps it there until the returned stop is called. */
  anchor(element: HTMLElement, range: AbstractRange, placement: 'popover' | 'cursor'): () => void;
  remove(): void;
}

export async function createPopoverHost(ctx: ContentScriptContext): Promise<PopoverHost> {
  let ui: ShadowRootContentScriptUi<{ container: HTMLElement; cursor: HTMLElement }> | undefined;
  ui = await createShadowRootUi(ctx, {
    name: 'glosa-popover',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'closed',
    css: hostCss,
    onMount(uiContainer, _shadow, shadowHost) {
      shadowHost.setAttribute(ownUiAttribute, 'popover');
      const layer = document.createElement('div');
      layer.className = 'layer';
      const container = document.createElement('div');
      container.className = 'floating';
      container.hidden = true;
      const cursor = document.createElement('div');
      cursor.className = 'cursor';
      cursor.tabIndex = -1;
      cursor.setAttribute('role', 'button');
      cursor.hidden = true;
      layer.append(container, cursor);
      uiContainer.append(layer);
      return { container, cursor };
    },
  });
  ui.mount();
  const mounted = ui.mounted;
  if (!mounted) throw new Error('Glosa: the popover host did not mount');
  const host = ui.shadowHost;

  return {
    container: mounted.container,
    cursor: mounted.cursor,
    host,
    anchor(element, mention, placement) {
      // One live Range while this element is anchored (it follows the text as the page changes).
      const range = liveRange(mention);
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
        void computePosition(reference, element, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
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
        }).then(({ x, y }) => {
          element.style.left = `${Math.round(x)}px`;
          element.style.top = `${Math.round(y)}px`;
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
