/**
 * Keyboard access to mentions, which are not elements and so cannot take focus: a
 * focusable box drawn over the current mention. The shortcut (commands API) puts it on
 * the first mention on screen; N / ↓ and P / ↑ move to the next and previous mention,
 * E / Shift+E to the next and previous mention of another entity, Enter opens the
 * popover, Tab goes into the open popover or on through the page from the mention, and
 * Escape leaves and gives focus back to where it was. The first time the cursor appears
 * on a page, a one-line hint beside it shows the keys.
 */
import { t } from '../../../lib/i18n';
import { handleMessages } from '../../../lib/messages';
import type { MentionIndex, PageMention } from '../mention-index';
import type { PageUiHost } from '../page-ui/host';
import { boundingRect } from '../ranges';
import { ownUiAttribute } from '../text-blocks';
import type { Feature } from './feature';
import type { PopoverController } from './mention-popover';

/** The mentions shortcut (`focus-mentions`, sent by the background) and the cursor it starts. */
export const keyboardCursor: Feature = {
  name: 'keyboard-cursor',
  init(page, signal) {
    const { mentions, popover } = page;
    if (!mentions || !popover) return;
    const cursor = new KeyboardCursor({
      document: page.document,
      index: mentions.index,
      controller: popover,
      host: page.pageUi,
      t,
      signal,
    });
    const stop = handleMessages('content', {
      'focus-mentions': async () => ({ focused: await cursor.start() }),
    });
    signal.addEventListener('abort', () => {
      stop();
      if (cursor.active) cursor.stop();
    });
  },
};

export interface KeyboardCursorOptions {
  document: Document;
  index: MentionIndex;
  controller: PopoverController;
  host: () => Promise<PageUiHost>;
  t: (key: 'cursorLabel' | 'cursorHint', substitutions?: string[]) => string;
  signal: AbortSignal;
}

export class KeyboardCursor {
  readonly #options: KeyboardCursorOptions;
  #current: PageMention | undefined;
  #stopAnchoring: (() => void) | undefined;
  #returnFocus: HTMLElement | undefined;
  #listening = false;
  #openingPopover = false;
  /** The hint shows once per page: the first time the cursor appears, until the first key. */
  #hintShown = false;
  #stopHint: (() => void) | undefined;

  constructor(options: KeyboardCursorOptions) {
    this.#options = options;
  }

