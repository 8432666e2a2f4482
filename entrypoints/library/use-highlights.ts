/**
 * Every highlight, newest first, read so that the library shows its first screen at once:
 * the newest few first, then the rest in slices with the page free between them, and
 * handed over whole once read. Read again the same way when the highlights change here or
 * in another context (Dexie's `storagemutated`, which `useLiveQuery` also listens to);
 * a read overtaken by a newer one is dropped.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { startTransition, useEffect, useState } from 'react';
import type { Highlight } from '../../core/highlights/highlight';
import { recentHighlights } from '../../lib/db/highlights';
import {
  afterNextFrame,
  firstScreenSize as firstScreen,
  readFirstScreen,
  takeFirstScreen,
} from './first-screen';

/** Reading (and deserialising) 10,000 in one go held the page for over 100 ms. */
const slice = 500;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const touchesHighlights = (parts: ObservabilitySet) =>
  Object.keys(parts).some((part) => part.includes('/highlights/'));

/** The highlights read so far (undefined before the first screen), and whether that is all of them. */
export function useHighlights(): { highlights: Highlight[] | undefined; complete: boolean } {
  // The first screen, when its read was in before the first render: shown by that render.
  const [initial] = useState(readFirstScreen);
  const [state, setState] = useState<{ highlights: Highlight[] | undefined; complete: boolean }>(() => ({
    highlights: initial,
    complete: initial !== undefined && initial.length < firstScreen,
  }));
  useEffect(() => {
    let run = 0;
    let shown = false;
    const load = async (alreadyShown?: Highlight[]) => {
      const mine = ++run;
      const overtaken = () => mine !== run;
      const all = alreadyShown
        ? [...alreadyShown]
        : await (shown ? recentHighlights(0, firstScreen) : takeFirstScreen());
      if (overtaken()) return;
      // The first screen is shown before the rest is read; a reload keeps the full list until it has the new one.
      if (!shown || all.length < firstScreen) {
        shown = true;
        if (!alreadyShown) setState({ highlights: all, complete: all.length < firstScreen });
        if (all.length < firstScreen) return;
        // The rest is read once the first screen is on screen: reading and deserialising
        // it (and the garbage it leaves) would otherwise delay that frame.
        await afterNextFrame();
      }
      for (;;) {
        await yieldToPage();
        if (overtaken()) return;
        const next = await recentHighlights(all.length, slice);
        if (overtaken()) return;
        all.push(...next);
        if (next.length < slice) break;
      }
      // A transition: React renders the list, the filters and the rest apart, yielding between
      // them, instead of one task over 10,000 highlights.
      startTransition(() => setState({ highlights: [...all], complete: true }));
    };
    const onChange = (parts: ObservabilitySet) => {
      if (touchesHighlights(parts)) void load().catch(() => undefined);
    };
    Dexie.on.storagemutated.subscribe(onChange);
    void load(initial).catch(() => undefined);
    return () => {
      run = -1;
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
    // `initial` is this component's first read, fixed for its life.
  }, [initial]);
  return state;
}
