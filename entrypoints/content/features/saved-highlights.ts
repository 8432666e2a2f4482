/**
 * A researcher's saved highlights on this page: fetched from the background, found in
 * the page text (`anchor`) in slices after the first mention scan, drawn in
 * `glosa-saved` (or `glosa-saved-uncertain` where only a fuzzy match was found), and
 * found again when the page's text changes (lazy-loaded articles, single-page apps).
 * Saving a selection, the note editor (click a saved passage, or the popup's "show"),
 * and the popup's questions live here too.
 *
 * Runs in the top frame of every http(s) page with text, whatever the site's mentions
 * switch says: the highlights are the researcher's own data, filed by the background
 * under the tab's address. It never writes to the page's DOM: the drawing is the Custom
 * Highlight API's, and the editor lives in the closed shadow root.
 */

import type { EntityChoice } from '../../../components/highlights/NoteEditor';
import { anchor } from '../../../core/anchoring/anchor';
import { describe as describePassage } from '../../../core/anchoring/describe';
import { type AnchorResult, maxQuoteLength } from '../../../core/anchoring/selectors';
import type { Highlight as SavedHighlight } from '../../../core/highlights/highlight';
import { t, uiLocale } from '../../../lib/i18n';
import { handleMessages, sendToBackground } from '../../../lib/messages';
import { highlightStyles } from '../highlight-styles';
import { onNavigate } from '../navigation';
import { PageText, type PageTextSnapshot } from '../page-text';
import { caretAt, mentionAt } from '../page-ui/hit-test';
import { findPageUi, loadPageUi } from '../page-ui/ui-contract';
import { boundingRect, clientRects, liveRange } from '../ranges';
import { ownUiAttribute } from '../text-blocks';
import { sliceTimer, yieldToMain } from '../yield-to-main';
import type { Feature, PageContext } from './feature';

export const savedHighlightName = 'glosa-saved';
export const uncertainHighlightName = 'glosa-saved-uncertain';

/** Mentions this close to a passage (in characters) are linked to it on save. */
const entityReach = 200;
/** After the page's text changes, highlights are looked for again this much later. */
const textChangeIntervalMs = 600;

interface Entry {
  highlight: SavedHighlight;
  result: AnchorResult;
  range?: StaticRange;
}

export interface SavedHighlights {
  /** Saves `range` (a selection) as a highlight and draws it; rejects with a sentence to show. */
  save(range: AbstractRange): Promise<SavedHighlight>;
  /** The saved highlight that holds all of `range`, if any. */
  holding(range: AbstractRange): string | undefined;
  /** Opens a highlight's note editor, focused. */
  openEditor(id: string, returnFocus?: HTMLElement): Promise<boolean>;
  /** The first drawn highlight in the viewport, else the first drawn on the page. */
  firstOnScreen(): string | undefined;
}

function canonicalAddress(document: Document): string | undefined {
  const link = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  const href = link?.href;
  return href && /^https?:/.test(href) ? href.slice(0, 4_000) : undefined;
}

function sameResult(a: AnchorResult | undefined, b: AnchorResult): boolean {
  if (!a || a.state !== b.state) return false;
  if (a.state === 'orphan' || b.state === 'orphan') return true;
  return a.start === b.start && a.end === b.end;
}

export const savedHighlights: Feature = {
  name: 'saved-highlights',
  init(page, signal) {
    const controller = new SavedHighlightsController(page, signal);
    page.highlights = controller;
    signal.addEventListener('abort', () => {
      if (page.highlights === controller) page.highlights = undefined;
      highlightStyles.cleared('saved-highlights');
    });
  },
};

class SavedHighlightsController implements SavedHighlights {
  readonly #page: PageContext;
  readonly #signal: AbortSignal;
  readonly #text: PageText;
  readonly #entries = new Map<string, Entry>();
  readonly #drawn: Highlight | undefined;
  readonly #uncertain: Highlight | undefined;
  /** Bumped by each fetch: an anchoring pass of an older fetch stops. */
  #generation = 0;
  #editor: { id: string; stopAnchoring: () => void; returnFocus?: HTMLElement } | undefined;
  #tags: Promise<string[]> | undefined;
  #entities: Promise<EntityChoice[]> | undefined;

