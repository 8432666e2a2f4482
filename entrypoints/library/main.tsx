import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../../lib/i18n';
import { followUiLanguage } from '../../lib/ui-language';
import { firstScreenRead, prefetchFirstScreen } from './first-screen';
import { LibraryApp } from './LibraryApp';

// For the benchmark and DevTools: where the library's own work starts, after the browser
// has loaded and evaluated its modules (scripts/bench-library.ts splits the first render there).
performance.mark('glosa:library-script');
// The database read (started by library-first-read.js while these modules loaded) and
// the language read run side by side: neither waits for the other.
prefetchFirstScreen();
const root = document.getElementById('root');
/**
 * How long the first render waits for the first screen's read. It is usually in by now; a
 * database being created or upgraded takes longer, and then "Loading" is shown meanwhile.
 */
const firstScreenWaitMs = 50;
// In the interface language of the settings (it also sets the page's `lang`), and with the
// first screen of highlights: one render that shows them, not a "Loading" render and then another.
void Promise.all([followUiLanguage(), firstScreenRead(firstScreenWaitMs)]).finally(() => {
  document.title = t('libraryTitle');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <LibraryApp />
    </StrictMode>,
  );
});
