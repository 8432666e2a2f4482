/**
 * The settings page. Each control writes its own field (lib/settings.ts): a value that
 * does not fit is refused with the reason next to the field, and a stored field that was
 * unreadable is marked where it is shown. Changes reach open tabs at once.
 */
import { atlasUrl } from '../../lib/atlas-url';
import { t } from '../../lib/i18n';
import { FieldMessage } from './FieldMessage';
import { MentionsSection } from './MentionsSection';
import { SettingsFileSection } from './SettingsFileSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { UnderlineSection } from './UnderlineSection';
import { type SettingsState, useSettings } from './use-settings';

export function OptionsApp() {
  const state = useSettings();
  return (
    <main aria-busy={!state.loaded}>
      <h1>{t('optionsTitle')}</h1>
      {Object.keys(state.stored).length > 0 ? (
        <p className="banner" role="alert">
          {t('settingsResetSummary')}
        </p>
      ) : null}
      <MentionsSection state={state} />
      <UnderlineSection state={state} />
      <SitesSection state={state} />
      <LanguageSection state={state} />
      <ShortcutsSection />
      <SettingsFileSection state={state} />
      <h2>{t('atlasOptionsHeading')}</h2>
      <p>
        <a href={atlasUrl()}>{t('atlasOptionsLink')}</a>
      </p>
    </main>
  );
}

function LanguageSection({ state }: { state: SettingsState }) {
  const { settings, write, stored, refused } = state;
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t('settingsLanguageHeading')}</h2>
      <div className="field">
        <label htmlFor="language">{t('settingsLanguageLabel')}</label>
        <select
          id="language"
          value={settings.language}
          aria-describedby="language-message"
          onChange={(event) => void write('language', event.target.value)}
        >
          <option value="browser">{t('settingsLanguageBrowser')}</option>
          <option value="en" lang="en">
            {t('settingsLanguageEn')}
          </option>
          <option value="es" lang="es">
            {t('settingsLanguageEs')}
          </option>
        </select>
        <FieldMessage id="language-message" problem={refused.language} stored={stored.language} />
      </div>
    </section>
  );
}
