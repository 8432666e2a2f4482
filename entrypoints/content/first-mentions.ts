/**
 * Density "only the first mention of each name": an index that holds, per entity, only
 * its earliest mention in document order, and a highlighter that draws only what the
 * index holds. Everything that reads the index (the popover's hit-test, the keyboard
 * cursor, the popup) then sees exactly the underlines on the page.
 *
 * Later mentions are kept aside, not dropped: when the first one leaves the page (an
 * edit, a rescan), the earliest one still on the page takes its place.
 */
import type { Highlighter } from './highlighter';
import { MentionIndex, type PageMention } from './mention-index';
import { compareStarts } from './ranges';

export class FirstMentionIndex extends MentionIndex {
  readonly #shown = new Map<string, PageMention>();
  readonly #shownRanges = new Set<AbstractRange>();
  readonly #held = new Map<string, Set<PageMention>>();
  /** Told when a mention stops or starts being the one drawn (set by `firstMentionsOnly`). */
  drawing: { hidden(mention: PageMention): void; shown(mention: PageMention): void } = {
    hidden() {},
    shown() {},
  };

  isShown(range: AbstractRange): boolean {
    return this.#shownRanges.has(range);
  }

  override add(mention: PageMention): void {
    if (this.isHidden(mention.entityId)) return;
    const shown = this.#shown.get(mention.entityId);
    if (shown && compareStarts(shown.range, mention.range) <= 0) {
      this.#hold(mention);
      return;
    }
    if (shown) {
      this.#unshow(shown);
      this.#hold(shown);
      this.drawing.hidden(shown);
    }
    this.#show(mention);
  }

  override remove(mention: PageMention): boolean {
    if (this.#held.get(mention.entityId)?.delete(mention)) return false;
    if (this.#shown.get(mention.entityId) !== mention) return false;
    this.#unshow(mention);
    this.#promote(mention.entityId);
    return true;
  }

  override removeWhere(predicate: (mention: PageMention) => boolean): PageMention[] {
    // Those kept aside go first, so none of them is promoted in place of a removed one.
    for (const held of this.#held.values())
      for (const mention of held) if (predicate(mention)) held.delete(mention);
    return super.removeWhere(predicate);
  }

  #show(mention: PageMention): void {
    super.add(mention);
    this.#shown.set(mention.entityId, mention);
    this.#shownRanges.add(mention.range);
  }

  #unshow(mention: PageMention): void {
    super.remove(mention);
    this.#shown.delete(mention.entityId);
    this.#shownRanges.delete(mention.range);
  }

  #hold(mention: PageMention): void {
    const held = this.#held.get(mention.entityId);
    if (held) held.add(mention);
    else this.#held.set(mention.entityId, new Set([mention]));
  }

  /** The earliest mention kept aside that is still on the page becomes the drawn one. */
  #promote(entityId: string): void {
    const held = this.#held.get(entityId);
    if (!held) return;
    let earliest: PageMention | undefined;
    for (const mention of held) {
      if (!mention.block.isConnected || !mention.range.startContainer.isConnected) {
        held.delete(mention);
      } else if (!earliest || compareStarts(mention.range, earliest.range) < 0) {
        earliest = mention;
      }
    }
    if (!earliest) return;
    held.delete(earliest);
    this.#show(earliest);
    this.drawing.shown(earliest);
  }
}

/** A highlighter that draws only the index's first mentions, and follows its changes. */
export function firstMentionsOnly(index: FirstMentionIndex, inner: Highlighter): Highlighter {
  let flushQueued = false;
  index.drawing = {
    hidden: (mention) => inner.remove(mention.range),
    shown: (mention) => {
      inner.add(mention.range);
      if (flushQueued) return;
      flushQueued = true;
      queueMicrotask(() => {
        flushQueued = false;
        inner.flush();
      });
    },
  };
  return {
    add: (range) => {
      if (index.isShown(range)) inner.add(range);
    },
    remove: (range) => inner.remove(range),
    clear: () => inner.clear(),
    flush: () => inner.flush(),
  };
}
