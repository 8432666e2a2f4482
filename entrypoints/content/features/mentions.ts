/**
 * Mentions: the matcher, index, highlighter, annotator and page watcher. It scans the
 * page, keeps the underlines in step with its changes and single-page navigations, and
 * publishes the index on `page.mentions` for the popover, the keyboard cursor, the popup
 * bridge and saved highlights (entities around a passage). On abort the underlines go.
 * The reader's kinds and density apply here (`kind-filter.ts`, `first-mentions.ts`).
 */
import compiledMatcher from 'virtual:glosa/matcher';
import { createMatcher } from '../../../core/matcher/matcher';
import { Annotator } from '../annotator';
import { FirstMentionIndex, firstMentionsOnly } from '../first-mentions';
import { highlightStyles } from '../highlight-styles';
import { createHighlighter } from '../highlighter';
import { matcherWithout } from '../kind-filter';
import { MentionIndex } from '../mention-index';
import { onNavigate } from '../navigation';
import { type PageWatcher, watchPage } from '../page-watcher';
import type { Feature } from './feature';

export const mentions: Feature = {
  name: 'mentions',
  init(page, signal) {
    const { document } = page;
    const { hiddenKinds, density } = page.mentionSettings?.() ?? { hiddenKinds: [], density: 'every' };
    const firstOnly = density === 'first' ? new FirstMentionIndex() : undefined;
    const index = firstOnly ?? new MentionIndex();
    let watcher: PageWatcher | undefined;
    const drawing = createHighlighter(document, {
      afterDomWrite: () => watcher?.ignorePending(),
      // A flush that lands after the session stopped (switched off) must not bring the rules back.
      onDraw: () => {
        if (!signal.aborted) highlightStyles.drawn('mentions');
      },
    });
    const highlighter = firstOnly ? firstMentionsOnly(firstOnly, drawing) : drawing;
    const { matcher, ready } = matcherWithout(createMatcher(compiledMatcher), hiddenKinds);
    const shadowRoots = new Set<ShadowRoot>();
    const onShadowRoot = (root: ShadowRoot) => {
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
      watcher?.observe(root);
    };
    const annotator = new Annotator({
      matcher,
      index,
      highlighter,
      signal,
      onShadowRoot,
    });
    const firstScan = ready
      .then(() => annotator.scan(document.body))
      .then(() => {
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
