/**
 * What the background does when Glosa is installed or updated: the welcome page on a
 * first install, and the content script into the tabs that were already open, which
 * the browser never gives it (a declared content script only runs on pages loaded
 * after install). Where injection fails (a discarded tab, a page closed to
 * extensions) the popup asks for a reload instead.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** Addresses the declared content script matches, and so the only ones it is injected into. */
export function canTakeContentScript(tab: { url?: string; discarded?: boolean }): boolean {
  // A discarded tab has no document to run in; it loads the declared script when it wakes.
  return !tab.discarded && tab.url !== undefined && /^https?:\/\//.test(tab.url);
}

/** The built content script's files, read from the manifest WXT wrote (`content-scripts/content.js`). */
export function contentScriptFiles(manifest: { content_scripts?: { js?: string[] }[] }): ScriptPublicPath[] {
  // The manifest names them without the leading slash that `executeScript` paths take.
  return (
    manifest.content_scripts
      ?.flatMap((script) => script.js ?? [])
      .map((file) => `/${file.replace(/^\//, '')}` as ScriptPublicPath) ?? []
  );
}

/** Injects the content script into every open http(s) tab; resolves to how many took it. */
export async function injectIntoOpenTabs(): Promise<number> {
  const files = contentScriptFiles(browser.runtime.getManifest());
  if (files.length === 0) return 0;
  const tabs = (await browser.tabs.query({})).filter(canTakeContentScript);
  const results = await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? false
        : browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files }).then(
            () => true,
            // An error page, a store page, a tab closed meanwhile: the popup asks for a reload there.
            () => false,
          ),
    ),
  );
  return results.filter(Boolean).length;
}

/** Registered at the background's start, before any await, so the install event is not missed. */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    if (reason === 'install' || reason === 'update') {
      void injectIntoOpenTabs().catch((error: unknown) =>
        console.warn('Glosa: the open tabs could not be given the content script', error),
      );
    }
  });
}
