/**
 * The atlas's addresses. An entity lives at its id (`atlas.html#evo-morales`), so the
 * popover can link to it; the other views start with `/`, which no id contains
 * (ids are kebab-case), so a view and an entity can never share an address.
 */

export type AtlasRoute =
  | { view: 'entities' }
  | { view: 'entity'; id: string }
  | { view: 'sources' }
  | { view: 'coverage' }
  | { view: 'changelog' };

const views = { '/sources': 'sources', '/coverage': 'coverage', '/changelog': 'changelog' } as const;

/** The route a `location.hash` names; an unknown id still names an entity (the page says it is missing). */
export function parseRoute(hash: string): AtlasRoute {
  let path = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the hash as written.
  }
  if (path === '' || path === '/') return { view: 'entities' };
  const view = views[path as keyof typeof views];
  if (view) return { view };
  return { view: 'entity', id: path };
}

export function routeHash(route: AtlasRoute): string {
  switch (route.view) {
    case 'entities':
      return '#/';
    case 'entity':
      return `#${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.view}`;
  }
}
