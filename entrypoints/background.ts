/**
 * The background holds the dataset and answers look-ups, so the content script ships
 * only the compiled matcher and receives just the entity a reader opens. It also
 * injects the popover's UI into a frame on first use, inserts the highlight rules into a
 * frame once it has something to draw and takes them out when it stops (`lib/highlight-styles.ts`), relays the keyboard shortcuts
 * and the context menu, greets a first install and equips the tabs already open
 * (`lib/first-run.ts`), and answers the highlight messages (`lib/highlight-service.ts`):
 * the database lives here and in Glosa's pages, never in a web page's origin.
 */
import bilingualDataset from 'virtual:glosa/dataset';
import { browser, defineBackground } from '#imports';
import { languageOfStrings } from '../core/i18n/language';
import { localiseDataset } from '../core/localise';
import { buildEntityCard } from '../core/popover/entity-card';
import { atlasUrl } from '../lib/atlas-url';
import { purgeTrash } from '../lib/db/highlights';
import { registerFirstRun } from '../lib/first-run';
import { createHighlightService } from '../lib/highlight-service';
import { injectHighlightStyles, removeHighlightStyles, restyleMentions } from '../lib/highlight-styles';
import { fetchMessages, t } from '../lib/i18n';
import { handleMessages, type Sender, sendToTab } from '../lib/messages';
import { notifyPageTabs } from '../lib/page-tabs';
import { registerSaveSelectionTriggers } from '../lib/save-selection';
import { adoptLegacySettings } from '../lib/settings';
import { followUiLanguage } from '../lib/ui-language';

/** The dataset in the UI strings' language, localised once per language (core/localise.ts memoises it). */
const localised = () => localiseDataset(bilingualDataset, languageOfStrings(t));

/** Runs one of Glosa's unlisted scripts in the frame that asked, in its isolated world. */
async function injectIntoSender(
  sender: Sender,
  file: '/page-host.js' | '/page-ui.js',
): Promise<{ loaded: boolean }> {
  const tabId = sender.tabId;
  if (tabId === undefined) return { loaded: false };
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [file],
  });
  return { loaded: true };
}

export default defineBackground(() => {
  // Listeners are registered before any await, so a message or click that woke the
  // service worker is not missed.
  handleMessages('background', {
    'entity-card': ({ entityId }) => buildEntityCard(localised(), entityId) ?? null,
    'load-page-host': (_request, sender) => injectIntoSender(sender, '/page-host.js'),
    'load-popover-ui': (_request, sender) => injectIntoSender(sender, '/page-ui.js'),
    'inject-highlight-styles': injectHighlightStyles(browser.scripting),
    'remove-highlight-styles': removeHighlightStyles(browser.scripting),
    'open-atlas': async ({ entityId }, sender) => {
      if (!bilingualDataset.entities.some((entity) => entity.id === entityId)) return { opened: false };
      await browser.tabs.create({ url: atlasUrl(entityId), openerTabId: sender.tabId });
      return { opened: true };
    },
    'restyle-mentions': restyleMentions(browser.scripting),
    'ui-messages': ({ locale }) => fetchMessages(locale),
    ...createHighlightService({ entities: localised().entities, notify: notifyPageTabs, translate: t }),
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'focus-mentions') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, 'focus-mentions', {}).catch(() => undefined);
  });
  registerSaveSelectionTriggers();
  // The welcome page on install; the content script into tabs open before install or update.
  registerFirstRun();
  // Settings of an earlier version move to sync as soon as the new one runs; then the
  // background's own strings follow the interface language setting.
  void adoptLegacySettings().then(() => followUiLanguage(() => {}));

  // Highlights deleted more than a month ago can no longer be restored: forget them.
  void purgeTrash().catch((error: unknown) => console.warn('Glosa: the trash could not be purged', error));
});
