/**
 * The popover's React UI, loaded into a tab only when its first popover opens (the
 * background injects it on request), so pages where nobody opens a popover never pay
 * for React. It renders into the container the content script gives it.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { defineUnlistedScript } from '#imports';
import { EntityPopover } from '../components/EntityPopover';
import { I18nProvider } from '../components/i18n-context';
import { popoverStyles } from '../components/popover-styles';
import { t, uiLocale } from '../lib/i18n';
import { registerPopoverUi } from './content/popover/ui-contract';

export default defineUnlistedScript(() => {
  const roots = new WeakMap<HTMLElement, Root>();
  const locale = uiLocale();

  registerPopoverUi({
    render(container, props) {
      let root = roots.get(container);
      if (!root) {
        const style = document.createElement('style');
        style.textContent = popoverStyles;
        container.before(style);
        root = createRoot(container);
        roots.set(container, root);
      }
      // Synchronous, so the controller can place and focus the dialog right after.
      const mounted = root;
      flushSync(() =>
        mounted.render(
          <I18nProvider t={t} locale={locale}>
            <EntityPopover {...props} />
          </I18nProvider>,
        ),
      );
    },
    unmount(container) {
      roots.get(container)?.unmount();
      roots.delete(container);
    },
  });
});
