/**
 * When a hover means "show me": the pointer must rest on one mention for the dwell
 * delay (a pass across it opens nothing), and an open popover survives a short grace
 * period while the pointer travels from the mention into it. Timing only: it knows
 * nothing of the DOM, so it is tested with fake timers.
 */

export interface HoverIntentOptions<T> {
  dwellMs: () => number;
  graceMs: number;
  open: (target: T) => void;
  close: () => void;
}

export class HoverIntent<T> {
  readonly #options: HoverIntentOptions<T>;
  #hovered: T | undefined;
  #openFor: T | undefined;
  #overPopover = false;
  #dwellTimer: ReturnType<typeof setTimeout> | undefined;
  #graceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: HoverIntentOptions<T>) {
    this.#options = options;
  }

  /** The pointer is now over `target` (a mention) or over nothing (`undefined`). */
  pointerOver(target: T | undefined): void {
    if (target === this.#hovered) return;
    this.#hovered = target;
    clearTimeout(this.#dwellTimer);
    this.#dwellTimer = undefined;
    if (target !== undefined && target !== this.#openFor) {
      this.#dwellTimer = setTimeout(() => {
        this.#dwellTimer = undefined;
        if (this.#hovered === target) this.#openNow(target);
      }, this.#options.dwellMs());
    }
    this.#updateGrace();
  }

  /** The pointer entered or left the open popover. */
  pointerInPopover(inside: boolean): void {
    this.#overPopover = inside;
    this.#updateGrace();
  }

  /** A click or tap: open at once. */
  openNow(target: T): void {
    clearTimeout(this.#dwellTimer);
    this.#openNow(target);
  }

  /** The popover was closed by other means (Escape, the close button). */
  closed(): void {
    this.#openFor = undefined;
    clearTimeout(this.#graceTimer);
    this.#graceTimer = undefined;
  }

  dispose(): void {
    clearTimeout(this.#dwellTimer);
    clearTimeout(this.#graceTimer);
  }

  #openNow(target: T): void {
    this.#openFor = target;
    clearTimeout(this.#graceTimer);
    this.#graceTimer = undefined;
    this.#options.open(target);
  }

  // Open and the pointer is on neither the mention nor the popover: close after the grace.
  #updateGrace(): void {
    const away = this.#openFor !== undefined && !this.#overPopover && this.#hovered !== this.#openFor;
    if (!away) {
      clearTimeout(this.#graceTimer);
      this.#graceTimer = undefined;
      return;
    }
    if (this.#graceTimer !== undefined) return;
    this.#graceTimer = setTimeout(() => {
      this.#graceTimer = undefined;
      this.#openFor = undefined;
      this.#options.close();
    }, this.#options.graceMs);
  }
}
