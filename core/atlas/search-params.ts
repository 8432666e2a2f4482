/**
 * The atlas's search in its address: `atlas.html?q=moralez&kind=person&source=…#/`. The
 * hash names the view (route.ts); the query string holds the search and filters, so a
 * search can be bookmarked, shared and reloaded, and survives a visit to an entity and
 * back. An unknown kind is dropped, not trusted.
 */
import { entityKindSchema } from '../schema';
import type { EntityFilter } from './search';

export interface AtlasSearch {
  query: string;
  filter: EntityFilter;
}

export function parseSearchParams(search: string): AtlasSearch {
  const params = new URLSearchParams(search);
  const filter: EntityFilter = {};
  const kind = entityKindSchema.safeParse(params.get('kind'));
  if (kind.success) filter.kind = kind.data;
  const source = params.get('source');
  if (source) filter.source = source;
  return { query: params.get('q') ?? '', filter };
}

/** `?q=…&kind=…&source=…`, only the parts set; '' when nothing is. */
export function searchParamsString({ query, filter }: AtlasSearch): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.source) params.set('source', filter.source);
  const text = params.toString();
  return text ? `?${text}` : '';
}
