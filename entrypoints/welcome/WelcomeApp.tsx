/**
 * The page Glosa opens once, on install: what it covers (the curated dataset, its years,
 * its sources, its version), a live sample to open a mention on, and where to go next.
 * It says plainly that Glosa stays quiet on pages outside its dataset.
 */
import dataset from 'virtual:glosa/dataset';
import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { useLocale, useT } from '../../components/i18n-context';
import { formatPartialDate } from '../../core/popover/partial-date';
import { coverageSentence, plural } from '../../core/popup/popup-view';
import { defaultSettings } from '../../core/settings';
import { atlasUrl } from '../../lib/atlas-url';
import { readSettings, watchSettings } from '../../lib/settings';
import { SampleArticle } from './SampleArticle';

/** The shortcut as Chrome lists it (the reader may have changed it), or the suggested one. */
const suggestedShortcut = 'Alt+Shift+G';

export function WelcomeApp() {
  const t = useT();
  const locale = useLocale();
  const [hoverDelayMs, setHoverDelayMs] = useState(defaultSettings.hoverDelayMs);
  const [shortcut, setShortcut] = useState(suggestedShortcut);

  useEffect(() => {
    void readSettings().then((settings) => setHoverDelayMs(settings.hoverDelayMs));
    return watchSettings((settings) => setHoverDelayMs(settings.hoverDelayMs));
  }, []);
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((commands) => {
        const key = commands.find((command) => command.name === 'focus-mentions')?.shortcut;
        if (key) setShortcut(key);
      })
      .catch(() => undefined);
  }, []);

  const years = dataset.sources
    .map((source) => Number(source.published.slice(0, 4)))
    .filter((year) => Number.isInteger(year) && year > 0);
  const sources = plural(t, locale, dataset.sources.length, 'welcomeSourcesOne', 'welcomeSourcesOther');

  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <p className="lead">{t('welcomeIntro')}</p>

      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t('welcomeCoverageHeading')}</h2>
        <p>{t('welcomeCoverage', [String(Math.min(...years)), String(Math.max(...years)), sources])}</p>
        <p>{coverageSentence(t, locale, dataset)}</p>
        <p className="muted">
          {t('popoverDatasetAsOf', [dataset.version, formatPartialDate(dataset.asOf, locale)])}
        </p>
      </section>

      <section aria-labelledby="try-heading">
        <h2 id="try-heading">{t('welcomeTryHeading')}</h2>
        <SampleArticle hoverDelayMs={hoverDelayMs} />
        <ul className="how">
          <li>{t('welcomeHowHover')}</li>
          <li>{t('welcomeHowClick')}</li>
          <li>{t('welcomeHowKeyboard', shortcut)}</li>
        </ul>
        <p className="muted">{t('welcomeOpenTabs')}</p>
      </section>

      <nav aria-labelledby="links-heading">
        <h2 id="links-heading">{t('welcomeLinksHeading')}</h2>
        <ul>
          <li>
            <a href={atlasUrl()}>{t('welcomeDatasetBrowser')}</a>
          </li>
          <li>
            <a href={browser.runtime.getURL('/options.html')}>{t('welcomeSettings')}</a>
          </li>
        </ul>
        <p className="muted">{t('welcomeDemoNote')}</p>
      </nav>
    </main>
  );
}
