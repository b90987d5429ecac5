/**
 * Universities whose sites are not under an academic suffix (uni-heidelberg.de, ethz.ch, utoronto.ca …), from a
 * maintained list (scripts/academic-domains.ts → academic-domains.txt). Used by the background to gate the detector
 * and by tests; never by the injected detector, which runs only where the background put it.
 */
import list from './academic-domains.txt?raw';
import { isUniversityHost } from './university-hosts';

let domains: Set<string> | undefined;
let matches: string[] | undefined;

/** The list's domains and suffixes, parsed once. */
export function academicDomains(): Set<string> {
  return (domains ??= new Set(list.split('\n').filter(Boolean)));
}

/** True when the host is under an academic suffix, or it or one of its parent domains is on the list. */
export function isAcademicHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (isUniversityHost(h)) return true;
  const set = academicDomains();
  // news.uni-heidelberg.de → uni-heidelberg.de → de: each parent is one Set lookup.
  for (let i = 0; i >= 0; i = h.indexOf('.', i) + 1 || -1) if (set.has(h.slice(i))) return true;
  return false;
}

/** Match patterns for every listed domain and its subdomains (`*.x` covers x itself too). */
export function academicMatches(): string[] {
  return (matches ??= [...academicDomains()].map((d) => `*://*.${d}/*`));
}

/**
 * Whether a page is on a listed university that the built-in suffixes do not cover (news.uni-heidelberg.de, not
 * news.mit.edu nor example.com): where the opt-in to the whole list would start detection.
 */
export function listedOutsideSuffixes(url: string | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') && !isUniversityHost(u.hostname) && isAcademicHost(u.hostname)
    );
  } catch {
    return false;
  }
}
