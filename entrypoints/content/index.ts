/**
 * The content script: a cheap gate, then the annotator. On a page without text or on a
 * site the user switched off it stops before building anything.
 */
import './style.css';
import compiledMatcher from 'virtual:glosa/matcher';
import { defineContentScript } from '#imports';
import { isSiteEnabled } from '../../core/settings';
import { readSettings, watchSettings } from '../../lib/settings';
import { startAnnotating } from './start-annotating';
import { hasMeaningfulText } from './text-blocks';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const body = document.body;
    if (!body || !hasMeaningfulText(body)) return;

    let session: AbortController | undefined;
    let settings = await readSettings();
    const apply = (enabled: boolean) => {
      if (enabled && !session) {
        session = new AbortController();
        startAnnotating(document, {
          ctx,
          compiled: compiledMatcher,
          hoverDelayMs: () => settings.hoverDelayMs,
          signal: session.signal,
        });
      } else if (!enabled && session) {
        session.abort();
        session = undefined;
      }
    };
    apply(isSiteEnabled(settings, location.href));
    const unwatch = watchSettings((next) => {
      settings = next;
      apply(isSiteEnabled(settings, location.href));
    });
    ctx.onInvalidated(() => {
      unwatch();
      apply(false);
    });
  },
});
