/**
 * Opens and closes the one popover: on hover (after the dwell), on click or tap, and
 * from the keyboard cursor. It fetches the entity's card from the background, loads the
 * page-UI bundle on first use, and returns focus where it came from on Escape.
 */
import type { EntityCard } from '../../../core/popover/entity-card';
import { sendToBackground } from '../../../lib/messages';
import type { Annotator } from '../annotator';
import type { MentionIndex, PageMention } from '../mention-index';
import { createMentionMarks, type MentionMarks } from '../mention-marks';
import { mentionAt } from '../page-ui/hit-test';
import type { PageUiHost } from '../page-ui/host';
import { HoverIntent } from '../page-ui/hover-intent';
import { findPageUi, loadPageUi, type PageUi } from '../page-ui/ui-contract';
import { ownUiAttribute } from '../text-blocks';
import type { Feature } from './feature';

/** The popover over mentions: hover, click and keyboard open it; it needs `page.mentions`. */
export const mentionPopover: Feature = {
  name: 'mention-popover',
  init(page, signal) {
    const mentions = page.mentions;
    if (!mentions) return;
    const controller = new PopoverController({
      document: page.document,
      index: mentions.index,
      annotator: mentions.annotator,
      host: page.pageUi,
      hoverDelayMs: page.hoverDelayMs,
      shadowRoots: mentions.shadowRoots,
      marks: createMentionMarks(page.document),
      signal,
    });
    page.popover = controller;
    signal.addEventListener('abort', () => {
      if (page.popover === controller) page.popover = undefined;
    });
  },
};

export interface PopoverControllerOptions {
  document: Document;
  index: MentionIndex;
  annotator: Annotator;
  host: () => Promise<PageUiHost>;
  hoverDelayMs: () => number;
  /** Open shadow roots that hold mentions: hit-testing must look inside them. */
  shadowRoots?: ReadonlySet<ShadowRoot>;
  /** Marks the mention under the pointer and the one whose popover is open. */
  marks?: MentionMarks;
  signal: AbortSignal;
}

const graceMs = 300;

export class PopoverController {
  readonly #options: PopoverControllerOptions;
  readonly #intent: HoverIntent<PageMention>;
  readonly #cards = new Map<string, Promise<EntityCard | null>>();
  #open: { mention: PageMention; stopAnchoring: () => void } | undefined;
  /** Where focus was before we moved it into the popover, to give it back. */
  #returnFocus: HTMLElement | undefined;
  #opening = 0;

