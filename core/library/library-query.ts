/**
 * The library's search and filters as a URL fragment (`#q=senkata&tag=coup&orphans=1`),
 * so a search can be bookmarked and the browser's back and forward buttons step through
 * them. Unknown parameters are ignored and bad values dropped: a hand-edited or old
 * bookmark opens the library, never an error.
 */
import type { Highlight } from '../highlights/highlight.ts';
import { siteOfHighlight } from './search-text.ts';

export interface LibraryQuery {
  /** The search box's text. */
  q: string;
  entity: string;
  tag: string;
  site: string;
  /** First and last day (`YYYY-MM-DD`, the user's own days), inclusive; '' for open. */
  from: string;
  to: string;
  /** Only highlights no tab could find on their page. */
  orphans: boolean;
}

export const emptyLibraryQuery: LibraryQuery = {
  q: '',
  entity: '',
  tag: '',
  site: '',
  from: '',
  to: '',
  orphans: false,
};

const day = /^\d{4}-\d{2}-\d{2}$/;
const maxLength = 500;

/** Reads a URL fragment or query string (`#q=…`, `?q=…`, or bare `q=…`). */
export function parseLibraryQuery(fragment: string): LibraryQuery {
  const params = new URLSearchParams(fragment.replace(/^[#?]/, ''));
  const text = (name: string) => (params.get(name) ?? '').slice(0, maxLength);
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return day.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
  };
  return {
    q: text('q'),
    entity: text('entity').trim(),
    tag: text('tag').trim(),
    site: text('site').trim(),
    from: date('from'),
    to: date('to'),
    orphans: params.get('orphans') === '1',
  };
}

/** The fragment for a query, with only what is set, in a fixed order; '' when nothing is. */
export function formatLibraryQuery(query: LibraryQuery): string {
  const params = new URLSearchParams();
  if (query.q !== '') params.set('q', query.q);
  for (const name of ['entity', 'tag', 'site', 'from', 'to'] as const) {
    if (query[name] !== '') params.set(name, query[name]);
  }
  if (query.orphans) params.set('orphans', '1');
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

export function hasFilters(query: LibraryQuery): boolean {
  return Boolean(query.entity || query.tag || query.site || query.from || query.to || query.orphans);
}

/** The user's own calendar day of an ISO date, `YYYY-MM-DD`. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What the filters read of a highlight: few and small, so the search worker can hold them
 * for every highlight and filter before it caps its answer.
 */
export interface FilterFields {
  entityIds: readonly string[];
  tags: readonly string[];
  site: string;
  created: string;
  orphan: boolean;
  /** The page's address, which the list groups by (not a filter): the worker orders its answer by it. */
  source: string;
}

export function filterFields(highlight: Highlight): FilterFields {
  return {
    entityIds: highlight.body.entityIds,
    tags: highlight.body.tags,
    site: siteOfHighlight(highlight),
    created: highlight.created,
    orphan: highlight.anchoring?.state === 'orphan',
    source: highlight.target.source,
  };
}

/** Whether these fields pass the filters (the search text is applied elsewhere). */
export function passesFilterFields(fields: FilterFields, query: LibraryQuery): boolean {
  if (query.entity && !fields.entityIds.includes(query.entity)) return false;
  if (query.tag && !fields.tags.includes(query.tag)) return false;
  if (query.site && fields.site !== query.site) return false;
  if (query.orphans && !fields.orphan) return false;
  if (query.from || query.to) {
    const created = localDay(fields.created);
    if (query.from && created < query.from) return false;
    if (query.to && created > query.to) return false;
  }
  return true;
}

/** Whether a highlight passes the filters (the search text is applied elsewhere). */
export function passesFilters(highlight: Highlight, query: LibraryQuery): boolean {
  return !hasFilters(query) || passesFilterFields(filterFields(highlight), query);
}
