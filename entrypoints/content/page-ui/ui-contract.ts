/**
 * The seam between the content script and the page UI's React bundle
 * (entrypoints/page-ui.tsx), which is injected only when the first popover or note
 * editor opens. Both run in the extension's isolated world of the same frame, so the
 * bundle registers itself on `globalThis` and the content script finds it there. The
 * page cannot see it.
 */
import type { EntityPopoverProps } from '../../../components/EntityPopover';
import type { NoteEditorProps } from '../../../components/highlights/NoteEditor';
import { sendToBackground } from '../../../lib/messages';

export interface PageUi {
  /** Renders (or re-renders) the popover into `container`, inside the shadow root. */
  renderPopover(container: HTMLElement, props: EntityPopoverProps): void;
  /** Renders (or re-renders) a saved highlight's note editor into `container`. */
  renderNoteEditor(container: HTMLElement, props: NoteEditorProps): void;
  unmount(container: HTMLElement): void;
}

const globalKey = '__glosaPageUi';

export function registerPageUi(ui: PageUi): void {
  (globalThis as Record<string, unknown>)[globalKey] = ui;
}

export function findPageUi(): PageUi | undefined {
  return (globalThis as Record<string, unknown>)[globalKey] as PageUi | undefined;
}

let uiLoading: Promise<PageUi> | undefined;

/** The React UI, injected by the background on first use. */
export function loadPageUi(): Promise<PageUi> {
  const ready = findPageUi();
  if (ready) return Promise.resolve(ready);
  uiLoading ??= sendToBackground('load-popover-ui', {})
    .then(() => {
      const ui = findPageUi();
      if (!ui) throw new Error('Glosa: the page UI did not load');
      return ui;
    })
    .catch((error: unknown) => {
      uiLoading = undefined; // try again on the next open
      throw error;
    });
  return uiLoading;
}
