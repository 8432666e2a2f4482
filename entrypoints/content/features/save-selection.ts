/**
 * Saving a selection: the "Save highlight" button that appears next to selected text,
 * and the `save-selection` message (the context menu item and the Alt+Shift+S command,
 * relayed by the background). Both save through `page.highlights`.
 *
 * The button follows hypothesis/client's selection observer: it waits for the mouse
 * button to be released, and for a keyboard selection to rest 100 ms, before it shows.
 * It sits below the selection's bounding box (above when there is no room), so it
 * never covers the selected words; it goes when the selection collapses, scrolls out of
 * view, or on Escape. Never for text inside form fields, editable content or Glosa's UI.
 * Where the selection lies inside a saved passage, the button (and the shortcut) opens
 * that passage's note instead; the shortcut with nothing selected opens the note of the
 * first saved passage on screen. Those are the keyboard's ways to a note, besides the
 * popup's list; a click on a saved passage is the pointer's.
 */
import { t } from '../../../lib/i18n';
import { handleMessages } from '../../../lib/messages';
import { savableSelection } from '../selection';
import { ownUiAttribute } from '../text-blocks';
import type { Feature, PageContext } from './feature';

const keyboardSettleMs = 100;
const mouseSettleMs = 10;

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return t('highlightSaveFailed', message.replace(/^Glosa: "[^"]+" failed: /, ''));
}

interface ButtonParts {
  button: HTMLButtonElement;
  error: HTMLElement;
}

export const saveSelection: Feature = {
  name: 'save-selection',
  init(page, signal) {
    const button = new SaveButton(page, signal);
    const stop = handleMessages('content', {
      'save-selection': async () => {
        const range = savableSelection(page.document);
        const highlights = page.highlights;
        if (!highlights) return { saved: false };
        if (!range) {
          // Nothing selected: the shortcut is the keyboard's way to the saved passages' notes.
          const first = highlights.firstOnScreen();
          if (first) await highlights.openEditor(first);
          return { saved: false };
        }
        const existing = highlights.holding(range);
        if (existing) {
          await highlights.openEditor(existing);
          return { saved: false };
        }
        try {
          await highlights.save(range);
          button.hide();
          page.document.getSelection()?.collapseToEnd();
          return { saved: true };
        } catch (error) {
          await button.showError(range, errorText(error));
          return { saved: false };
        }
      },
    });
    signal.addEventListener('abort', () => {
      stop();
      button.hide();
    });
  },
};

class SaveButton {
  readonly #page: PageContext;
  readonly #signal: AbortSignal;
  #parts: Promise<ButtonParts> | undefined;
  #shown: { range: Range; stopAnchoring: () => void; existing?: string } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #mouseDown = false;
  #saving = false;

  constructor(page: PageContext, signal: AbortSignal) {
    this.#page = page;
    this.#signal = signal;
    const { document } = page;
    document.addEventListener(
      'mousedown',
      (event) => {
        if (isOwn(event.target)) return;
        this.#mouseDown = true;
      },
      { signal, capture: true },
    );
    document.addEventListener(
      'mouseup',
      (event) => {
        if (isOwn(event.target)) return;
        this.#mouseDown = false;
        this.#schedule(mouseSettleMs);
      },
      { signal, capture: true },
    );
    document.addEventListener(
      'selectionchange',
      () => {
        if (this.#saving) return;
        const selection = document.getSelection();
        if (!selection || selection.isCollapsed) {
          this.hide();
          return;
        }
        if (!this.#mouseDown) this.#schedule(keyboardSettleMs);
      },
      { signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.#shown) {
          this.hide();
        }
      },
      { signal, capture: true },
    );
    signal.addEventListener('abort', () => clearTimeout(this.#timer));
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#check(), delayMs);
  }

  async #check(): Promise<void> {
    if (this.#signal.aborted || this.#saving) return;
    const range = savableSelection(this.#page.document);
    if (!range || !this.#page.highlights) {
      this.hide();
      return;
    }
    await this.#show(range.cloneRange(), '');
  }

  /** Shows the button by `range`, with `error` under it when there is one. */
  async showError(range: Range, error: string): Promise<void> {
    await this.#show(range.cloneRange(), error);
  }

  async #show(range: Range, error: string): Promise<void> {
    const [host, parts] = await Promise.all([this.#page.pageUi(), this.#partsOf()]);
    if (this.#signal.aborted) return;
    this.#shown?.stopAnchoring();
    const existing = this.#page.highlights?.holding(range);
    parts.button.textContent = t(existing ? 'saveButtonOpenNote' : 'saveButtonLabel');
    parts.button.removeAttribute('aria-disabled');
    parts.error.textContent = error;
    parts.error.hidden = error === '';
    host.selection.hidden = false;
    const stopAnchoring = host.anchor(host.selection, range, 'beside-selection', (hidden) => {
      // Scrolled away: the button goes with the selection's words.
      if (hidden && this.#shown?.range === range) this.hide();
    });
    this.#shown = { range, stopAnchoring, existing };
  }

  hide(): void {
    clearTimeout(this.#timer);
    const shown = this.#shown;
    if (!shown) return;
    this.#shown = undefined;
    shown.stopAnchoring();
    void this.#page.pageUi().then((host) => {
      if (!this.#shown) host.selection.hidden = true;
    });
  }

  #partsOf(): Promise<ButtonParts> {
    this.#parts ??= this.#page.pageUi().then((host) => {
      const document = host.selection.ownerDocument;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'save';
      const error = document.createElement('p');
      error.className = 'error';
      error.setAttribute('role', 'alert');
      error.hidden = true;
      // Pressing the button must not move the page's selection (a click on an element
      // outside the selected text would collapse it).
      button.addEventListener('mousedown', (event) => event.preventDefault(), { signal: this.#signal });
      button.addEventListener('click', () => void this.#activate(), { signal: this.#signal });
      host.selection.append(button, error);
      return { button, error };
    });
    return this.#parts;
  }

  async #activate(): Promise<void> {
    const shown = this.#shown;
    const highlights = this.#page.highlights;
    if (!shown || !highlights || this.#saving) return;
    if (shown.existing) {
      this.hide();
      await highlights.openEditor(shown.existing);
      return;
    }
    const parts = await this.#partsOf();
    this.#saving = true;
    parts.button.setAttribute('aria-disabled', 'true');
    try {
      await highlights.save(shown.range);
      this.#saving = false;
      this.hide();
      // The tint shows once the selection's own colour is gone.
      this.#page.document.getSelection()?.collapseToEnd();
    } catch (error) {
      this.#saving = false;
      parts.button.removeAttribute('aria-disabled');
      parts.error.textContent = errorText(error);
      parts.error.hidden = false;
    }
  }
}

function isOwn(target: EventTarget | null): boolean {
  return target instanceof Element && target.hasAttribute(ownUiAttribute);
}
