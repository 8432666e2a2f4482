/**
 * The page's mentions, in document order: what the popover and popup ask about
 * (counts by entity, the first mention of each, next and previous, which mention is
 * under the pointer). Holds live Ranges; it never touches the DOM.
 */

export interface PageMention {
  range: Range;
  entityId: string;
  /** The alias as written in the dataset. */
  aliasId: string;
  /** The text as it appears on the page (`Decree No. 4,078`). */
  text: string;
  /** The block element the mention was found in. */
  block: Element;
}

type Listener = () => void;

export class MentionIndex {
  #mentions: PageMention[] = [];
  #sorted = true;
  #byNode = new Map<Node, PageMention[]>();
  #listeners = new Set<Listener>();
  #hidden = new Set<string>();

  add(mention: PageMention): void {
    if (this.#hidden.has(mention.entityId)) return;
    const last = this.#mentions.at(-1);
    if (last && compareRanges(last.range, mention.range) > 0) this.#sorted = false;
    this.#mentions.push(mention);
    for (const node of [mention.range.startContainer, mention.range.endContainer]) {
      const list = this.#byNode.get(node) ?? [];
      if (!list.includes(mention)) list.push(mention);
      this.#byNode.set(node, list);
    }
  }

  /** Removes and returns the mentions matching `predicate`. */
  removeWhere(predicate: (mention: PageMention) => boolean): PageMention[] {
    const removed: PageMention[] = [];
    this.#mentions = this.#mentions.filter((mention) => {
      if (!predicate(mention)) return true;
      removed.push(mention);
      return false;
    });
    for (const mention of removed) {
      for (const node of [mention.range.startContainer, mention.range.endContainer]) {
        const list = this.#byNode.get(node)?.filter((other) => other !== mention);
        if (list?.length) this.#byNode.set(node, list);
        else this.#byNode.delete(node);
      }
    }
    return removed;
  }

  /** "Not this entity": drops its mentions and keeps it out for the rest of the page's life. */
  hideEntity(entityId: string): PageMention[] {
    this.#hidden.add(entityId);
    return this.removeWhere((mention) => mention.entityId === entityId);
  }

  isHidden(entityId: string): boolean {
    return this.#hidden.has(entityId);
  }

  /** Call after a batch of changes so listeners (popup counts, keyboard) hear once. */
  notify(): void {
    for (const listener of this.#listeners) listener();
  }

  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  all(): readonly PageMention[] {
    if (!this.#sorted) {
      this.#mentions.sort((a, b) => compareRanges(a.range, b.range));
      this.#sorted = true;
    }
    return this.#mentions;
  }

  get size(): number {
    return this.#mentions.length;
  }

  countsByEntity(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mention of this.all()) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
    return counts;
  }

  first(entityId: string): PageMention | undefined {
    return this.all().find((mention) => mention.entityId === entityId);
  }

  /** 0-based position of a mention in document order, or -1. */
  indexOf(mention: PageMention): number {
    return this.all().indexOf(mention);
  }

  next(from: PageMention | null): PageMention | undefined {
    const all = this.all();
    if (!from) return all[0];
    const index = all.indexOf(from);
    return all[(index + 1) % all.length];
  }

  previous(from: PageMention | null): PageMention | undefined {
    const all = this.all();
    if (!from) return all.at(-1);
    const index = all.indexOf(from);
    return all[(index - 1 + all.length) % all.length];
  }

  /** Mentions that start or end in this text node: the hit-test's shortlist. */
  inNode(node: Node): readonly PageMention[] {
    return this.#byNode.get(node) ?? [];
  }
}

function compareRanges(a: Range, b: Range): number {
  return a.compareBoundaryPoints(Range.START_TO_START, b);
}
