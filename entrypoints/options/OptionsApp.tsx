/** The settings page: sites where Glosa stays off, the hover delay, and a way into the atlas. */
import { type FormEvent, useEffect, useState } from 'react';
import { defaultSettings, type Settings, siteKey, withSiteEnabled } from '../../core/settings';
import { atlasUrl } from '../../lib/atlas-url';
import { t } from '../../lib/i18n';
import { readSettings, watchSettings, writeSettings } from '../../lib/settings';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [site, setSite] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const save = (next: Settings) => {
    setSettings(next);
    void writeSettings(next);
  };

  const addSite = (event: FormEvent) => {
    event.preventDefault();
    const typed = site.trim();
    const key = siteKey(typed.includes('://') ? typed : `https://${typed}`);
    if (!key) {
      setError(t('optionsNotASite', typed));
      return;
    }
    setError('');
    setSite('');
    save(withSiteEnabled(settings, key, false));
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p className="hint">{t('optionsAllSitesOn')}</p>
      ) : (
        <ul aria-labelledby="sites-heading">
          {settings.disabledSites.map((entry) => (
            <li key={entry}>
              <span>{entry}</span>
              <button type="button" onClick={() => save(withSiteEnabled(settings, entry, true))}>
                {t('optionsTurnOnAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={addSite}>
        <label htmlFor="site">{t('optionsTurnOffLabel')}</label>
        <input
          id="site"
          value={site}
          placeholder="example.com"
          onChange={(event) => setSite(event.target.value)}
          aria-describedby="site-error"
        />
        <button type="submit">{t('optionsTurnOff')}</button>
      </form>
      <p id="site-error" role="alert" className="hint">
        {error}
      </p>

      <h2>{t('optionsPopoverHeading')}</h2>
      <label htmlFor="delay">{t('optionsHoverDelay')} </label>
      <input
        id="delay"
        type="number"
        min={0}
        max={3000}
        step={50}
        value={settings.hoverDelayMs}
        onChange={(event) => {
          const value = Number(event.target.value);
          if (Number.isInteger(value) && value >= 0 && value <= 3000)
            save({ ...settings, hoverDelayMs: value });
        }}
      />

      <h2>{t('atlasOptionsHeading')}</h2>
      <p>
        <a href={atlasUrl()}>{t('atlasOptionsLink')}</a>
      </p>
    </main>
  );
}
