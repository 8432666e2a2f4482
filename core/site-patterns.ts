/**
 * Site entries of the deny and allow lists: a host name (`example.com`, which also covers
 * `www.example.com`) or a pattern for a domain and all its subdomains (`*.example.com`).
 * Typed entries are normalised the way a reader would expect: a pasted address keeps
 * only its host, case and a leading `www.` go.
 */
import type { Problem } from './settings';

/** The key a site is switched off by: its host name, without a leading `www.`. */
export function siteKey(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    return hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** One DNS label: letters, digits, hyphens inside, up to 63 characters (`_` for local names). */
const label = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/** Reads a typed entry as a host name or `*.` pattern, or says what is wrong with it. */
export function parseSitePattern(
  typed: string,
): { ok: true; value: string } | { ok: false; problem: Problem } {
  let entry = typed.trim().toLowerCase();
  if (entry === '') return { ok: false, problem: { key: 'settingsSiteEmpty' } };
  const notASite = {
    ok: false as const,
    problem: { key: 'settingsNotASite' as const, substitutions: [typed.trim()] },
  };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(entry)) {
    const key = siteKey(entry);
    if (key === undefined) return notASite;
    entry = key;
  }
  entry = entry.replace(/\.$/, '');
  const wildcard = entry.startsWith('*.');
  const host = wildcard ? entry.slice(2) : entry.replace(/^www\./, '');
  if (host.includes('*')) {
    return { ok: false, problem: { key: 'settingsSitePattern', substitutions: [typed.trim()] } };
  }
  if (host.startsWith('[')) {
    // An IPv6 address, as `siteKey` gives it; no pattern can cover one.
    if (wildcard || !sameHost(host)) return notASite;
    return { ok: true, value: host };
  }
  if (host.length > 253 || !host.split('.').every((part) => label.test(part)) || !sameHost(host))
    return notASite;
  // An all-digits name is an IPv4 address only when it has four parts (the URL parser reads `5000` as one).
  if (wildcard && /^[0-9.]+$/.test(host)) return notASite;
  return { ok: true, value: wildcard ? `*.${host}` : host };
}

/** The URL parser keeps the host as written: it is a host name, not something it rewrote. */
function sameHost(host: string): boolean {
  try {
    return new URL(`http://${host}/`).hostname === host;
  } catch {
    return false;
  }
}

/** Whether a list entry covers a page's host (`www.` aside). */
export function siteMatches(entry: string, host: string): boolean {
  const bare = host.replace(/^www\./, '');
  if (entry.startsWith('*.')) {
    const domain = entry.slice(2);
    return bare === domain || bare.endsWith(`.${domain}`);
  }
  return bare === entry;
}
