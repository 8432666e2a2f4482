/** Addresses of the atlas (the dataset browser), for links from the popover, popup and settings. */
import { browser } from 'wxt/browser';
import { routeHash } from '../core/atlas/route';

/** The atlas page for one entity (`chrome-extension://…/atlas.html#evo-morales`), or its entity list. */
export function atlasUrl(entityId?: string): string {
  const hash = entityId === undefined ? '' : routeHash({ view: 'entity', id: entityId });
  return browser.runtime.getURL(`/atlas.html${hash}`);
}
