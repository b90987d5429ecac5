/**
 * Extra sites: hosts outside the academic domains where the user wants news detected (a research institute, a
 * hospital, a city's news site). Pure: what the user typed becomes a host or a plain reason it cannot; the list is
 * kept as text, one host a line (utils/platform/settings.ts stores it).
 */
import { isUniversityHost } from '../detection/university-hosts';

/** Why a typed site was not added; each has a message in both languages (sitesError_*). */
export type SiteRefusal = 'empty' | 'not-http' | 'invalid' | 'built-in' | 'already-added';

export type ParsedSite = { ok: true; host: string } | { ok: false; reason: SiteRefusal };

// A DNS name (letters, digits, hyphens; at least one dot) or an IPv4 address; punycode handles the rest.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function validHost(host: string): boolean {
  const ip = IPV4.exec(host);
  if (ip) return ip.slice(1).every((n) => Number(n) <= 255);
  const labels = host.split('.');
  return (
    labels.length >= 2 && host.length <= 253 && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels.at(-1)!)
  );
}

/**
 * What the user typed ("example.org", "https://news.example.org/path", "news.example.org:8080") as a host, or why
 * not. `listed`: the hosts already on the list; `covered`: whether the detector already runs there otherwise (the
 * academic-domain list, once the user has turned it on).
 */
export function parseSite(
  input: string,
  listed: readonly string[],
  covered: (host: string) => boolean = () => false,
): ParsedSite {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  // "example.org:8080" reads as scheme "example.org"; only a scheme followed by // or a known non-web one counts.
  const hasScheme = scheme !== undefined && (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || !scheme.includes('.'));
  if (hasScheme && scheme !== 'http' && scheme !== 'https') return { ok: false, reason: 'not-http' };
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `http://${text}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const host = url.hostname.replace(/\.$/, '');
  if (!validHost(host)) return { ok: false, reason: 'invalid' };
  if (isUniversityHost(host) || covered(host)) return { ok: false, reason: 'built-in' };
  if (listed.includes(host)) return { ok: false, reason: 'already-added' };
  return { ok: true, host };
}

/** The match pattern asked for and registered for a host: that host only, http and https, any path. */
export const siteMatch = (host: string): string => `*://${host}/*`;

/** The stored text as hosts (blank lines and repeats dropped, so a hand-edited or merged list still reads). */
export function readSites(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

/** Hosts as the stored text. */
export const writeSites = (hosts: readonly string[]): string => hosts.join('\n');
