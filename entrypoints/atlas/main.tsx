import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n-context';
import { t, uiLocale } from '../../lib/i18n';
import { followUiLanguage } from '../../lib/ui-language';
import { AtlasApp } from './AtlasApp';

const root = document.getElementById('root');
// In the interface language of the settings.
void followUiLanguage().finally(() => {
  const locale = uiLocale();
  // The page says the language it speaks: screen readers pick their voice from it.
  document.documentElement.lang = t('atlasLanguageTag');
  document.title = t('atlasTitle');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nProvider t={t} locale={locale}>
        <AtlasApp />
      </I18nProvider>
    </StrictMode>,
  );
});
