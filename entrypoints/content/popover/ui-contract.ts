/**
 * The seam between the content script and the popover's React UI, which is injected
 * only when the first popover opens (entrypoints/popover-ui.tsx). Both run in the
 * extension's isolated world of the same frame, so the UI registers itself on
 * `globalThis` and the content script finds it there. The page cannot see it.
 */
import type { EntityPopoverProps } from '../../../components/EntityPopover';

export interface PopoverUi {
  /** Renders (or re-renders) the popover into `container`, inside a shadow root. */
  render(container: HTMLElement, props: EntityPopoverProps): void;
  unmount(container: HTMLElement): void;
}

const globalKey = '__glosaPopoverUi';

export function registerPopoverUi(ui: PopoverUi): void {
  (globalThis as Record<string, unknown>)[globalKey] = ui;
}

export function findPopoverUi(): PopoverUi | undefined {
  return (globalThis as Record<string, unknown>)[globalKey] as PopoverUi | undefined;
}
