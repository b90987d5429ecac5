/**
 * The one definition of "the same article", for clipping and importing alike: same URL, or a canonical URL that
 * matches, where a canonical URL counts only when it is on the same site (registrable domain) as the page that
 * names it. So `a.htm?from=rss` (canonical `a.htm`) and `a.htm` are one article, but a page on news.attacker.edu
 * whose canonical names news.victim.edu.cn's article is not that article.
 */
import type { ClipsDb, StoredArticle } from './db';

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

/** Whether a stored article is the one at these addresses (see addressesOf). */
export function isSame(stored: Pick<StoredArticle, 'url' | 'canonicalUrl'>, keys: readonly string[]): boolean {
  return addressesOf(stored.url, stored.canonicalUrl).some((k) => keys.includes(k));
}

/** The stored article that is the same as the one at `url` (with its canonical URL), if any. */
export async function findSame(
  db: ClipsDb,
  url: string,
  canonicalUrl: string | null,
): Promise<StoredArticle | undefined> {
  const keys = addressesOf(url, canonicalUrl);
  const byUrl = await db.articles.where('url').anyOf(keys).first();
  if (byUrl) return byUrl;
  return (await db.articles.where('canonicalUrl').anyOf(keys).toArray()).find((a) => isSame(a, keys));
}

/**
 * For many articles at once (an import batch): the stored article that is the same as each, by the rule of
 * findSame, in three reads instead of two per article; also which of their ids are taken.
 */
export async function findSameMany(
  db: ClipsDb,
  items: readonly { id: string; url: string; canonicalUrl: string | null }[],
): Promise<{ same: (StoredArticle | undefined)[]; taken: Set<string> }> {
  const keys = [...new Set(items.flatMap((a) => addressesOf(a.url, a.canonicalUrl)))];
  const [byUrl, byCanonical, byId] = await Promise.all([
    db.articles.where('url').anyOf(keys).toArray(),
    db.articles.where('canonicalUrl').anyOf(keys).toArray(),
    db.articles.bulkGet(items.map((a) => a.id)),
  ]);
  const atUrl = new Map(byUrl.map((a) => [a.url, a]));
  const atCanonical = new Map<string, StoredArticle>();
  for (const a of byCanonical) if (a.canonicalUrl && isSame(a, [a.canonicalUrl])) atCanonical.set(a.canonicalUrl, a);
  const same = items.map((a) => {
    const k = addressesOf(a.url, a.canonicalUrl);
    return k.map((x) => atUrl.get(x)).find(Boolean) ?? k.map((x) => atCanonical.get(x)).find(Boolean);
  });
  return { same, taken: new Set(byId.filter((a): a is StoredArticle => !!a).map((a) => a.id)) };
}
