/**
 * The popup's list of this page's saved highlights, read from the database (the popup is
 * an extension page) and kept live. Where the tab's content script answers, its current
 * anchoring replaces the last recorded one, so orphans are counted as the page is now.
 * Each highlight scrolls the tab to it; "Open library" opens the library in a tab.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from '#imports';
import type { AnchorState } from '../../core/anchoring/selectors';
import { pageAddresses } from '../../core/highlights/address';
import { highlightsAt } from '../../lib/db/highlights';
import { requestPersistentStorage } from '../../lib/db/persist';
import { t } from '../../lib/i18n';
import { sendToTab } from '../../lib/messages';

export function PageHighlights({ tab }: { tab: { id: number; url: string } | null }) {
  const addresses = tab ? pageAddresses(tab.url) : [];
  const key = addresses.join('\n');
  const highlights = useLiveQuery(() => highlightsAt(addresses), [key]);
  const [live, setLive] = useState<Map<string, AnchorState> | null>(null);

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  useEffect(() => {
    if (!tab) return;
    let stopped = false;
    sendToTab(tab.id, 'page-highlight-states', {})
      .then((answer) => {
        if (!stopped) setLive(new Map(answer.results.map((result) => [result.id, result.state])));
      })
      // No content script there (or an older one): the recorded states stand.
      .catch(() => undefined);
    return () => {
      stopped = true;
    };
  }, [tab]);

  const openLibrary = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  };

  const show = async (id: string) => {
    if (!tab) return;
    await sendToTab(tab.id, 'show-highlight', { id }).catch(() => undefined);
    window.close();
  };

  const stateOf = (id: string, recorded: AnchorState | undefined) => live?.get(id) ?? recorded;
  const orphans = (highlights ?? []).filter(
    (highlight) => stateOf(highlight.id, highlight.anchoring?.state) === 'orphan',
  ).length;

  return (
    <section aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">{t('popupHighlightsHeading')}</h2>
      {addresses.length === 0 ? null : highlights === undefined ? (
        <p className="muted">{t('popupLooking')}</p>
      ) : highlights.length === 0 ? (
        <p className="muted">{t('popupHighlightsNone')}</p>
      ) : (
        <>
          {orphans > 0 ? (
            <p className="orphans">
              {orphans === 1
                ? t('popupHighlightsOrphanCountOne')
                : t('popupHighlightsOrphanCount', String(orphans))}
            </p>
          ) : null}
          <ul aria-labelledby="highlights-heading" className="highlights">
            {highlights.map((highlight) => {
              const state = stateOf(highlight.id, highlight.anchoring?.state);
              const quote = highlight.target.selector.quote.exact;
              return (
                <li key={highlight.id}>
                  <button type="button" onClick={() => void show(highlight.id)}>
                    <span className="quote">{quote.length > 90 ? `${quote.slice(0, 87)}…` : quote}</span>
                    {state === 'orphan' ? (
                      <span className="marker orphan">{t('popupHighlightsOrphan')}</span>
                    ) : state === 'uncertain' ? (
                      <span className="marker">{t('popupHighlightsUncertain')}</span>
                    ) : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <button type="button" className="library-link" onClick={() => void openLibrary()}>
        {t('popupHighlightsOpenLibrary')}
      </button>
    </section>
  );
}