  /** The shortcut: focus the first mention visible in the viewport (or the first at all). */
  async start(): Promise<boolean> {
    const { index, document } = this.#options;
    const mentions = index.all();
    if (mentions.length === 0) return false;
    const active = document.activeElement;
    if (!this.#current && active instanceof HTMLElement && active !== document.body)
      this.#returnFocus = active;
    const height = document.defaultView?.innerHeight ?? 0;
    const onScreen = mentions.find((mention) => {
      const rect = boundingRect(mention.range);
      return rect.bottom > 0 && rect.top < height && rect.width > 0;
    });
    await this.#moveTo(onScreen ?? (mentions[0] as PageMention));
    return true;
  }

  async #moveTo(mention: PageMention): Promise<void> {
    const host = await this.#options.host();
    const { cursor } = host;
    this.#current = mention;
    this.#stopAnchoring?.();
    const block = mention.range.startContainer.parentElement;
    const rect = boundingRect(mention.range);
    const height = this.#options.document.defaultView?.innerHeight ?? 0;
    if (block && (rect.top < 0 || rect.bottom > height)) block.scrollIntoView({ block: 'center' });
    const { index } = this.#options;
    const name = (await this.#options.controller.entityName(mention.entityId)) ?? mention.text;
    cursor.setAttribute(
      'aria-label',
      this.#options.t('cursorLabel', [name, String(index.indexOf(mention) + 1), String(index.size)]),
    );
    cursor.hidden = false;
    this.#stopAnchoring = host.anchor(cursor, mention.range, 'cursor');
    this.#listen(cursor);
    cursor.focus({ preventScroll: true });
    if (!this.#hintShown) {
      this.#hintShown = true;
      host.hint.textContent = this.#options.t('cursorHint');
      host.hint.hidden = false;
      this.#stopHint = host.anchor(host.hint, mention.range, 'beside-selection');
    }
  }

  #hideHint(): void {
    if (!this.#stopHint) return;
    this.#stopHint();
    this.#stopHint = undefined;
    void this.#options.host().then((host) => {
      host.hint.hidden = true;
    });
  }

  #listen(cursor: HTMLElement): void {
    if (this.#listening) return;
    this.#listening = true;
    const { index, controller, signal } = this.#options;
    cursor.addEventListener(
      'keydown',
      (event) => {
        const current = this.#current;
        if (!current) return;
        const key = event.key;
        if (key !== 'Shift') this.#hideHint();
        if (key === 'e' || key === 'E') {
          event.preventDefault();
          const other = index.otherEntity(current, event.shiftKey ? -1 : 1);
          if (other) void this.#moveTo(other);
        } else if (key === 'Tab') {
          event.preventDefault();
          void this.#tabFrom(current, event.shiftKey);
        } else if (key === 'n' || key === 'N' || key === 'ArrowDown') {
          event.preventDefault();
          const next = index.next(current);
          if (next) void this.#moveTo(next);
        } else if (key === 'p' || key === 'P' || key === 'ArrowUp') {
          event.preventDefault();
          const previous = index.previous(current);
          if (previous) void this.#moveTo(previous);
        } else if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          this.#openingPopover = true;
          void controller.open(current, { focus: true, returnFocus: cursor }).finally(() => {
            this.#openingPopover = false;
          });
        } else if (key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          this.stop();
        }
      },
      { signal },
    );
    // Leaving the cursor by Tab or a click ends keyboard mode, unless focus went into our popover.
    cursor.addEventListener(
      'blur',
      () => {
        if (!this.#openingPopover && !controller.openMention && this.#current) this.#hide();
      },
      { signal },
    );
  }

  /**
   * Tab from the cursor: into the popover when it is open, otherwise on through the page
   * as if focus were at the mention (the next focusable element after it, or before it with
   * Shift), leaving keyboard mode. Left alone, Tab would jump to the end of the document,
   * where Glosa's host element sits.
   */
  async #tabFrom(mention: PageMention, backwards: boolean): Promise<void> {
    const { controller, document } = this.#options;
    if (!backwards && controller.openMention && (await controller.focusPopover())) return;
    const target = focusableBeside(document, mention.range, backwards);
    this.#hide();
    this.#returnFocus = undefined;
    if (target) target.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
  }

  /** Whether the cursor is on a mention. */
  get active(): boolean {
    return this.#current !== undefined;
  }

  stop(): void {
    const target = this.#returnFocus;
    this.#hide();
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }

  #hide(): void {
    this.#hideHint();
    this.#current = undefined;
    this.#stopAnchoring?.();
    this.#stopAnchoring = undefined;
    void this.#options.host().then((host) => {
      if (!this.#current) host.cursor.hidden = true;
    });
  }
}

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The first focusable, visible element after `range`'s start in reading order (or the last before it). */
export function focusableBeside(
  document: Document,
  range: AbstractRange,
  backwards: boolean,
): HTMLElement | undefined {
  const candidates = [...document.querySelectorAll<HTMLElement>(focusableSelector)].filter(
    (element) => element.tabIndex >= 0 && !element.hasAttribute(ownUiAttribute) && isVisible(element),
  );
  const start = range.startContainer;
  const isAfter = (element: HTMLElement) =>
    (start.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
    !element.contains(start);
  if (backwards) return candidates.filter((element) => !isAfter(element) && !element.contains(start)).at(-1);
  return candidates.find(isAfter);
}

function isVisible(element: HTMLElement): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.isConnected;
}
