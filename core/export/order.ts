/**
 * One order for every export, so re-exporting unchanged highlights gives the same bytes:
 * by page address, then where the passage is on the page, then when it was saved.
 */
import type { Highlight } from '../highlights/highlight.ts';

export function compareForExport(a: Highlight, b: Highlight): number {
  return (
    compareStrings(a.target.source, b.target.source) ||
    a.target.selector.position.start - b.target.selector.position.start ||
    a.target.selector.position.end - b.target.selector.position.end ||
    Date.parse(a.created) - Date.parse(b.created) ||
    compareStrings(a.id, b.id)
  );
}

export function sortForExport(highlights: readonly Highlight[]): Highlight[] {
  return [...highlights].sort(compareForExport);
}

/** Code-unit order, never locale order: the output must not depend on the user's language. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
