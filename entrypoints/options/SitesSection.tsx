/** Where Glosa works: every site but a deny list (the default), or only an allow list. */
import { type FormEvent, useState } from 'react';
import { addSite } from '../../core/settings';
import { t } from '../../lib/i18n';
import { FieldMessage } from './FieldMessage';
import type { SettingsState } from './use-settings';

export function SitesSection({ state }: { state: SettingsState }) {
  const { settings, write, stored, refused } = state;
  const field = settings.siteMode === 'allow' ? 'allowedSites' : 'disabledSites';
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('settingsSitesHeading')}</h2>
      <fieldset aria-describedby="site-mode-message">
        <legend>{t('settingsSiteModeLegend')}</legend>
        {(['deny', 'allow'] as const).map((mode) => (
          <label key={mode} className="check">
            <input
              type="radio"
              name="site-mode"
              value={mode}
              checked={settings.siteMode === mode}
              onChange={() => void write('siteMode', mode)}
            />
            {t(mode === 'deny' ? 'settingsSiteModeDeny' : 'settingsSiteModeAllow')}
          </label>
        ))}
        <FieldMessage id="site-mode-message" problem={refused.siteMode} stored={stored.siteMode} />
      </fieldset>
      <SiteList key={field} field={field} state={state} />
    </section>
  );
}

function SiteList({ field, state }: { field: 'allowedSites' | 'disabledSites'; state: SettingsState }) {
  const { settings, update, stored, refused, refuse } = state;
  const [typed, setTyped] = useState('');
  const sites = settings[field];
  const allow = field === 'allowedSites';
  const headingId = `${field}-heading`;
  const messageId = `${field}-message`;

  // A refusal is shown next to the field by `update`; the typed text stays to be fixed.
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const submitted = typed;
    const result = await update(field, (current) => addSite(current[field], submitted));
    // Emptied only if it still holds what was added: text typed during the write stays.
    if (result.ok) setTyped((current) => (current === submitted ? '' : current));
  };

  return (
    <>
      <h3 id={headingId}>{t(allow ? 'settingsAllowedHeading' : 'optionsSitesHeading')}</h3>
      {sites.length === 0 ? (
        <p className="hint">{t(allow ? 'settingsAllowedEmpty' : 'optionsAllSitesOn')}</p>
      ) : (
        <ul aria-labelledby={headingId} className="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t(allow ? 'settingsRemoveSite' : 'settingsTurnOnSite', site)}
                onClick={() =>
                  void update(field, (current) => ({
                    ok: true,
                    value: current[field].filter((entry) => entry !== site),
                  }))
                }
              >
                {t(allow ? 'settingsRemove' : 'optionsTurnOnAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)}>
        <label htmlFor={`${field}-input`}>{t(allow ? 'settingsAddSiteLabel' : 'optionsTurnOffLabel')}</label>
        <div className="row">
          <input
            id={`${field}-input`}
            value={typed}
            placeholder="example.com"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={refused[field] !== undefined}
            aria-describedby={messageId}
            onChange={(event) => {
              setTyped(event.target.value);
              refuse(field, undefined);
            }}
          />
          <button type="submit">{t(allow ? 'settingsAddSite' : 'optionsTurnOff')}</button>
        </div>
        <FieldMessage id={messageId} problem={refused[field]} stored={stored[field]} />
      </form>
    </>
  );
}
