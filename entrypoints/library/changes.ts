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
  // Each page once: a thousand highlights are about a hundred pages, and parsing addresses is not free.
  const pages = new Map<string, Highlight['target']>();
  for (const { target } of highlights) pages.set(`${target.source}\n${target.canonical ?? ''}`, target);
  const addresses = [
    ...new Set([...pages.values()].flatMap((target) => pageAddresses(target.source, target.canonical))),
  ];
  // A tab that cannot be told redraws on its next load; the library's change stands.
  // Loaded on the first change: the message schemas are not needed to show the library.
  void import('../../lib/page-tabs').then(({ notifyPageTabs }) => notifyPageTabs(addresses)).catch(() => 0);
}
