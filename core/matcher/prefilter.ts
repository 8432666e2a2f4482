/**
 * A quick test that rules text out: false only when no alias could be found in any stretch
 * of the text. It lets the scanner skip a run of paragraphs after reading their text once,
 * without walking them node by node (issue 12: on a page of a million text nodes, every node
 * touched cost Chromium a JS wrapper and its garbage collection).
 *
 * Why it is safe: every alias key is folded text, and a candidate's folded text is its key.
 * Each key's anchor is its longest stretch without digits that starts and ends with a
 * letter (`d.s` of `d.s. 4078`; a bare letter run made `d` an anchor, which every text
 * holds). Folding never depends on context except for digit separators (next to digits,
 * which the anchor has none of) and runs of spaces (whose ends, inside the anchor, are
 * letters of the same candidate: the same run in any longer text). So the characters a
 * candidate folds to are folded the same way inside any longer text that contains it: the
 * folded longer text contains the anchor. A key without letters has no anchor, and then
 * nothing is ruled out.
 */
import { foldText } from '../text/fold.ts';

const ANCHORS = /\p{L}(?:\P{N}*\p{L})?/gu;

export function createPrefilter(keys: Iterable<string>): (text: string) => boolean {
  const anchors = new Set<string>();
  for (const key of keys) {
    let anchor = '';
    for (const run of key.match(ANCHORS) ?? []) if (run.length > anchor.length) anchor = run;
    if (anchor === '') return () => true;
    anchors.add(anchor);
  }
  if (anchors.size === 0) return () => false;
  const pattern = new RegExp(
    [...anchors].map((anchor) => anchor.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|'),
    'u',
  );
  return (text) => pattern.test(foldText(text).folded);
}
