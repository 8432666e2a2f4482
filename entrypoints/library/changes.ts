/** What the library tells after a change: the status line, and the open tabs of the pages changed. */
import { pageAddresses } from '../../core/highlights/address';
import type { Highlight } from '../../core/highlights/highlight';

export interface Status {
  message: string;
  /** What a delete moved to the trash: the status offers to bring it back. */
  undo?: Highlight[];
}

/** Tells the open tabs of these highlights' pages to draw them again. */
export function notifyTabsOf(highlights: readonly Highlight[]): void {
  const addresses = [
    ...new Set(
      highlights.flatMap((highlight) => pageAddresses(highlight.target.source, highlight.target.canonical)),
    ),
  ];
  // A tab that cannot be told redraws on its next load; the library's change stands.
  // Loaded on the first change: the message schemas are not needed to show the library.
  void import('../../lib/page-tabs').then(({ notifyPageTabs }) => notifyPageTabs(addresses)).catch(() => 0);
}
