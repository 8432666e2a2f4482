/**
 * The background holds the dataset and answers look-ups, so the content script ships
 * only the compiled matcher and receives just the entity a reader opens. It also
 * injects the popover's UI into a frame on first use, and relays the keyboard shortcut.
 */
import dataset from 'virtual:glosa/dataset';
import { browser, defineBackground } from '#imports';
import { buildEntityCard } from '../core/popover/entity-card';
import { handleMessages, sendToTab } from '../lib/messages';

export default defineBackground(() => {
  handleMessages('background', {
    'entity-card': ({ entityId }) => buildEntityCard(dataset, entityId) ?? null,
    'load-popover-ui': async (_request, sender) => {
      const tabId = sender.tabId;
      if (tabId === undefined) return { loaded: false };
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ['/page-ui.js'],
      });
      return { loaded: true };
    },
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'focus-mentions') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, 'focus-mentions', {}).catch(() => undefined);
  });
});
