/**
 * Where the page-host bundle leaves its factory for the content script: the isolated
 * world's global, which the page cannot see. Imports nothing, so the bundle carries no
 * more than the host itself (`lazy-host.ts` says why it is a bundle of its own).
 */
import type { ContentScriptContext } from '#imports';
import type { PageUiHost } from './host';

export type HostFactory = (ctx: ContentScriptContext) => Promise<PageUiHost>;

const globalKey = '__glosaPageHost';

export function registerPageHost(create: HostFactory): void {
  (globalThis as Record<string, unknown>)[globalKey] = create;
}

export function findPageHost(): HostFactory | undefined {
  return (globalThis as Record<string, unknown>)[globalKey] as HostFactory | undefined;
}
