/**
 * The page's mentions: what the popover and popup ask about (counts by entity, the
 * first mention of each, next and previous, which mention is under the pointer).
 * Holds live Ranges; it never touches the DOM. Adding and removing are O(1) (a large
 * page has thousands of mentions, and surnames relink as evidence grows); document
 * order is worked out only when someone asks for it.
 */

import { compareStarts } from './ranges';

export interface PageMention {
  /** Static: see ranges.ts for why mentions never hold live Ranges. */
  range: StaticRange;
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
  #mentions = new Set<PageMention>();
  /** The mentions in document order, rebuilt on demand after a change. */
  #ordered: PageMention[] | undefined = [];
  #byNode = new Map<Node, PageMention[]>();
  /**
   * The mentions of each block: what a rescan or a removal asks about is a block, and a
   * page has several mentions per block (5 on the 50,000-mention page), each asked about
   * by a DOM call from the isolated world.
   */
  #byBlock = new Map<Element, Set<PageMention>>();
  #listeners = new Set<Listener>();
  #hidden = new Set<string>();

  add(mention: PageMention): void {
    if (this.#hidden.has(mention.entityId)) return;
    this.#mentions.add(mention);
    this.#ordered = undefined;
    const { startContainer, endContainer } = mention.range;
    this.#indexNode(startContainer, mention);
    if (endContainer !== startContainer) this.#indexNode(endContainer, mention);
    const inBlock = this.#byBlock.get(mention.block);
    if (inBlock) inBlock.add(mention);
    else this.#byBlock.set(mention.block, new Set([mention]));
  }

  remove(mention: PageMention): boolean {
    if (!this.#mentions.delete(mention)) return false;
    this.#ordered = undefined;
    const { startContainer, endContainer } = mention.range;
    this.#unindexNode(startContainer, mention);
    if (endContainer !== startContainer) this.#unindexNode(endContainer, mention);
    const inBlock = this.#byBlock.get(mention.block);
    inBlock?.delete(mention);
    if (inBlock?.size === 0) this.#byBlock.delete(mention.block);
    return true;
  }

  #indexNode(node: Node, mention: PageMention): void {
    const list = this.#byNode.get(node);
    if (list) list.push(mention);
    else this.#byNode.set(node, [mention]);
  }

  #unindexNode(node: Node, mention: PageMention): void {
    const list = this.#byNode.get(node)?.filter((other) => other !== mention);
    if (list?.length) this.#byNode.set(node, list);
    else this.#byNode.delete(node);
  }

  /** The mentions matching `predicate`, in no particular order. */
  where(predicate: (mention: PageMention) => boolean): PageMention[] {
    return [...this.#mentions].filter(predicate);
  }

  /** The mentions of the blocks matching `test`, which is asked once per block. */
  inBlocksWhere(test: (block: Element) => boolean): PageMention[] {
    const found: PageMention[] = [];
    for (const [block, mentions] of this.#byBlock)
      if (test(block)) for (const mention of mentions) found.push(mention);
    return found;
  }

  /** Removes and returns the mentions matching `predicate`. */
  removeWhere(predicate: (mention: PageMention) => boolean): PageMention[] {
    const removed = this.where(predicate);
    for (const mention of removed) this.remove(mention);
    return removed;
  }

  /** "Not this entity": drops its mentions and keeps it out for the rest of the page's life. */
  hideEntity(entityId: string): PageMention[] {
    this.#hidden.add(entityId);
    return this.removeWhere((mention) => mention.entityId === entityId);
  }

  /** Undoes `hideEntity`: its mentions are found again by the next scan. */
  showEntity(entityId: string): void {
    this.#hidden.delete(entityId);
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
    if (!this.#ordered) {
      // Mentions arrive mostly in document order: check that before paying for a sort.
      const list = [...this.#mentions];
      let sorted = true;
      for (let i = 1; i < list.length && sorted; i++) {
        sorted = compareStarts((list[i - 1] as PageMention).range, (list[i] as PageMention).range) <= 0;
      }
      if (!sorted) list.sort((a, b) => compareStarts(a.range, b.range));
      this.#ordered = list;
    }
    return this.#ordered;
  }

  get size(): number {
    return this.#mentions.size;
  }

  countsByEntity(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mention of this.#mentions)
      counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
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

  /**
   * The next mention, in reading order and around the page, of another entity than
   * `from`'s (`step` -1: the previous one): the keyboard's "next name", which skips a
   * run of "Morales … Morales … Morales". Undefined when the page names one entity only.
   */
  otherEntity(from: PageMention, step: 1 | -1 = 1): PageMention | undefined {
    const all = this.all();
    const start = all.indexOf(from);
    for (let offset = 1; offset < all.length; offset++) {
      const candidate = all[(start + step * offset + all.length * offset) % all.length];
      if (candidate && candidate.entityId !== from.entityId) return candidate;
    }
    return undefined;
  }

  /** Mentions that start or end in this text node: the hit-test's shortlist. */
  inNode(node: Node): readonly PageMention[] {
    return this.#byNode.get(node) ?? [];
  }
}
