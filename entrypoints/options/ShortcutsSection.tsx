/**
 * The keyboard shortcuts as the browser has them now (`commands.getAll`), and a way to
 * its own page for changing them: a web page may not link to chrome://extensions/shortcuts,
 * but the extension may open it in a tab; Firefox has its own call for its page.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

interface Binding {
  name: string;
  description: string;
  shortcut: string;
}

async function openShortcutPage(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function ShortcutsSection() {
  const [bindings, setBindings] = useState<Binding[]>([]);
  useEffect(() => {
    const read = () =>
      void browser.commands.getAll().then((commands) =>
        setBindings(
          commands
            .filter((command) => command.name && command.name !== '_execute_action')
            .map((command) => ({
              name: command.name ?? '',
              description: command.description ?? command.name ?? '',
              shortcut: command.shortcut ?? '',
            })),
        ),
      );
    read();
    // Back from the browser's shortcut page: show what changed there.
    const onVisible = () => {
      if (document.visibilityState === 'visible') read();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('settingsShortcutsHeading')}</h2>
      <dl className="shortcuts">
        {bindings.map((binding) => (
          <div key={binding.name}>
            <dt>{binding.description}</dt>
            <dd>{binding.shortcut ? <kbd>{binding.shortcut}</kbd> : t('settingsShortcutNone')}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('settingsShortcutsHint')}</p>
      <button type="button" onClick={() => void openShortcutPage()}>
        {t('settingsShortcutsChange')}
      </button>
    </section>
  );
}
