/**
 * Where the content script gets the page-UI host (`host.ts`) from. The host, with
 * @floating-ui/dom and WXT's shadow-root UI, is a fifth of what the content script would
 * compile on every page (issue 12), yet only a page where a popover, the keyboard cursor
 * or the save button appears uses it. So it is its own bundle (entrypoints/page-host.ts),
 * which the background injects into the frame on first use, like the React page UI
 * (`ui-contract.ts`). Both run in the extension's isolated world of the same frame: the
 * bundle registers its factory on `globalThis`, which the page cannot see.
 */
import type { ContentScriptContext } from '#imports';
import { sendToBackground } from '../../../lib/messages';
import type { PageUiHost } from './host';
import { findPageHost, type HostFactory } from './host-global';

async function loadPageHost(): Promise<HostFactory> {
  const ready = findPageHost();
  if (ready) return ready;
  await sendToBackground('load-page-host', {});
  const loaded = findPageHost();
  if (!loaded) throw new Error('Glosa: the page UI host did not load');
  return loaded;
}

/** The host, created on first use and shared by every feature of this frame. */
export function lazyPageUiHost(ctx: ContentScriptContext): {
  get: () => Promise<PageUiHost>;
  remove: () => void;
} {
  let host: Promise<PageUiHost> | undefined;
  return {
    get() {
      // A host that failed to load or mount is not kept: the next use tries again.
      host ??= loadPageHost()
        .then((create) => create(ctx))
        .catch((error: unknown) => {
          host = undefined;
          throw error;
        });
      return host;
    },
    remove() {
      void host?.then((created) => created.remove());
      host = undefined;
    },
  };
}
