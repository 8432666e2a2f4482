/**
 * The search's shapes and text helpers that the library page needs without the engine:
 * what a highlight looks like to the search, its marks, and how marked text is split for
 * rendering. Kept apart from `core/highlights/search.ts` so the page does not load Fuse.js
 * (the engine runs in the search worker) before its first render.
 */
import { siteOf } from '../highlights/address.ts';
import type { Highlight } from '../highlights/highlight.ts';
import { type FoldedText, foldText } from '../text/fold.ts';

/** What the search sees of a highlight; entity names, not ids. */
export interface SearchDocument {
  id: string;
  quote: string;
  note: string;
  tags: string[];
  title: string;
  site: string;
  entities: string[];
}

export type SearchField = 'quote' | 'note' | 'tags' | 'title' | 'site' | 'entities';

/** Matched parts of one field (of one item of a list field), in original character offsets. */
export interface SearchMark {
  field: SearchField;
  /** Index in `tags` or `entities`; 0 for the text fields. */
  item: number;
  /** `[start, end)` ranges, sorted, not overlapping. */
  ranges: [number, number][];
}

export interface SearchHit {
  id: string;
  /** Fuse's score, 0 (perfect) to 1; hits outside Fuse's ranking have 1. */
  score: number;
  marks: SearchMark[];
}

export const wordPattern = /[\p{L}\p{M}\p{N}_]+/gu;

export function searchWords(folded: string): string[] {
  return folded.match(wordPattern) ?? [];
}

/** Inclusive `[start, end]` in folded text to `[start, end)` in the original text. */
export function toOriginalRange(field: FoldedText, start: number, end: number): [number, number] {
  return [field.toOriginal[start] ?? 0, field.toOriginal[end + 1] ?? field.toOriginal[end] ?? 0];
}

/**
 * Marks the words of `text` that start with a word of `query`, both folded: what the
 * page shows for a hit the engine left unmarked. Offsets are in `text`.
 */
export function wordPrefixMarks(text: string, query: string): [number, number][] {
  const terms = searchWords(foldText(query).folded);
  if (terms.length === 0) return [];
  const value = foldText(text);
  const ranges: [number, number][] = [];
  for (const found of value.folded.matchAll(wordPattern)) {
    const start = found.index ?? 0;
    const term = terms.find((candidate) => found[0].startsWith(candidate));
    if (term) ranges.push(toOriginalRange(value, start, start + term.length - 1));
  }
  return ranges;
}

/** Sorted, merged `[start, end)` ranges. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Splits a text into plain and marked parts, for rendering with `<mark>`. */
export function markedParts(text: string, ranges: [number, number][]): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    if (start >= text.length) break;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(Math.max(start, at), Math.min(end, text.length)), marked: true });
    at = Math.min(end, text.length);
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

const sites = new Map<string, string>();

/**
 * A highlight's site, as `highlightSite` gives it, without importing the highlight's
 * schemas (and zod) into the page's first chunk.
 */
export function siteOfHighlight(highlight: Highlight): string {
  const source = highlight.target.source;
  let site = sites.get(source);
  if (site === undefined) {
    site = siteOf(source) ?? source;
    // A library has about ten highlights a page: parse each address once, not each time.
    if (sites.size > 50_000) sites.clear();
    sites.set(source, site);
  }
  return site;
}

/** What the search reads of a highlight; `entityName` turns dataset ids into names. */
export function searchDocument(
  highlight: Highlight,
  entityName: (id: string) => string | undefined,
): SearchDocument {
  return {
    id: highlight.id,
    quote: highlight.target.selector.quote.exact,
    note: highlight.body.note,
    tags: highlight.body.tags,
    title: highlight.target.title,
    site: siteOfHighlight(highlight),
    entities: highlight.body.entityIds.map((id) => entityName(id) ?? id),
  };
}
