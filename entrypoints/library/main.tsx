import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t, uiLocale } from '../../lib/i18n';
import { LibraryApp } from './LibraryApp';

document.documentElement.lang = uiLocale();
document.title = t('libraryTitle');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LibraryApp />
    </StrictMode>,
  );
}
