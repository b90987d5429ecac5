/**
 * The one definition of "the same article", for clipping and importing alike: same URL, or a canonical URL that
 * matches, where a canonical URL counts only when it is on the same site (registrable domain) as the page that
 * names it; and URLs are compared without tracking parameters (`utm_*`, `from=`, `spm=` …). So `a.htm?from=rss`
 * (canonical `a.htm`), `a.htm?utm_source=x` and `a.htm` are one article, but a page on news.attacker.edu whose
 * canonical names news.victim.edu.cn's article is not that article.
 *
 * Since schema v5 each stored article carries its `keys` (addressKeys, indexed multi-entry), so finding the same
 * article is one index read whatever the URL it was first clipped at. The stored `url` stays the address as
 * clipped first: it is what the user visited, and rewriting it could collide with the unique `url` index of an
 * older row.
 */
import type { ClipsDb, StoredArticle } from './db';

/**
 * Query parameters that say how a reader arrived, never which page: campaign tags (utm_*), ad click ids, mail
 * campaign ids, and the share parameters WeChat, Weibo and Alibaba's pages add. One list, used by clip and import.
 */
export const TRACKING_PARAMS: readonly string[] = [
  'from',
  'spm',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'isappinstalled',
  'scene',
  'subscene',
  'ascene',
  'clicktime',
  'enterid',
  'sharer_sharetime',
  'sharer_shareid',
  'share_source',
  'wfr',
];
/** Parameter name prefixes that are tracking (utm_source, utm_medium …). */
const TRACKING_PREFIXES = ['utm_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.includes(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** The URL without tracking parameters, the others kept as written and in order; a string that is no URL: as is. */
export function withoutTracking(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  // The raw pairs, not URLSearchParams, whose re-encoding would make `a%20b` and `a+b` differ from the original.
  const pairs = u.search ? u.search.slice(1).split('&') : [];
  const kept = pairs.filter((p) => {
    const name = p.split('=')[0]!;
    let decoded = name;
    try {
      decoded = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      // A malformed escape is no tracking name.
    }
    return !isTracking(decoded);
  });
  if (kept.length < pairs.length) u.search = kept.join('&');
  // Always the parsed form, so keys compare alike however a URL was written (host case, default port).
  return u.href;
}

/** Second-level suffixes under which a registrable domain has three labels (edu.cn, ac.uk …). */
const TWO_LABEL_SUFFIX =
  /\.(?:edu|ac|com|net|org|gov|mil|co|or|ne|go)\.(?:cn|hk|mo|tw|jp|kr|uk|au|nz|sg|in|za|il|th|my|id|br|ar|mx|tr)$/;

/** The registrable domain of a host: news.xjtu.edu.cn → xjtu.edu.cn, news.mit.edu → mit.edu. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  return labels.slice(TWO_LABEL_SUFFIX.test(h) ? -3 : -2).join('.');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Whether two URLs are on the same site. */
export function sameSite(a: string, b: string): boolean {
  const ha = hostOf(a);
  const hb = hostOf(b);
  return !!ha && !!hb && registrableDomain(ha) === registrableDomain(hb);
}

/** The addresses an article answers to: its URL, and its canonical URL when that is on the same site. */
export function addressesOf(url: string, canonicalUrl: string | null): string[] {
  return canonicalUrl && canonicalUrl !== url && sameSite(url, canonicalUrl) ? [url, canonicalUrl] : [url];
}

/** What the same article is found by: its addresses without tracking parameters (stored, indexed, since v5). */
export function addressKeys(url: string, canonicalUrl: string | null): string[] {
  return [...new Set(addressesOf(url, canonicalUrl).map(withoutTracking))];
}

/** Whether a stored article is the one with these keys (see addressKeys). */
export function isSame(stored: Pick<StoredArticle, 'url' | 'canonicalUrl'>, keys: readonly string[]): boolean {
  return addressKeys(stored.url, stored.canonicalUrl).some((k) => keys.includes(k));
}

/** Of the stored articles found by some of `keys`, the one whose URL matches first (then canonical matches). */
export function bestSame(found: readonly StoredArticle[], keys: readonly string[]): StoredArticle | undefined {
  const rank = (a: StoredArticle) => {
    const [own] = addressKeys(a.url, null);
    const i = keys.indexOf(own!);
    return i < 0 ? keys.length : i;
  };
  return [...found].filter((a) => isSame(a, keys)).sort((a, b) => rank(a) - rank(b))[0];
}

/** The stored article that is the same as the one at `url` (with its canonical URL), if any: one index read. */
export async function findSame(
  db: ClipsDb,
  url: string,
  canonicalUrl: string | null,
): Promise<StoredArticle | undefined> {
  const keys = addressKeys(url, canonicalUrl);
  return bestSame(await db.articles.where('keys').anyOf(keys).toArray(), keys);
}
