/**
 * Publication dates in a page's markup: JSON-LD datePublished and meta tags (standard names, names a CMS coins that
 * say published, and, weakest, edit-time names). Split from extract-date.ts, which decides their order of trust.
 */
import type { DateResult } from './extract-date';
import { parseDate } from './parse-date';

const META_NAMES = [
  'article:published_time',
  'og:published_time',
  'pubdate',
  'publishdate',
  'publish_date',
  'publish-date',
  'published_time',
  'datepublished',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
];
// Dublin Core names are written with a dot or a colon ("dcterms.created", "dcterms:created"): both are read.
/** Generic names that CMSs also fill with the last-modified time: trusted only after the page's own dateline. */
const WEAK_META_NAMES = ['date', 'dc.date.modified', 'last-modified'];

export function jsonLdDate(doc: Document, zone: string, now: Date): string | null {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    const d = m && parseDate(m[1]!, zone, now);
    if (d) return d.iso;
  }
  return null;
}

/** A publication date in meta tags: the standard names, then itemprop="datePublished". */
export function metaDate(doc: Document, zone: string, now: Date, names = META_NAMES): DateResult | null {
  const metas = [...doc.querySelectorAll('meta[content]')];
  for (const name of names) {
    const el = metas.find((m) =>
      [
        m.getAttribute('name'),
        m.getAttribute('property'),
        m.getAttribute('itemprop'),
        m.getAttribute('http-equiv'),
      ].some((v) => v?.toLowerCase().replace(/:/g, '.') === name.replace(/:/g, '.')),
    );
    const d = el && parseDate(el.getAttribute('content') ?? '', zone, now);
    if (d) return { iso: d.iso, provenance: { kind: 'meta', name } };
  }
  if (names !== META_NAMES) return null;
  const item = doc.querySelector('[itemprop="datePublished"]');
  const v = item?.getAttribute('content') ?? item?.getAttribute('datetime') ?? item?.textContent;
  const d = v ? parseDate(v, zone, now) : null;
  return d ? { iso: d.iso, provenance: { kind: 'itemprop' } } : null;
}

/** A date under a weak name, for pages nothing else dates. */
export function weakMetaDate(doc: Document, zone: string, now: Date): DateResult | null {
  return metaDate(doc, zone, now, WEAK_META_NAMES);
}
