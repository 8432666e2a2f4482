/**
 * The address a saved highlight is filed under. The same article reached from a
 * newsletter, a social post or a search ad carries different tracking parameters and
 * fragments; none of them changes the page, so none of them may hide its highlights.
 */

/** Query parameters that only say how the reader arrived (analytics and ad click ids). */
const trackingParameters = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref_src',
  'ref_url',
  'cmpid',
  'ito',
  'at_medium',
  'at_campaign',
  'smid',
]);

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || trackingParameters.has(lower);
}

/**
 * The page's address without its fragment and tracking parameters. The other
 * parameters keep their order: some sites put the article id in the query.
 * Returns undefined for what is not an http(s) address.
 */
export function normaliseAddress(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParameter(name)) url.searchParams.delete(name);
  }
  // `URLSearchParams` leaves a bare "?" behind when the last parameter goes.
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}

/**
 * The site of an address: its host without the prefixes news sites use for the same
 * site (`www.`, the mobile `m.` and `mobile.`, and `amp.`), so they all agree.
 */
export function siteOf(address: string): string | undefined {
  try {
    return new URL(address).hostname.replace(/^(?:www|m|mobile|amp)\./, '');
  } catch {
    return undefined;
  }
}

/**
 * Every address a page's highlights are filed under: its own normalised address and,
 * when the page declares one on the same site, its canonical address. A canonical on
 * another site is ignored, so a page cannot pull in highlights saved elsewhere.
 */
export function pageAddresses(pageUrl: string, canonical?: string): string[] {
  const own = normaliseAddress(pageUrl);
  if (!own) return [];
  const declared = canonical === undefined ? undefined : normaliseAddress(canonical);
  if (!declared || declared === own || siteOf(declared) !== siteOf(own)) return [own];
  return [own, declared];
}
