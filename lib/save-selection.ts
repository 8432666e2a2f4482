/**
 * The two ways to save a selection that the background hears about: the context-menu
 * item on selected text and the keyboard shortcut. Both ask the page's content script
 * to save its selection, which it does exactly as its own button would.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';
import { sendToTab } from './messages';

const menuItemId = 'glosa-save-highlight';
const commandName = 'save-highlight';

/**
 * Asks the content script in a tab's frame to save its selection. On a page where it
 * does not run (the browser's own pages, the web store) nobody answers: that is not an
 * error worth a message, so this answers false.
 */
export async function askToSaveSelection(tabId: number, frameId = 0): Promise<boolean> {
  try {
    return (await sendToTab(tabId, 'save-selection', {}, frameId)).saved;
  } catch {
    return false;
  }
}

/** Registers the context-menu item and the shortcut. Call synchronously at the background's start. */
export function registerSaveSelectionTriggers(): void {
  // Menu items outlive the service worker but not an update: create once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create(
        { id: menuItemId, title: t('contextMenuSaveHighlight'), contexts: ['selection'] },
        // Reading lastError keeps a failed create (a rare duplicate) out of the console as "unchecked".
        () => void browser.runtime.lastError,
      );
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== menuItemId || tab?.id === undefined) return;
    // The selection may be in a frame: ask that frame's content script (it runs in all frames).
    void askToSaveSelection(tab.id, info.frameId ?? 0);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== commandName) return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id !== undefined) await askToSaveSelection(target.id);
  });
}
