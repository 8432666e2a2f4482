/**
 * Finds and draws the mentions in a part of the page: walks its text blocks, matches
 * each, resolves surnames and short forms against the evidence the page has given so
 * far, and records the result in the mention index and the highlighter. Work is done
 * in time slices that yield to the page. It never writes to the page's DOM (except the
 * highlighter's last-resort fallback).
 */
import type { Candidate, Matcher } from '../../core/matcher/matcher';
import { PageEvidence, resolveCandidate } from '../../core/matcher/resolve';
import { insideAny, outermost } from './composed-tree';
import type { Highlighter } from './highlighter';
import type { MentionIndex, PageMention } from './mention-index';
import { staticRange } from './ranges';
import { isInsideRejected, locate, type TextBlock, textBlocks } from './text-blocks';
import { sliceTimer, yieldToMain } from './yield-to-main';

/** Rendering caused by drawing during a scan gets at most 1 / (1 + this) of the time. */
const renderShareInverse = 9;

/** One frame at 60 Hz. */
const frameMs = 1000 / 60;

/** Matching 2,000 characters takes well under a millisecond, so slices stay near their budget. */
const clockEveryChars = 2000;

/**
 * A block longer than this is matched in stretches of this many characters, with the clock
 * read between them: at about 40 MB/s a stretch is about 1 ms. One 10 MB text node was one
 * 165-187 ms task when the clock was read only between blocks (issue 12).
 */
export const stretchChars = 32_768;

/** `mayMatchWithin` is optional: without it, every block is matched. */
export type CandidateFinder = Pick<Matcher, 'findCandidates' | 'findCandidatesIn'> &
  Partial<Pick<Matcher, 'mayMatchWithin'>>;

/** A surname or short form seen on the page, linked or waiting for evidence. */
interface WeakEntry {
  block: TextBlock;
  candidate: Candidate;
  mention?: PageMention;
}

export interface AnnotatorOptions {
  matcher: CandidateFinder;
  index: MentionIndex;
  highlighter: Highlighter;
  signal: AbortSignal;
  /** Told of each open shadow root the scan reads, so its changes can be watched too. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Longest stretch of work before yielding to the page, in ms. */
  sliceMs?: number;
}

export class Annotator {
  readonly #options: AnnotatorOptions;
  readonly #evidence = new PageEvidence();
  #weak: WeakEntry[] = [];
  /** Scans run one after another, so two never record the same block twice. */
  #queue: Promise<void> = Promise.resolve();
  /** Bumped by reset(): work queued for an earlier page stops. */
  #generation = 0;
  /** The evidence version the weak entries were last resolved against. */
  #resolvedAt = -1;
  /** The animation frame that will draw what the scan found since the last drawing. */
  #frame: number | undefined;
  /** No drawing during a scan before this time: see #settle. */
  #nextDrawAt = 0;
  /** While a rescan runs: the mentions it may find again, by start node. */
  #retiring: Map<Node, PageMention[]> | undefined;

  constructor(options: AnnotatorOptions) {
    this.#options = options;
  }

  /** Scans `root` (an element or document) and draws what it finds. */
  scan(root: Node): Promise<void> {
    return this.#enqueue((generation) => this.#scanNow([root], generation));
  }

