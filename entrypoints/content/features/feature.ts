/**
 * What every page feature gets, and the shape it has: `init(page, signal)` attaches its
 * listeners, observers, timers and message handlers with `signal`, so aborting it removes
 * all of them (refined-github's `features/*.tsx`). Features that build on another read
 * what it published on `page` (the mention popover reads `page.mentions`).
 */
import type { ContentScriptContext } from '#imports';
import type { Settings } from '../../../core/settings';
import type { Annotator } from '../annotator';
import type { MentionIndex } from '../mention-index';
import type { PageUiHost } from '../page-ui/host';
import type { PopoverController } from './mention-popover';
import type { SavedHighlights } from './saved-highlights';

export interface MentionsState {
  index: MentionIndex;
  annotator: Annotator;
  /** Open shadow roots the scan has read: hit-testing must look inside them. */
  shadowRoots: Set<ShadowRoot>;
  /** Resolves when the first scan of the page is done. */
  firstScan: Promise<void>;
}

export interface PageContext {
  ctx: ContentScriptContext;
  document: Document;
  /** The one page-UI host of this frame, created on first use. */
  pageUi: () => Promise<PageUiHost>;
  hoverDelayMs: () => number;
  /**
   * Which kinds to leave out and how many mentions to draw, read when mentions start:
   * a change restarts them (index.ts). Absent: every kind, every mention.
   */
  mentionSettings?: () => Pick<Settings, 'hiddenKinds' | 'density'>;
  /** Set while mentions are on for this site. */
  mentions?: MentionsState;
  /** Set while the mention popover runs. */
  popover?: PopoverController;
  /** Set while saved highlights run (top frame only). */
  highlights?: SavedHighlights;
}

export interface Feature {
  /** For messages and errors: which feature failed. */
  name: string;
  init(page: PageContext, signal: AbortSignal): void;
}

/** Starts features in order; one that throws is reported and the others still start. */
export function startFeatures(features: readonly Feature[], page: PageContext, signal: AbortSignal): void {
  for (const feature of features) {
    if (signal.aborted) return;
    try {
      feature.init(page, signal);
    } catch (error) {
      console.error(`Glosa: the ${feature.name} feature could not start;`, error);
    }
  }
}
