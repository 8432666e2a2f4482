import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../../lib/i18n';
import { followUiLanguage } from '../../lib/ui-language';
import { OptionsApp } from './OptionsApp';

const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  let generation = 0;
  // A change of language renders the page again from the top, in the new language.
  const render = () => {
    document.title = t('optionsTitle');
    root.render(
      <StrictMode>
        <OptionsApp key={generation++} />
      </StrictMode>,
    );
  };
  void followUiLanguage(render).then(render);
}
