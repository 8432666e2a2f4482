/**
 * Mentions: the matcher, index, highlighter, annotator and page watcher. It scans the
 * page, keeps the underlines in step with its changes and single-page navigations, and
 * publishes the index on `page.mentions` for the popover, the keyboard cursor, the popup
 * bridge and saved highlights (entities around a passage). On abort the underlines go.
 */
import compiledMatcher from 'virtual:glosa/matcher';
import { createMatcher } from '../../../core/matcher/matcher';
import { Annotator } from '../annotator';
import { requestHighlightStyles } from '../highlight-styles';
import { createHighlighter } from '../highlighter';
import { MentionIndex } from '../mention-index';
import { onNavigate } from '../navigation';
import { type PageWatcher, watchPage } from '../page-watcher';
import type { Feature } from './feature';

export const mentions: Feature = {
  name: 'mentions',
  init(page, signal) {
    const { document } = page;
    const index = new MentionIndex();
    let watcher: PageWatcher | undefined;
    const highlighter = createHighlighter(document, {
      afterDomWrite: () => watcher?.ignorePending(),
      onDraw: requestHighlightStyles,
    });
    const shadowRoots = new Set<ShadowRoot>();
    const onShadowRoot = (root: ShadowRoot) => {
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
      watcher?.observe(root);
    };
    const annotator = new Annotator({
      matcher: createMatcher(compiledMatcher),
      index,
      highlighter,
      signal,
      onShadowRoot,
    });
    const firstScan = annotator.scan(document.body).then(() => {
      if (!signal.aborted) watcher = watchPage(document, annotator, signal, shadowRoots);
    });
    page.mentions = { index, annotator, shadowRoots, firstScan };
    onNavigate(() => {
      page.popover?.close();
      annotator.reset();
      void annotator.scan(document.body);
    }, signal);
    signal.addEventListener('abort', () => {
      annotator.reset();
      if (page.mentions?.index === index) page.mentions = undefined;
    });
  },
};
