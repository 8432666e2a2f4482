/**
 * The content script: a cheap gate, then the page features (features/*.ts). On a page
 * without text it stops before building anything. Mentions and what builds on them
 * follow the site rules and "Pause everywhere", and restart when the kinds or the density
 * change; the hover delay, the underline and the language follow live. Saved highlights and saving
 * run in the top frame of every page with text. No stylesheet is declared: the
 * highlight rules are inserted by the background at a frame's first draw, and removed
 * when mentions stop and no saved highlight is drawn (`highlight-styles.ts`).
 */
import { type ContentScriptContext, defineContentScript } from '#imports';
import { annotatesPage, type Settings } from '../../core/settings';
import { whileAlive } from '../../lib/extension-alive';
import { setUiLanguage } from '../../lib/i18n';
import { handleMessages, sendToBackground } from '../../lib/messages';
import { readSettings, watchSettings } from '../../lib/settings';
import { type PageContext, startFeatures } from './features/feature';
import { keyboardCursor } from './features/keyboard-cursor';
import { mentionPopover } from './features/mention-popover';
import { mentions } from './features/mentions';
import { popupBridge } from './features/popup-bridge';
import { saveSelection } from './features/save-selection';
import { savedHighlights } from './features/saved-highlights';
import { highlightStyles } from './highlight-styles';
import { mentionUnderline } from './mention-underline';
import { lazyPageUiHost } from './page-ui/lazy-host';
import { hasMeaningfulText } from './text-blocks';
import { yieldToMain } from './yield-to-main';

/** Follow the site switch and the pause; the order matters: each builds on the ones before it. */
const mentionFeatures = [mentions, mentionPopover, keyboardCursor, popupBridge];

/**
 * The researcher's own data: on every http(s) page with text, whatever the switch says,
 * in the top frame only (the background files highlights under the tab's address).
 */
const highlightFeatures = [savedHighlights, saveSelection];

/**
 * Where the running copy of this script is kept: on the isolated world's global, which
 * the page cannot see. A second copy arrives when the background injects the script into
 * a tab that was open at install or update (`lib/first-run.ts`) while the declared one
 * also ran, or, where the browser keeps one world per extension, after an update. The
 * newer copy stops the older one, which removes its underlines and listeners, so a page
 * never has two scanners drawing into the same highlights.
 */
const runningKey = Symbol.for('glosa.content-script');

function handOver(ctx: ContentScriptContext): void {
  const world = globalThis as { [runningKey]?: ContentScriptContext };
  world[runningKey]?.notifyInvalidated();
  world[runningKey] = ctx;
  ctx.onInvalidated(() => {
    if (world[runningKey] === ctx) delete world[runningKey];
  });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    handOver(ctx);
    // Evaluating this script is one task already (compiling it alone took 27-33 ms on two
    // shared cores); reading the page waits for the next task, so the two never add up to
    // one long task (52-62 ms on the hostile pages, issue 12). A 10 MB text node takes
    // milliseconds just to be read into this world.
    await yieldToMain();
    if (ctx.isInvalid) return;
    const body = document.body;
    const text = Boolean(body && hasMeaningfulText(body));
    // Answered even on a page without text, so the popup can tell "nothing to read here"
    // from "no content script, reload" (a tab open since before Glosa was installed).
    if (window === window.top) {
      const stopStatus = handleMessages('content', { 'page-status': () => ({ text }) });
      ctx.onInvalidated(stopStatus);
    }
    if (!text) return;

    let settings = await readSettings();
    const pageUi = lazyPageUiHost(ctx);
    const page: PageContext = {
      ctx,
      document,
      pageUi: pageUi.get,
      hoverDelayMs: () => settings.hoverDelayMs,
      mentionSettings: () => settings,
    };

    // What the mention features were started with: a change of it restarts them.
    const sessionKey = (current: Settings) =>
      annotatesPage(current, location.href)
        ? `${current.density} ${current.hiddenKinds.join(',')}`
        : undefined;
    let session: { controller: AbortController; key: string } | undefined;
    const apply = (key: string | undefined) => {
      if (session && session.key !== key) {
        session.controller.abort();
        session = undefined;
        // Mentions stopped here (switched off, paused): the highlight rules leave with
        // them unless saved highlights still draw. A restart (new density) keeps them.
        if (key === undefined) highlightStyles.cleared('mentions');
      }
      if (key !== undefined && !session) {
        session = { controller: new AbortController(), key };
        startFeatures(mentionFeatures, page, session.controller.signal);
      }
    };
    const followLiveSettings = (current: Settings) => {
      mentionUnderline.set(current);
      void setUiLanguage(current.language, (locale) => sendToBackground('ui-messages', { locale }));
    };
    followLiveSettings(settings);
    apply(sessionKey(settings));
    const highlights = new AbortController();
    if (window === window.top) startFeatures(highlightFeatures, page, highlights.signal);
    const unwatch = whileAlive(
      watchSettings((next) => {
        settings = next;
        followLiveSettings(settings);
        apply(sessionKey(settings));
      }),
    );
    ctx.onInvalidated(() => {
      unwatch();
      apply(undefined);
      highlights.abort();
      pageUi.remove();
    });
  },
});
