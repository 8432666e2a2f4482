/**
 * The list's rows, without React: highlights grouped by page (pages ordered by their first
 * highlight given), and the ids shown in the order the rows show them, which is the order
 * a Shift range selects over. The bench picks its range with this too.
 */
import type { Highlight } from '../../core/highlights/highlight';
import { type SearchHit, siteOfHighlight } from '../../core/library/search-text';
import type { Row } from './HighlightList';

export interface ListEntry {
  highlight: Highlight;
  hit: SearchHit | undefined;
}

export interface Shown {
  rows: Row[];
  /** The highlights' ids in row order (grouped by page), not in the order given. */
  shownIds: string[];
}

/** Orders pages by their first entry (best hit, or newest highlight) and lists each page's highlights under it. */
export function shownOf(ordered: readonly ListEntry[]): Shown {
  const pages = new Map<string, ListEntry[]>();
  for (const entry of ordered) {
    const source = entry.highlight.target.source;
    const list = pages.get(source);
    if (list) list.push(entry);
    else pages.set(source, [entry]);
  }
  const rows: Row[] = [];
  const shownIds: string[] = [];
  for (const [source, entries] of pages) {
    const first = entries[0]?.highlight as Highlight;
    let newest = '';
    for (const entry of entries) if (entry.highlight.created > newest) newest = entry.highlight.created;
    rows.push({
      kind: 'page',
      key: `page:${source}`,
      title: first.target.title || source,
      site: siteOfHighlight(first),
      source,
      newest,
      count: entries.length,
    });
    for (const entry of entries) {
      rows.push({ kind: 'highlight', key: entry.highlight.id, ...entry });
      shownIds.push(entry.highlight.id);
    }
  }
  return { rows, shownIds };
}

/**
 * The list's entries for a search's hits, which the worker sends grouped by page: each
 * hit whose highlight `held` gives (the page holds it, and it passes the filters). With
 * `count`, only the first pages that hold at least `count` of them: `shownOf` gives those
 * the whole list's first rows, exactly, which is what an answer's first screen needs.
 */
export function answerEntries(
  hits: readonly SearchHit[],
  held: (id: string) => Highlight | undefined,
  count = Number.POSITIVE_INFINITY,
): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const hit of hits) {
    const highlight = held(hit.id);
    if (!highlight) continue;
    // Enough, and a new page starts: the last page taken is whole.
    if (entries.length >= count && highlight.target.source !== entries.at(-1)?.highlight.target.source) break;
    entries.push({ highlight, hit });
  }
  return entries;
}
