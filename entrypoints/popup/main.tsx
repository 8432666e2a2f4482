import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLocale } from '../../lib/i18n';
import { PopupApp } from './PopupApp';

document.documentElement.lang = uiLocale();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  );
}
