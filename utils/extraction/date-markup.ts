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
// Session 27: CMSs coin their own names ("apub:time", "PublishTime", "og:release_date", "pub-time"): a name that says
// published or released and date or time is read after the standard names, in either order of its words.
const PUBLISHED_NAME = /(?:pub|releas).*(?:date|time)|(?:date|time).*(?:pub|releas)/;
// Their edit-time names ("dateModified", "og:updated_time", "dateUpdate") are weak ones: read only when nothing else is.
const MODIFIED_NAME = /(?:modif|updat).*(?:date|time)|(?:date|time).*(?:modif|updat)/;

export function jsonLdDate(doc: Document, zone: string, now: Date): string | null {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    const d = m && parseDate(m[1]!, zone, now);
    if (d) return d.iso;
  }
  return null;
}

/** A publication date in meta tags: the standard names, then coined ones, then itemprop="datePublished". */
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
  const coined = names === META_NAMES ? PUBLISHED_NAME : MODIFIED_NAME;
  for (const m of metas) {
    const name = (
      m.getAttribute('name') ??
      m.getAttribute('property') ??
      m.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const d = coined.test(name) ? parseDate(m.getAttribute('content') ?? '', zone, now) : null;
    if (d) return { iso: d.iso, provenance: { kind: 'meta', name } };
  }
  if (names !== META_NAMES) return null;
  const item = doc.querySelector('[itemprop="datePublished"]');
  const v = item?.getAttribute('content') ?? item?.getAttribute('datetime') ?? item?.textContent;
  const d = v ? parseDate(v, zone, now) : null;
  return d ? { iso: d.iso, provenance: { kind: 'itemprop' } } : null;
}

/** A date under a weak or edit-time name, for pages nothing else dates. */
export function weakMetaDate(doc: Document, zone: string, now: Date): DateResult | null {
  return metaDate(doc, zone, now, WEAK_META_NAMES);
}
