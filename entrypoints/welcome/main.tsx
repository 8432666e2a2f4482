import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n-context';
import { t, uiLocale } from '../../lib/i18n';
import { WelcomeApp } from './WelcomeApp';

const locale = uiLocale();
document.documentElement.lang = locale;
document.title = t('welcomeTitle');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider t={t} locale={locale}>
        <WelcomeApp />
      </I18nProvider>
    </StrictMode>,
  );
}
