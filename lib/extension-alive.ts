/**
 * Whether this context's extension is still there. After an update, a reload or a
 * removal, a content script left in an open tab keeps running, but its `runtime.id` is
 * undefined and every extension API call throws "Extension context invalidated".
 * Glosa's content context stops such a script (`lib/quiet-content-context.ts`); these
 * helpers keep its last steps from throwing on the way out.
 */
import { browser } from 'wxt/browser';

export function extensionAlive(): boolean {
  return browser.runtime?.id != null;
}

/**
 * Wraps the removal of an extension API listener: run only while the extension is
 * there. An orphaned script's listeners will never be called again, and removing them
 * would throw.
 */
export function whileAlive(stop: () => void): () => void {
  return () => {
    if (extensionAlive()) stop();
  };
}

/**
 * What a request from an orphaned script resolves to: nothing, ever. Its caller waits
 * on a script that is being stopped, instead of logging an error the reader can do
 * nothing about (WXT's `ContentScriptContext.block` does the same).
 */
export function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

/** How long a failed request waits to see whether the extension is on its way out. */
const goingAwayMs = 1_000;

/**
 * Whether the extension is gone a moment from now. Only a failed request asks: during
 * an update or a removal the background stops answering before this script's
 * `runtime.id` goes, and that failure is the update's, not an error to report.
 */
export function goneShortly(): Promise<boolean> {
  return new Promise((resolve) => setTimeout(() => resolve(!extensionAlive()), goingAwayMs));
}
