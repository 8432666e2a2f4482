/**
 * The page UI's React bundle: the mention popover and the saved highlight's note
 * editor, loaded into a tab only when the first one opens (the background injects it on
 * request), so pages where nobody opens anything never pay for React. It renders into
 * the layers of the page-UI host's closed shadow root, and adds its stylesheet there once.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { defineUnlistedScript } from '#imports';
import { EntityPopover } from '../components/EntityPopover';
import { NoteEditor } from '../components/highlights/NoteEditor';
import { noteEditorStyles } from '../components/highlights/note-editor-styles';
import { I18nProvider } from '../components/i18n-context';
import { popoverStyles } from '../components/popover-styles';
import { t, uiLocale } from '../lib/i18n';
import { registerPageUi } from './content/page-ui/ui-contract';

export default defineUnlistedScript(() => {
  const roots = new WeakMap<HTMLElement, Root>();
  const styled = new WeakSet<Node>();
  const locale = uiLocale();

  /** The container's React root, created on first render along with the shared stylesheet. */
  const rootOf = (container: HTMLElement): Root => {
    let root = roots.get(container);
    if (!root) {
      const shadow = container.getRootNode();
      if (!styled.has(shadow)) {
        styled.add(shadow);
        const style = document.createElement('style');
        style.textContent = popoverStyles + noteEditorStyles;
        (container.parentElement ?? container).before(style);
      }
      root = createRoot(container);
      roots.set(container, root);
    }
    return root;
  };

  registerPageUi({
    renderPopover(container, props) {
      const root = rootOf(container);
      // Synchronous, so the controller can place and focus the dialog right after.
      flushSync(() =>
        root.render(
          <I18nProvider t={t} locale={locale}>
            <EntityPopover {...props} />
          </I18nProvider>,
        ),
      );
    },
    renderNoteEditor(container, props) {
      const root = rootOf(container);
      flushSync(() =>
        root.render(
          <I18nProvider t={t} locale={locale}>
            <NoteEditor {...props} />
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