  constructor(page: PageContext, signal: AbortSignal) {
    this.#page = page;
    this.#signal = signal;
    const { document } = page;
    this.#text = new PageText(() => document.body);
    const registry = document.defaultView?.CSS?.highlights;
    // Without the Custom Highlight API nothing is drawn (the page's DOM is never wrapped
    // for a researcher's highlights); saving, the editor and the popup still work.
    if (registry && typeof Highlight === 'function') {
      this.#drawn = new Highlight();
      this.#uncertain = new Highlight();
      registry.set(savedHighlightName, this.#drawn);
      registry.set(uncertainHighlightName, this.#uncertain);
      signal.addEventListener('abort', () => {
        if (registry.get(savedHighlightName) === this.#drawn) registry.delete(savedHighlightName);
        if (registry.get(uncertainHighlightName) === this.#uncertain) registry.delete(uncertainHighlightName);
      });
    }
    this.#listen();
    void this.#startWhenIdle();
  }

  /** Off the critical path: after the first mention scan, in idle time. */
  async #startWhenIdle(): Promise<void> {
    await this.#page.mentions?.firstScan.catch(() => undefined);
    await new Promise<void>((resolve) => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1000 });
      else setTimeout(resolve, 50);
    });
    if (!this.#signal.aborted) await this.refresh();
  }

  /** Fetches this page's highlights and anchors them all. */
  async refresh(): Promise<void> {
    const generation = ++this.#generation;
    let list: SavedHighlight[];
    try {
      list = await sendToBackground('highlights-for-page', {
        canonical: canonicalAddress(this.#page.document),
      });
    } catch (error) {
      console.warn('Glosa: this page’s saved highlights could not be loaded;', error);
      return;
    }
    if (generation !== this.#generation || this.#signal.aborted) return;
    const previous = new Map(this.#entries);
    this.#entries.clear();
    for (const highlight of list) {
      const old = previous.get(highlight.id);
      this.#entries.set(highlight.id, {
        highlight,
        result: old?.result ?? { state: 'orphan' },
        range: old?.range,
      });
    }
    await this.#anchorAll(generation, true);
  }

  /**
   * Anchors every highlight against the current page text, yielding between highlights
   * when a slice's budget is spent, then draws once and reports the states. With
   * `reportAll` every state is reported, else only the ones that changed.
   */
  async #anchorAll(generation: number, reportAll: boolean): Promise<void> {
    // Most pages have no saved highlight: they never pay for reading their text.
    if (this.#entries.size === 0) {
      this.#redraw();
      return;
    }
    performance.mark('glosa-anchoring-start');
    let snapshot = await this.#text.read();
    let version = this.#text.version;
    if (generation !== this.#generation || this.#signal.aborted) return;
    const timer = sliceTimer(8);
    const changed: Entry[] = [];
    const entries = [...this.#entries.values()];
    for (let i = 0; i < entries.length; i++) {
      if (timer.expired()) {
        await yieldToMain();
        timer.reset();
        if (generation !== this.#generation || this.#signal.aborted) return;
        // The page changed while we yielded: start again on its new text.
        if (this.#text.version !== version) {
          snapshot = await this.#text.read();
          version = this.#text.version;
          changed.length = 0;
          i = -1;
          continue;
        }
      }
      const entry = entries[i] as Entry;
      if (!this.#entries.has(entry.highlight.id)) continue;
      const result = anchor(snapshot.text, entry.highlight.target.selector);
      const range = result.state === 'orphan' ? undefined : snapshot.rangeOf(result.start, result.end);
      if (reportAll || !sameResult(entry.result, result)) changed.push(entry);
      entry.result = range || result.state === 'orphan' ? result : { state: 'orphan' };
      entry.range = range;
    }
    performance.mark('glosa-anchoring-end');
    performance.measure('glosa-anchoring', 'glosa-anchoring-start', 'glosa-anchoring-end');
    this.#redraw();
    if (changed.length > 0) {
      const results = changed.map((entry) => ({ id: entry.highlight.id, state: entry.result.state }));
      void sendToBackground('report-anchoring', { results }).catch((error: unknown) => {
        console.warn('Glosa: the anchoring states could not be recorded;', error);
      });
    }
  }

  #redraw(): void {
    if (!this.#drawn || !this.#uncertain) return;
    const registry = this.#page.document.defaultView?.CSS?.highlights;
    // Re-registering keeps working if a page script cleared the registry.
    if (registry && registry.get(savedHighlightName) !== this.#drawn)
      registry.set(savedHighlightName, this.#drawn);
    if (registry && registry.get(uncertainHighlightName) !== this.#uncertain)
      registry.set(uncertainHighlightName, this.#uncertain);
    this.#drawn.clear();
    this.#uncertain.clear();
    for (const entry of this.#entries.values()) {
      if (!entry.range) continue;
      if (entry.result.state === 'anchored') this.#drawn.add(entry.range);
      else if (entry.result.state === 'uncertain') this.#uncertain.add(entry.range);
    }
    // The highlight rules arrive with the first passage drawn, not before, and leave with
    // the last one unless mentions still draw (issue 12).
    if (this.#drawn.size > 0 || this.#uncertain.size > 0) highlightStyles.drawn('saved-highlights');
    else highlightStyles.cleared('saved-highlights');
  }

  async save(range: AbstractRange): Promise<SavedHighlight> {
    const snapshot = this.#text.current();
    let start = snapshot.offsetOf(range.startContainer, range.startOffset);
    let end = snapshot.offsetOf(range.endContainer, range.endOffset);
    if (start < 0 || end < 0) throw new Error(t('highlightNoText'));
    // A selection made by double-click or across paragraphs often takes blank space at its ends.
    while (start < end && /\s/.test(snapshot.text[start] as string)) start++;
    while (end > start && /\s/.test(snapshot.text[end - 1] as string)) end--;
    if (end <= start) throw new Error(t('highlightNoText'));
    if (end - start > maxQuoteLength) {
      throw new Error(t('highlightTooLong', maxQuoteLength.toLocaleString(uiLocale())));
    }
    const selector = describePassage(snapshot.text, start, end);
    const highlight = await sendToBackground('save-highlight', {
      canonical: canonicalAddress(this.#page.document),
      title: this.#page.document.title.slice(0, 2_000),
      selector,
      body: { note: '', tags: [], entityIds: this.#entitiesAround(snapshot, start, end) },
    });
    if (!this.#signal.aborted) {
      this.#entries.set(highlight.id, {
        highlight,
        result: { state: 'anchored', start, end, score: 1 },
        range: snapshot.rangeOf(start, end),
      });
      this.#redraw();
    }
    return highlight;
  }

  /** Dataset entities mentioned inside the passage or within `entityReach` characters of it. */
  #entitiesAround(snapshot: PageTextSnapshot, start: number, end: number): string[] {
    const index = this.#page.mentions?.index;
    if (!index) return [];
    const found = new Set<string>();
    for (const mention of index.all()) {
      const at = snapshot.offsetOf(mention.range.startContainer, mention.range.startOffset);
      if (at >= start - entityReach && at <= end + entityReach) found.add(mention.entityId);
      if (found.size >= 200) break;
    }
    return [...found];
  }

  holding(range: AbstractRange): string | undefined {
    if (this.#entries.size === 0) return undefined;
    const snapshot = this.#text.current();
    const start = snapshot.offsetOf(range.startContainer, range.startOffset);
    const end = snapshot.offsetOf(range.endContainer, range.endOffset);
    if (start < 0 || end < 0) return undefined;
    for (const [id, entry] of this.#entries) {
      const { result } = entry;
      if (result.state !== 'orphan' && result.start <= start && end <= result.end) return id;
    }
    return undefined;
  }

  firstOnScreen(): string | undefined {
    const drawn = [...this.#entries.entries()]
      .filter(([, entry]) => entry.range && entry.result.state !== 'orphan')
      .sort(([, a], [, b]) =>
        a.result.state === 'orphan' || b.result.state === 'orphan' ? 0 : a.result.start - b.result.start,
      );
    const height = this.#page.document.defaultView?.innerHeight ?? 0;
    const visible = drawn.find(([, entry]) => {
      const rect = boundingRect(entry.range as StaticRange);
      return rect.bottom > 0 && rect.top < height && rect.width > 0;
    });
    return (visible ?? drawn[0])?.[0];
  }

  /** The drawn highlight under a point, confirmed by its client rects. */
  #highlightAt(x: number, y: number): string | undefined {
    const caret = caretAt(this.#page.document, x, y, undefined);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    const offset = this.#text.current().offsetOf(caret.node, caret.offset);
    if (offset < 0) return undefined;
    for (const [id, entry] of this.#entries) {
      const { result, range } = entry;
      if (result.state === 'orphan' || !range || offset < result.start || offset > result.end) continue;
      for (const rect of clientRects(range)) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return id;
      }
    }
    return undefined;
  }

  async openEditor(id: string, returnFocus?: HTMLElement): Promise<boolean> {
    const entry = this.#entries.get(id);
    if (!entry?.range || entry.result.state === 'orphan') return false;
    const [host, ui] = await Promise.all([this.#page.pageUi(), loadPageUi()]);
    if (this.#signal.aborted) return false;
    this.#closeEditor(false);
    this.#page.popover?.close();
    const focusBack = returnFocus ?? activeElementOf(this.#page.document);
    let dialog: HTMLDivElement | null = null;
    const { highlight } = entry;
    ui.renderNoteEditor(host.editor, {
      quote: highlight.target.selector.quote.exact,
      body: highlight.body,
      uncertain: entry.result.state === 'uncertain',
      tagSuggestions: this.#tagSuggestions,
      entities: this.#entitySummaries,
      onSave: async (body) => {
        const updated = await sendToBackground('update-highlight', { id, body });
        const current = this.#entries.get(id);
        if (current) current.highlight = updated;
      },
      onDelete: async () => {
        await sendToBackground('delete-highlight', { id });
        this.#entries.delete(id);
        this.#redraw();
      },
      onRestore: async () => {
        await sendToBackground('restore-highlight', { id });
        this.#entries.set(id, entry);
        this.#redraw();
      },
      onClose: () => this.#closeEditor(true),
      rootRef: (element) => {
        dialog = element;
      },
    });
    host.editor.hidden = false;
    this.#editor = {
      id,
      stopAnchoring: host.anchor(host.editor, entry.range, 'popover'),
      returnFocus: focusBack,
    };
    (dialog as HTMLDivElement | null)?.focus({ preventScroll: true });
    return true;
  }

  #closeEditor(returnFocus: boolean): void {
    const open = this.#editor;
    if (!open) return;
    this.#editor = undefined;
    open.stopAnchoring();
    void this.#page.pageUi().then((host) => {
      if (this.#editor) return;
      host.editor.hidden = true;
      findPageUi()?.unmount(host.editor);
    });
    if (returnFocus && open.returnFocus?.isConnected) open.returnFocus.focus({ preventScroll: true });
  }

  // Arrow functions: handed to the editor as stable props.
  readonly #tagSuggestions = (): Promise<string[]> => {
    this.#tags ??= sendToBackground('tag-suggestions', {}).catch((error: unknown) => {
      this.#tags = undefined;
      throw error;
    });
    return this.#tags;
  };

  readonly #entitySummaries = (): Promise<EntityChoice[]> => {
    this.#entities ??= sendToBackground('entity-summaries', {}).catch((error: unknown) => {
      this.#entities = undefined;
      throw error;
    });
    return this.#entities;
  };

  #listen(): void {
    const { document } = this.#page;
    const signal = this.#signal;

    // Text that appears later (lazy-loaded articles) or changes: read the page again and
    // look once more, at most once per interval (a page that never stops changing, a live
    // ticker, would starve a debounce that restarts on every change).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      this.#text.invalidate();
      if (timer !== undefined || this.#entries.size === 0) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (this.#entries.size > 0 && !signal.aborted) void this.#anchorAll(this.#generation, false);
      }, textChangeIntervalMs);
    });
    if (document.body)
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
      this.#closeEditor(false);
    });

