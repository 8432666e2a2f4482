/**
 * The toolbar popup: what Glosa found on this tab ("N mentions of M entities", grouped by
 * kind; each opens its first mention), the switches for this site and for every site,
 * the page's saved highlights, and the dataset's version. Where Glosa cannot help it
 * says why: a page closed to extensions, a tab that needs a reload, a page without
 * mentions (with what the dataset covers). The state is decided in core/popup.
 */
import bilingualDataset from 'virtual:glosa/dataset';
import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { routeHash } from '../../core/atlas/route';
import { languageOfStrings } from '../../core/i18n/language';
import { localiseDataset } from '../../core/localise';
import { formatPartialDate } from '../../core/popover/partial-date';
import {
  canRunOn,
  coverageSentence,
  groupByKind,
  kindHeading,
  mentionSummary,
  plural,
  popupState,
} from '../../core/popup/popup-view';
import { isSiteEnabled, type Settings, siteKey } from '../../core/settings';
import { atlasUrl } from '../../lib/atlas-url';
import { t, uiLocale } from '../../lib/i18n';
import { type PageMentionCount, sendToTab } from '../../lib/messages';
import { readSettings, setPaused, setSiteEnabled, watchSettings } from '../../lib/settings';
import { PageHighlights } from './PageHighlights';

const locale = uiLocale();
const dataset = localiseDataset(bilingualDataset, languageOfStrings(t));
const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));

interface ActiveTab {
  id: number;
  /** Hidden by the browser on pages Glosa has no access to (the browser's own, local files). */
  url: string | undefined;
  loading: boolean;
}

export function PopupApp() {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ text: boolean } | null | undefined>(undefined);
  const [counts, setCounts] = useState<PageMentionCount[] | null>(null);

  useEffect(() => {
    // The tab the user is looking at: the active tab of the last focused browser window
    // (the popup itself is not a tab).
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([active]) => {
      if (active?.id !== undefined)
        setTab({ id: active.id, url: active.url, loading: active.status === 'loading' });
    });
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const site = tab?.url ? siteKey(tab.url) : undefined;
  const runs = canRunOn(tab?.url);
  const siteEnabled = Boolean(tab?.url && settings && isSiteEnabled(settings, tab.url));
  const active = runs && siteEnabled && settings?.paused === false;

  useEffect(() => {
    if (!tab || !runs) return;
    // The content script may still be starting or scanning: ask again until it settles.
    let stopped = false;
    // A content script starts just after the page loads (document_idle): one unanswered
    // question right after a load is not yet a reason to ask for a reload.
    let unanswered = 0;
    const ask = async () => {
      const answer = await sendToTab(tab.id, 'page-status', {}).catch(() => null);
      if (stopped) return;
      unanswered = answer ? 0 : unanswered + 1;
      if (answer || unanswered > 1) setStatus(answer);
      if (!answer?.text || !active) {
        setCounts(null);
        return;
      }
      const mentions = await sendToTab(tab.id, 'page-mentions', {}).catch(() => null);
      if (!stopped) setCounts(mentions ? mentions.counts : null);
    };
    void ask();
    const timer = setInterval(() => void ask(), 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [tab, runs, active]);

  const state = tab
    ? popupState({
        url: tab.url,
        loading: tab.loading,
        status,
        siteEnabled,
        paused: settings?.paused ?? false,
        counts: settings ? counts : null,
      })
    : 'looking';

  const show = async (entityId: string) => {
    if (!tab) return;
    await sendToTab(tab.id, 'show-entity', { entityId }).catch(() => undefined);
    window.close();
  };

  const reload = async () => {
    if (!tab) return;
    await browser.tabs.reload(tab.id);
    window.close();
  };

  return (
    <main>
      <h1>Glosa</h1>
      {state === 'restricted' ? (
        <p className="notice">{t('popupPanelRestricted')}</p>
      ) : (
        <div className="switches">
          {site ? (
            <div className="switch-row">
              <span id="site-label">{t('popupSiteLabel', site)}</span>
              <button
                type="button"
                role="switch"
                className="switch"
                aria-checked={siteEnabled}
                aria-labelledby="site-label"
                disabled={!settings}
                onClick={() => void setSiteEnabled(site, !siteEnabled)}
              >
                {siteEnabled ? t('popupOn') : t('popupOff')}
              </button>
            </div>
          ) : null}
          <div className="switch-row">
            <span id="pause-label">{t('popupPanelPause')}</span>
            <button
              type="button"
              role="switch"
              className="switch"
              aria-checked={settings?.paused ?? false}
              aria-labelledby="pause-label"
              disabled={!settings}
              onClick={() => void setPaused(!settings?.paused)}
            >
              {settings?.paused ? t('popupOn') : t('popupOff')}
            </button>
          </div>
        </div>
      )}

      {state === 'restricted' ? null : (
        <section aria-labelledby="mentions-heading">
          <h2 id="mentions-heading">{t('popupMentionsHeading')}</h2>
          {state === 'reload' ? (
            <div className="notice">
              <p>{t('popupPanelReload')}</p>
              <button type="button" className="action" onClick={() => void reload()}>
                {t('popupPanelReloadButton')}
              </button>
            </div>
          ) : state === 'paused' ? (
            <p className="muted">{t('popupPanelPaused')}</p>
          ) : state === 'site-off' ? (
            <p className="muted">{t('popupPanelSiteOff')}</p>
          ) : state === 'looking' ? (
            <p className="muted">{t('popupLooking')}</p>
          ) : state === 'no-mentions' ? (
            <>
              <p>{t('popupPanelNoMentions')}</p>
              <p className="muted">{coverageSentence(t, locale, dataset)}</p>
            </>
          ) : (
            <Mentions counts={counts ?? []} onShow={(entityId) => void show(entityId)} />
          )}
        </section>
      )}

      {site && runs ? <PageHighlights tab={tab?.url ? { id: tab.id, url: tab.url } : null} /> : null}

      <nav className="links">
        {site && runs ? null : (
          <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
            {t('popupHighlightsOpenLibrary')}
          </a>
        )}
        <a href={atlasUrl()} target="_blank" rel="noreferrer">
          {t('popupPanelDatasetBrowser')}
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popupSettings')}
        </a>
      </nav>

      <footer>
        <span>{t('popoverDatasetAsOf', [dataset.version, formatPartialDate(dataset.asOf, locale)])}</span>
        <a
          href={browser.runtime.getURL(`/atlas.html${routeHash({ view: 'changelog' })}`)}
          target="_blank"
          rel="noreferrer"
        >
          {t('popupPanelChangelog')}
        </a>
      </footer>
    </main>
  );
}

function Mentions({ counts, onShow }: { counts: PageMentionCount[]; onShow: (entityId: string) => void }) {
  const groups = groupByKind(counts, (entityId) => entities.get(entityId)?.kind);
  return (
    <>
      <p className="summary">{mentionSummary(t, locale, counts)}</p>
      {groups.map((group) => (
        <div key={group.kind} className="kind-group">
          <h3 id={`kind-${group.kind}`}>{kindHeading(t, group.kind)}</h3>
          <ul aria-labelledby={`kind-${group.kind}`}>
            {group.entries.map((entry) => (
              <li key={entry.entityId}>
                <button type="button" onClick={() => onShow(entry.entityId)}>
                  <span>{entities.get(entry.entityId)?.name ?? entry.entityId}</span>
                  <span className="count">
                    <span aria-hidden="true">{entry.count}</span>
                    <span className="visually-hidden">
                      {plural(t, locale, entry.count, 'popupPanelMentionsOne', 'popupPanelMentionsOther')}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
