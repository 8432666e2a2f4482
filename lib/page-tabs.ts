/**
 * Telling open tabs that their page's highlights changed, so each draws them again.
 * Called by the background after a change made for one tab, and by the library after
 * it writes through `lib/db` (extension pages may use `tabs`).
 */
import { browser } from 'wxt/browser';
import { pageAddresses } from '../core/highlights/address';
import { sendToTab } from './messages';

/** The ids of the tabs showing a page filed under any of `addresses`, except one. */
export function tabsShowingPage(
  tabs: readonly { id?: number; url?: string }[],
  addresses: readonly string[],
  exceptTabId?: number,
): number[] {
  return tabs.flatMap((tab) =>
    tab.id !== undefined &&
    tab.id !== exceptTabId &&
    tab.url !== undefined &&
    pageAddresses(tab.url).some((address) => addresses.includes(address))
      ? [tab.id]
      : [],
  );
}

/**
 * Sends `highlights-changed` to every tab showing the page (but `exceptTabId`, the tab
 * that made the change and already knows). Tabs without Glosa's content script (not yet
 * loaded, or a page it does not run on) are skipped. Returns how many tabs answered.
 */
export async function notifyPageTabs(addresses: readonly string[], exceptTabId?: number): Promise<number> {
  if (addresses.length === 0) return 0;
  const ids = tabsShowingPage(await browser.tabs.query({}), addresses, exceptTabId);
  const answers = await Promise.all(
    ids.map((id) =>
      sendToTab(id, 'highlights-changed', {}).then(
        () => true,
        () => false,
      ),
    ),
  );
  return answers.filter(Boolean).length;
}
