/**
 * Wires one annotation session: matcher, index, highlighter, annotator, page watcher,
 * popover and keyboard cursor. Everything it starts stops when `signal` aborts (site
 * switched off, extension reloaded), and the underlines and UI go with it.
 */
import type { ContentScriptContext } from '#imports';
import type { CompiledMatcher } from '../../core/matcher/compile';
import { createMatcher } from '../../core/matcher/matcher';
import { t } from '../../lib/i18n';
import { handleMessages } from '../../lib/messages';
import { Annotator } from './annotator';
import { createHighlighter } from './highlighter';
import { MentionIndex } from './mention-index';
import { type PageWatcher, watchPage } from './page-watcher';
import { KeyboardCursor } from './popover/keyboard-cursor';
import { PopoverController } from './popover/popover-controller';
import { createPopoverHost, type PopoverHost } from './popover/popover-host';

export interface SessionOptions {
  ctx: ContentScriptContext;
  compiled: CompiledMatcher;
  hoverDelayMs: () => number;
  signal: AbortSignal;
}

export interface AnnotationSession {
  index: MentionIndex;
  annotator: Annotator;
  controller: PopoverController;
}

export function startAnnotating(document: Document, options: SessionOptions): AnnotationSession {
  const { ctx, compiled, signal } = options;
  const index = new MentionIndex();
  let watcher: PageWatcher | undefined;
  const highlighter = createHighlighter(document, undefined, () => watcher?.ignorePending());
  // Open shadow roots the scan has read: watched for changes, and searched when hit-testing.
  const shadowRoots = new Set<ShadowRoot>();
  const onShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    watcher?.observe(root);
  };
  const annotator = new Annotator({
    matcher: createMatcher(compiled),
    index,
    highlighter,
    signal,
    onShadowRoot,
  });

  // The UI's host element joins the page only when a popover or the cursor is first needed.
  let host: Promise<PopoverHost> | undefined;
  const getHost = () => {
    // A host that failed to mount is not kept: the next open tries again, as the popover promises.
    host ??= createPopoverHost(ctx).catch((error: unknown) => {
      host = undefined;
      throw error;
    });
    return host;
  };
  const controller = new PopoverController({
    document,
    index,
    annotator,
    host: getHost,
    hoverDelayMs: options.hoverDelayMs,
    shadowRoots,
    signal,
  });
  const cursor = new KeyboardCursor({
    document,
    index,
    controller,
    host: getHost,
    t,
    signal,
  });
  const stopMessages = handleMessages('content', {
    'focus-mentions': async () => ({ focused: await cursor.start() }),
    'page-mentions': () => ({
      counts: [...index.countsByEntity()]
        .map(([entityId, count]) => ({ entityId, count }))
        .sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId)),
    }),
    'show-entity': ({ entityId }) => {
      const mention = index.first(entityId);
      if (!mention) return { shown: false };
      mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      void controller.open(mention, { focus: true });
      return { shown: true };
    },
  });

  signal.addEventListener('abort', () => {
    stopMessages();
    annotator.reset();
    void host?.then((created) => created.remove());
  });

  void annotator.scan(document.body).then(() => {
    if (!signal.aborted) watcher = watchPage(document, annotator, signal, shadowRoots);
  });
  watchNavigation(document, annotator, controller, signal);
  return { index, annotator, controller };
}

/** Single-page apps change the address without a load: treat it as a new page. */
function watchNavigation(
  document: Document,
  annotator: Annotator,
  controller: PopoverController,
  signal: AbortSignal,
): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    controller.close();
    annotator.reset();
    void annotator.scan(document.body);
  };
  // The Navigation API reports the page's own history.pushState calls to every world;
  // where it is missing, poll the address (the isolated world cannot see history calls).
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('navigatesuccess', check, { signal });
  } else {
    const timer = setInterval(check, 300);
    signal.addEventListener('abort', () => clearInterval(timer));
  }
  window.addEventListener('popstate', check, { signal });
}
