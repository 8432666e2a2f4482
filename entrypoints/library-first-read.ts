/**
 * Runs ahead of the library's modules (a classic script before them in `library.html`):
 * starts reading the first screen of highlights while React and Dexie load
 * (`library/early-read.ts`). It imports neither, so it is a few kilobytes.
 */
import { defineUnlistedScript } from '#imports';
import { startEarlyRead } from './library/early-read';

export default defineUnlistedScript(() => {
  performance.mark('glosa:library-first-read');
  startEarlyRead();
});
