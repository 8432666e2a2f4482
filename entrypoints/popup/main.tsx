import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { followUiLanguage } from '../../lib/ui-language';
import { PopupApp } from './PopupApp';

const root = document.getElementById('root');
// In the interface language of the settings (it also sets the page's `lang`).
void followUiLanguage().finally(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  );
});
