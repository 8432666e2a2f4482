import { describe, expect, it } from 'vitest';
import { type AtlasRoute, parseRoute, routeHash } from '../../../core/atlas/route.ts';

describe('atlas addresses', () => {
  it('reads an entity id from the hash, as the popover links to it', () => {
    expect(parseRoute('#evo-morales')).toEqual({ view: 'entity', id: 'evo-morales' });
    expect(parseRoute('#senkata')).toEqual({ view: 'entity', id: 'senkata' });
  });

  it('reads the views, which start with a slash no id can contain', () => {
    expect(parseRoute('#/sources')).toEqual({ view: 'sources' });
    expect(parseRoute('#/coverage')).toEqual({ view: 'coverage' });
    expect(parseRoute('#/changelog')).toEqual({ view: 'changelog' });
    expect(parseRoute('')).toEqual({ view: 'entities' });
    expect(parseRoute('#')).toEqual({ view: 'entities' });
    expect(parseRoute('#/')).toEqual({ view: 'entities' });
  });

  it('keeps a malformed escape as written rather than throwing', () => {
    expect(parseRoute('#%E0%A4%A')).toEqual({ view: 'entity', id: '%E0%A4%A' });
  });

  it.each<AtlasRoute>([
    { view: 'entities' },
    { view: 'entity', id: 'decree-4078' },
    { view: 'sources' },
    { view: 'coverage' },
    { view: 'changelog' },
  ])('gives a hash that reads back as the same route: %o', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
