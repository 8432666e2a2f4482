/**
 * Keeps the annotations in step with a changing page: a MutationObserver queues the
 * blocks that changed, and in idle time they are forgotten and rescanned (only those).
 * Removed nodes drop their mentions. Changes inside Glosa's own UI are ignored. A
 * MutationObserver does not see into shadow trees, so each open shadow root the scanner
 * reads is observed too.
 */
import type { Annotator } from './annotator';
import { wrapperTag } from './highlighter';
import { blockOf, isInline, ownUiAttribute } from './text-blocks';

export interface PageWatcher {
  /** Drops the mutation records queued so far: they are Glosa's own (the wrapping fallback). */
  ignorePending(): void;
  /** Watches a shadow root found after the watcher started. */
  observe(root: ShadowRoot): void;
}

export function watchPage(
  document: Document,
  annotator: Annotator,
  signal: AbortSignal,
  shadowRoots: Iterable<ShadowRoot> = [],
): PageWatcher {
  const queued = new Set<Node>();
  let scheduled = false;
  /** Whether a record since the last run removed nodes: only then can mentions have left the page. */
  let removed = false;

  const isOwn = (node: Node): boolean => {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!element) return false;
    if (element.localName === wrapperTag) return true;
    return element.closest(`[${ownUiAttribute}]`) !== null;
  };

  // A changed node is rescanned as the whole block it belongs to, so that a name
  // completed by an inserted `<b>` is still found.
  const queue = (node: Node) => {
    if (isOwn(node)) return;
    const target =
      node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)
        ? node
        : (blockOf(node) ?? node.getRootNode()); // text right under a shadow root: the root
    queued.add(target);
  };

  const run = async () => {
    scheduled = false;
    const roots = [...queued].filter((node) => node.isConnected);
    queued.clear();
    // Removed content: its mentions go. Asking every block whether it is still connected
    // is skipped after edits that removed nothing (a ticker rewriting its text).
    if (removed) {
      removed = false;
      annotator.forgetDisconnected();
    }
    // One rescan for the whole batch: it finds what each changed part held in one pass.
    if (roots.length > 0 && !signal.aborted) await annotator.rescan(roots);
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    const start = () => void run();
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 500 });
    else setTimeout(start, 50);
  };

  const observer = new MutationObserver((records) => {
    let changed = false;
    for (const record of records) {
      if (isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        queue(record.target);
        changed = true;
        continue;
      }
      if (record.removedNodes.length > 0) {
        changed = true;
        removed = true;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
        queue(node);
        changed = true;
      }
      // Removing inline content can join or split a name in the block that remains.
      const joinsText = [...record.removedNodes].some(
        (node) =>
          node.nodeType === Node.TEXT_NODE ||
          (node.nodeType === Node.ELEMENT_NODE && isInline(node as Element)),
      );
      if (joinsText && record.target.isConnected) queue(record.target);
    }
    if (changed) schedule();
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(document.body ?? document.documentElement, options);
  for (const root of shadowRoots) observer.observe(root, options);
  signal.addEventListener('abort', () => observer.disconnect());
  return {
    ignorePending: () => void observer.takeRecords(),
    observe: (root) => observer.observe(root, options),
  };
}
