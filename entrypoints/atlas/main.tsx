import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n-context';
import { t, uiLocale } from '../../lib/i18n';
import { AtlasApp } from './AtlasApp';

const locale = uiLocale();
// The page speaks the browser's language: screen readers pick their voice from it.
document.documentElement.lang = t('atlasLanguageTag');
document.title = t('atlasTitle');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider t={t} locale={locale}>
        <AtlasApp />
      </I18nProvider>
    </StrictMode>,
  );
}
