/**
 * The toolbar popup: which dataset entities this page mentions and how often (each
 * opens its first mention), and the switch that turns Glosa off for this site.
 */
import dataset from 'virtual:glosa/dataset';
import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { isSiteEnabled, type Settings, siteKey } from '../../core/settings';
import { t } from '../../lib/i18n';
import { type PageMentionCount, sendToTab } from '../../lib/messages';
import { readSettings, setSiteEnabled, watchSettings } from '../../lib/settings';
import { PageHighlights } from './PageHighlights';

const names = new Map(dataset.entities.map((entity) => [entity.id, entity.name]));

interface ActiveTab {
  id: number;
  url: string;
}

export function PopupApp() {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [counts, setCounts] = useState<PageMentionCount[] | null>(null);

  useEffect(() => {
    // The tab the user is looking at: the active tab of the last focused browser window
    // (the popup itself is not a tab).
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([active]) => {
      if (active?.id !== undefined && active.url) setTab({ id: active.id, url: active.url });
    });
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const site = tab ? siteKey(tab.url) : undefined;
  const enabled = Boolean(tab && settings && isSiteEnabled(settings, tab.url));

  useEffect(() => {
    if (!tab || !enabled) {
      setCounts(null);
      return;
    }
    // The content script may still be scanning: ask again until the counts settle.
    let stopped = false;
    const ask = () =>
      sendToTab(tab.id, 'page-mentions', {})
        .then((answer) => !stopped && setCounts(answer.counts))
        .catch(() => !stopped && setCounts([]));
    void ask();
    const timer = setInterval(ask, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [tab, enabled]);

  const show = async (entityId: string) => {
    if (!tab) return;
    await sendToTab(tab.id, 'show-entity', { entityId }).catch(() => undefined);
    window.close();
  };

  return (
    <main>
      <h1>Glosa</h1>
      {site ? (
        <div className="site">
          <span id="site-label">{t('popupSiteLabel', site)}</span>
          <button
            type="button"
            role="switch"
            className="switch"
            aria-checked={enabled}
            aria-labelledby="site-label"
            disabled={!settings}
            onClick={() => void setSiteEnabled(site, !enabled)}
          >
            {enabled ? t('popupOn') : t('popupOff')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('popupNotAWebPage')}</p>
      )}

      {site && enabled ? (
        <>
          <h2 id="mentions-heading">{t('popupMentionsHeading')}</h2>
          {counts === null ? (
            <p className="muted">{t('popupLooking')}</p>
          ) : counts.length === 0 ? (
            <p className="muted">{t('popupNoMentions')}</p>
          ) : (
            <ul aria-labelledby="mentions-heading">
              {counts.map((entry) => (
                <li key={entry.entityId}>
                  <button type="button" onClick={() => void show(entry.entityId)}>
                    <span>{names.get(entry.entityId) ?? entry.entityId}</span>
                    <span className="count">
                      {entry.count}
                      <span className="visually-hidden">{t('popupMentionsSuffix')}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}

      {site ? <PageHighlights tab={tab} /> : null}

      <footer>
        <span>{t('popoverDatasetVersion', dataset.version)}</span>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popupSettings')}
        </a>
      </footer>
    </main>
  );
}