  constructor(options: PopoverControllerOptions) {
    this.#options = options;
    this.#intent = new HoverIntent({
      dwellMs: options.hoverDelayMs,
      graceMs,
      open: (mention) => void this.open(mention, { focus: false }),
      close: () => this.close(),
    });
    this.#listen();
  }

  /** The entity's display name, for the keyboard cursor's label. */
  async entityName(entityId: string): Promise<string | undefined> {
    return (await this.#card(entityId))?.entity.name;
  }

  get openMention(): PageMention | undefined {
    return this.#open?.mention;
  }

  /** Shows `mention`'s popover (replacing any other). With `focus`, focus moves into it. */
  async open(mention: PageMention, { focus, returnFocus }: { focus: boolean; returnFocus?: HTMLElement }) {
    const ticket = ++this.#opening;
    let loaded: [PageUiHost, PageUi, EntityCard | null];
    try {
      loaded = await Promise.all([this.#options.host(), loadPageUi(), this.#card(mention.entityId)]);
    } catch (error) {
      // The page stays as it was; the next hover or click tries again.
      console.warn('Glosa: the popover could not open', error);
      return;
    }
    const [host, ui, card] = loaded;
    if (ticket !== this.#opening || this.#options.signal.aborted || !card) return;
    this.#open?.stopAnchoring();
    if (focus) {
      this.#returnFocus = returnFocus ?? activeElementOf(this.#options.document);
    }
    this.#open = { mention, stopAnchoring: () => {} };
    const dialog = this.#render(host, ui, card, mention, false);
    host.container.hidden = false;
    this.#open.stopAnchoring = host.anchor(host.container, mention.range, 'popover');
    this.#options.marks?.open(mention.range);
    if (focus) dialog?.focus({ preventScroll: true });
  }

  /** Renders the popover of `mention`; returns the dialog element. */
  #render(
    host: PageUiHost,
    ui: PageUi,
    card: EntityCard,
    mention: PageMention,
    unlinked: boolean,
  ): HTMLDivElement | null {
    const { index, annotator, document } = this.#options;
    let dialog: HTMLDivElement | null = null;
    ui.renderPopover(host.container, {
      card,
      matchedText: mention.text,
      index: index.indexOf(mention) + 1,
      total: index.size,
      unlinked,
      onClose: () => this.close(),
      // The popover stays open with an undo, so a wrong click costs nothing.
      onHide: () => {
        annotator.hideEntity(mention.entityId);
        this.#options.marks?.open(undefined);
        this.#render(host, ui, card, mention, true);
        this.#focusIn(host, '.hide');
      },
      onUndoHide: () => {
        void annotator.showEntity(mention.entityId, document.body);
        this.#options.marks?.open(mention.range);
        this.#render(host, ui, card, mention, false);
        this.#focusIn(host, '.hide');
      },
      onOpenAtlas: () => {
        void sendToBackground('open-atlas', { entityId: mention.entityId }).catch((error: unknown) =>
          console.warn('Glosa: the dataset browser could not open', error),
        );
      },
      rootRef: (element) => {
        dialog = element;
      },
    });
    return dialog;
  }

  /** Keeps focus on the footer's button, which the re-render turned from "Don't link" into "Undo" or back. */
  #focusIn(host: PageUiHost, selector: string): void {
    host.container.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  }

  /** Moves focus into the open popover (Tab from the keyboard cursor); false when none is open. */
  async focusPopover(): Promise<boolean> {
    if (!this.#open) return false;
    const host = await this.#options.host();
    const dialog = host.container.querySelector<HTMLElement>('[role="dialog"]');
    dialog?.focus({ preventScroll: true });
    return dialog !== null;
  }

  close(): void {
    if (!this.#open) return;
    this.#opening++;
    this.#open.stopAnchoring();
    this.#open = undefined;
    this.#options.marks?.open(undefined);
    this.#intent.closed();
    void this.#options.host().then((host) => {
      if (this.#open) return;
      host.container.hidden = true;
      findPageUi()?.unmount(host.container);
    });
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }

  #card(entityId: string): Promise<EntityCard | null> {
    let card = this.#cards.get(entityId);
    if (!card) {
      // A failed look-up (the background was restarting) is not remembered: the next open asks again.
      card = sendToBackground('entity-card', { entityId }).catch(() => {
        this.#cards.delete(entityId);
        return null;
      });
      this.#cards.set(entityId, card);
    }
    return card;
  }

  #listen(): void {
    const { document, index, signal, shadowRoots } = this.#options;
    let frame = 0;
    let last: PointerEvent | undefined;
    const onMove = (event: PointerEvent) => {
      last = event;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const move = last;
        if (!move || move.pointerType === 'touch') return;
        const overPopover = this.#isOwnUi(move.target);
        this.#intent.pointerInPopover(overPopover);
        const hovered = overPopover
          ? undefined
          : mentionAt(document, index, move.clientX, move.clientY, shadowRoots);
        this.#options.marks?.hover(hovered?.range);
        this.#intent.pointerOver(hovered);
      });
    };
    document.addEventListener('pointermove', onMove, { passive: true, signal });

    document.addEventListener(
      'click',
      (event) => {
        if (this.#isOwnUi(event.target)) return;
        const mention = mentionAt(document, index, event.clientX, event.clientY, shadowRoots);
        // A mention inside a link stays a link: the click navigates, hover still works.
        // The composed path, because a link inside a web component is hidden from event.target.
        const inLink = event
          .composedPath()
          .some(
            (node) =>
              (node as Element).nodeType === Node.ELEMENT_NODE && (node as Element).matches('a[href]'),
          );
        if (mention && !inLink) {
          this.#intent.openNow(mention);
          void this.open(mention, { focus: true });
        } else if (this.#open) {
          this.close();
        }
      },
      { capture: true, signal },
    );

    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.#open) {
          event.stopPropagation();
          this.close();
        }
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => {
      this.#intent.dispose();
      this.close();
      this.#options.marks?.clear();
    });
  }

  /** Events from inside the closed shadow root reach the page retargeted to its host. */
  #isOwnUi(target: EventTarget | null): boolean {
    return target instanceof Element && target.hasAttribute(ownUiAttribute);
  }
}

function activeElementOf(document: Document): HTMLElement | undefined {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}
