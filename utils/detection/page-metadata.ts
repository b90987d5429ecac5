/**
 * The page's metadata that can say "article", read on the page by the injected detector. A module of its own so the
 * detector's bundle carries only these reads, not the judging code (detect-article.ts) or what that imports.
 */

/** The page's metadata that can say "article", as plain data (read on the page by the injected detector). */
export interface MetadataFacts {
  /** og:type's content. */
  og: string;
  /** Each <meta content> in <head>: its name, property or itemprop. */
  names: string[];
  /** An element with itemprop="datePublished". */
  itemprop: boolean;
  /** A <time datetime> outside links, list items and page furniture. */
  time: boolean;
  /** The text of each JSON-LD script. */
  ldJson: string[];
}

/** An address without its fragment and its scheme: a link over http to the page served over https is to this page. */
const address = (url: string): string => url.split('#')[0]!.replace(/^https?:/, '');

/** The DOM reads metadataEvidence and declaresArticle (detect-article.ts) judge, in the background. */
export function readMetadata(doc: Document): MetadataFacts {
  const named = (m: Element) => m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop');
  return {
    og: doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '',
    names: [...(doc.head?.querySelectorAll('meta[content]') ?? [])].map((m) => named(m) ?? ''),
    itemprop: !!doc.querySelector('[itemprop="datePublished"]'),
    // A <time> in a link or list item dates another page; one in the text dates this one, and so does one in a link to
    // this page itself (WordPress's permalinked date under the headline; round 55, R306).
    time: [...doc.querySelectorAll('time[datetime]')].some((t) => {
      const a = t.closest('a');
      return !t.closest('li, nav, aside, footer') && (!a || address(a.href) === address(doc.URL));
    }),
    ldJson: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
  };
}