  /**
   * Scans these parts of the page again (they changed), as one piece of work that yields
   * like a scan. A mention found again exactly where it was is kept as it is; the others
   * go at the end, in the same task as the new ones are drawn. Every change to the
   * highlight repaints the page (85-90 ms on a 2 MB page, see highlighter.ts), so a live
   * ticker that rewrites "Evo Morales speaks at 12:01" must not redraw anything.
   */
  rescan(roots: Node | readonly Node[]): Promise<void> {
    const parts = outermost(Array.isArray(roots) ? roots : [roots as Node]);
    return this.#enqueue(async (generation) => {
      const inParts = insideAny(parts);
      this.#weak = this.#weak.filter((entry) => !inParts(entry.block.element));
      const retiring = new Map<Node, PageMention[]>();
      for (const mention of this.#options.index.inBlocksWhere(inParts)) {
        const list = retiring.get(mention.range.startContainer);
        if (list) list.push(mention);
        else retiring.set(mention.range.startContainer, [mention]);
      }
      this.#retiring = retiring;
      try {
        await this.#scanNow(parts, generation);
      } finally {
        this.#retiring = undefined;
        for (const list of retiring.values()) for (const mention of list) this.#unlink(mention);
        this.#options.index.notify();
      }
    });
  }

  /** Takes back a mention of the part being rescanned if it is exactly the one just found. */
  #reuse(
    retiring: Map<Node, PageMention[]>,
    start: { node: Text; offset: number },
    end: { node: Text; offset: number },
    entityId: string,
    aliasId: string,
    text: string,
    block: Element,
  ): PageMention | undefined {
    const list = retiring.get(start.node);
    const at =
      list?.findIndex(
        (old) =>
          old.range.startOffset === start.offset &&
          old.range.endContainer === end.node &&
          old.range.endOffset === end.offset &&
          old.entityId === entityId &&
          old.aliasId === aliasId &&
          old.text === text &&
          old.block === block,
      ) ?? -1;
    return list && at >= 0 ? list.splice(at, 1)[0] : undefined;
  }

  /**
   * Runs `work` after the work queued before it. A failure is reported and ends only that
   * piece of work: the queue goes on, so one bad block cannot stop a page's annotation.
   */
  #enqueue(work: (generation: number) => Promise<void>): Promise<void> {
    const generation = this.#generation;
    this.#queue = this.#queue
      .then(() => (generation === this.#generation ? work(generation) : undefined))
      .catch((error: unknown) => console.error('Glosa: annotating part of this page failed;', error));
    return this.#queue;
  }

  async #scanNow(roots: readonly Node[], generation: number): Promise<void> {
    const { matcher, signal } = this.#options;
    const timer = sliceTimer(this.#options.sliceMs ?? 8);
    // Reading the clock per block cost 2% of a scan; every ~2,000 characters is enough.
    let sinceCheck = 0;
    const mayMatch = matcher.mayMatchWithin;
    for (const root of roots) {
      if (!root.isConnected || isInsideRejected(root)) continue;
      for (const block of textBlocks(root, this.#options.onShadowRoot, { mayMatch })) {
        if (signal.aborted || generation !== this.#generation) return;
        const { text } = block;
        if (text.length <= stretchChars) {
          this.#record(block, matcher.findCandidates(text));
        } else {
          for (let from = 0; from < text.length; ) {
            const { candidates, next } = matcher.findCandidatesIn(text, from, from + stretchChars);
            this.#record(block, candidates);
            from = next;
            if (from < text.length && timer.expired()) {
              this.#settle(false);
              await yieldToMain();
              timer.reset();
              // The page may have changed the node meanwhile: the watcher rescans it then.
              if (signal.aborted || generation !== this.#generation) return;
            }
          }
        }
        // Small blocks (a rescan of many changed paragraphs) count as a little text each; a run
        // of paragraphs ruled out in one test counts the text it held.
        sinceCheck += (block.skipped ?? text.length) + 100;
        if (sinceCheck < clockEveryChars) continue;
        sinceCheck = 0;
        if (timer.expired()) {
          this.#settle(false);
          await yieldToMain();
          timer.reset();
        }
      }
    }
    this.#settle(true);
  }

  /** Links a block's strong candidates, and links or holds its weak ones against the evidence so far. */
  #record(block: TextBlock, candidates: readonly Candidate[]): void {
    if (candidates.length === 0) return;
    this.#evidence.add(candidates);
    for (const candidate of candidates) {
      const entityId = candidate.entityIds[0];
      if (!candidate.weak && candidate.entityIds.length === 1 && entityId) {
        this.#link(block, candidate, entityId);
      } else {
        // Linked now if the evidence so far allows; resolved again when it grows.
        const entry: WeakEntry = { block, candidate };
        const target = resolveCandidate(candidate, this.#evidence);
        if (target) entry.mention = this.#link(block, candidate, target);
        this.#weak.push(entry);
      }
    }
  }

  /** Re-resolves surnames if the evidence changed, and draws (in batches while scanning). */
  #settle(done: boolean): void {
    if (this.#evidence.version !== this.#resolvedAt) {
      this.#resolvedAt = this.#evidence.version;
      this.#resolveWeak();
    }
    if (done) {
      this.#draw();
    } else {
      // While scanning, what was found is drawn with the next frame, at most once a frame.
      // Any change to the highlight makes Chromium repaint the page, and a repaint costs
      // what the page's own paint costs (a 1,000,000-node page: over a second, whatever
      // Glosa registers). So each drawing's rendering is timed, and the next one waits
      // until rendering has taken at most a tenth of the time: every frame on an ordinary
      // page, every second or so on the 2 MB bench page, rarely on a page that huge.
      if (this.#frame === undefined && performance.now() >= this.#nextDrawAt) {
        this.#frame = requestAnimationFrame(() => {
          this.#frame = undefined;
          const drawnAt = performance.now();
          this.#draw();
          // The repaint may land in this frame or the next (Chromium can defer paint
          // invalidation): a task queued after the next frame has seen both. Two frame
          // intervals of waiting are not rendering.
          requestAnimationFrame(() => {
            void yieldToMain().then(() => {
              const now = performance.now();
              const rendering = Math.max(0, now - drawnAt - 2 * frameMs);
              this.#nextDrawAt = now + renderShareInverse * rendering;
            });
          });
        });
      }
    }
  }

  #draw(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.#options.highlighter.flush();
    this.#options.index.notify();
  }

  /** "Not this entity": its underlines go, and it stays unlinked on this page. */
  hideEntity(entityId: string): void {
    for (const mention of this.#options.index.hideEntity(entityId)) {
      this.#options.highlighter.remove(mention.range);
    }
    for (const entry of this.#weak) if (entry.mention?.entityId === entityId) entry.mention = undefined;
    this.#options.index.notify();
  }

  /** Undoes `hideEntity`: scans `root` again to link the entity's mentions, keeping the others as they are. */
  showEntity(entityId: string, root: Node): Promise<void> {
    this.#options.index.showEntity(entityId);
    return this.rescan(root);
  }

  /** Drops the mentions of blocks that left the page. */
  forgetDisconnected(): void {
    this.#forgetWhere((block) => !block.isConnected);
  }

  #forgetWhere(test: (block: Element) => boolean): void {
    for (const mention of this.#options.index.inBlocksWhere(test)) this.#unlink(mention);
    this.#weak = this.#weak.filter((entry) => !test(entry.block.element));
    this.#options.index.notify();
  }

  /** Takes a mention off the index and the drawing. */
  #unlink(mention: PageMention): void {
    this.#options.index.remove(mention);
    this.#options.highlighter.remove(mention.range);
  }

  /** Drops everything: a single-page app navigated and the page is a new page. */
  reset(): void {
    this.#generation += 1;
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.#resolvedAt = -1;
    this.#options.index.removeWhere(() => true);
    this.#options.highlighter.clear();
    this.#weak = [];
    this.#evidence.clear();
  }

  /** Links, relinks or unlinks surnames and short forms against the current evidence. */
  #resolveWeak(): void {
    for (const entry of this.#weak) {
      const target = resolveCandidate(entry.candidate, this.#evidence);
      if (entry.mention?.entityId === target) continue;
      if (entry.mention) {
        this.#unlink(entry.mention);
        entry.mention = undefined;
      }
      if (target) entry.mention = this.#link(entry.block, entry.candidate, target);
    }
  }

  #link(block: TextBlock, candidate: Candidate, entityId: string): PageMention | undefined {
    const { index, highlighter } = this.#options;
    if (index.isHidden(entityId)) return undefined;
    const start = locate(block, candidate.start, false);
    const end = locate(block, candidate.end, true);
    const text = block.text.slice(candidate.start, candidate.end);
    const { aliasId } = candidate;
    if (this.#retiring) {
      const kept = this.#reuse(this.#retiring, start, end, entityId, aliasId, text, block.element);
      if (kept) return kept;
    }
    const range = staticRange(start.node, start.offset, end.node, end.offset);
    const mention: PageMention = { range, entityId, aliasId, text, block: block.element };
    index.add(mention);
    highlighter.add(mention.range);
    return mention;
  }
}
