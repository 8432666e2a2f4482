import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../../lib/i18n';
import { followUiLanguage } from '../../lib/ui-language';
import { prefetchFirstScreen } from './first-screen';
import { LibraryApp } from './LibraryApp';

// For the benchmark and DevTools: where the library's own work starts, after the browser
// has loaded and evaluated its modules (scripts/bench-library.ts splits the first render there).
performance.mark('glosa:library-script');
// The database read and the language read run side by side: neither waits for the other.
prefetchFirstScreen();
const root = document.getElementById('root');
// In the interface language of the settings (it also sets the page's `lang`).
void followUiLanguage().finally(() => {
  document.title = t('libraryTitle');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <LibraryApp />
    </StrictMode>,
  );
});