    // A single-page app showed another page: its highlights are other ones.
    onNavigate(() => {
      this.#closeEditor(false);
      this.#text.invalidate();
      void this.refresh();
    }, signal);

    // A click on a saved passage opens its note, unless it ends a selection, follows a
    // link, or lands on a mention (the mention's popover has the click; Enter on the
    // save button's "Open highlight note" reaches the note from the keyboard).
    document.addEventListener(
      'click',
      (event) => {
        if (event.button !== 0 || this.#entries.size === 0) return;
        if (event.target instanceof Element && event.target.hasAttribute(ownUiAttribute)) return;
        if (this.#editor) this.#closeEditor(false);
        const selection = document.getSelection();
        if (selection && !selection.isCollapsed) return;
        const inLink = event
          .composedPath()
          .some((node) => node instanceof Element && node.matches('a[href]'));
        const mentions = this.#page.mentions;
        if (inLink || (mentions && mentionAt(document, mentions.index, event.clientX, event.clientY))) return;
        const id = this.#highlightAt(event.clientX, event.clientY);
        if (id) void this.openEditor(id);
      },
      { signal },
    );

    const stop = handleMessages('content', {
      'highlights-changed': async () => {
        await this.refresh();
        return { redrawn: true };
      },
      'page-highlight-states': () => ({
        results: [...this.#entries.values()].map((entry) => ({
          id: entry.highlight.id,
          state: entry.result.state,
        })),
      }),
      'show-highlight': async ({ id }) => {
        const entry = this.#entries.get(id);
        if (!entry?.range) return { shown: false };
        const target = liveRange(entry.range).startContainer.parentElement;
        target?.scrollIntoView({ block: 'center' });
        return { shown: await this.openEditor(id) };
      },
    });
    signal.addEventListener('abort', stop);
  }
}

function activeElementOf(document: Document): HTMLElement | undefined {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}
