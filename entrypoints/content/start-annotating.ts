/**
 * Wires one annotation session: matcher, index, highlighter, annotator, page watcher.
 * Everything it starts stops when `signal` aborts (site switched off, extension
 * reloaded), and the underlines go with it.
 */
import type { CompiledMatcher } from '../../core/matcher/compile';
import { createMatcher } from '../../core/matcher/matcher';
import { Annotator } from './annotator';
import { createHighlighter } from './highlighter';
import { MentionIndex } from './mention-index';
import { watchPage } from './page-watcher';

export interface AnnotationSession {
  index: MentionIndex;
  annotator: Annotator;
}

export function startAnnotating(
  document: Document,
  compiled: CompiledMatcher,
  signal: AbortSignal,
): AnnotationSession {
  const index = new MentionIndex();
  const highlighter = createHighlighter(document);
  const annotator = new Annotator({ matcher: createMatcher(compiled), index, highlighter, signal });
  signal.addEventListener('abort', () => annotator.reset());

  void annotator.scan(document.body).then(() => {
    if (!signal.aborted) watchPage(document, annotator, signal);
  });
  watchNavigation(document, annotator, signal);
  return { index, annotator };
}

/** Single-page apps change the address without a load: treat it as a new page. */
function watchNavigation(document: Document, annotator: Annotator, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    annotator.reset();
    void annotator.scan(document.body);
  };
  // The page's own history calls are invisible from the isolated world, so we notice
  // them by polling the address, as WXT's location watcher does.
  const timer = setInterval(check, 500);
  window.addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => clearInterval(timer));
}
