/**
 * The page-UI host's bundle (content/page-ui/host.ts: the closed shadow root and
 * @floating-ui placement), injected by the background into a frame only when the
 * content script first shows something there (content/page-ui/lazy-host.ts), so pages
 * that never show a popover, cursor or save button never compile it.
 */
import { defineUnlistedScript } from '#imports';
import { createPageUiHost } from './content/page-ui/host';
import { registerPageHost } from './content/page-ui/host-global';

export default defineUnlistedScript(() => {
  registerPageHost(createPageUiHost);
});
