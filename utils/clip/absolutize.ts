/**
 * Make a parsed page's relative addresses absolute, as they are in its own tab. The <base> alone is not enough: a
 * document parsed in an extension page takes that page's CSP, whose `base-uri 'none'` makes Chromium ignore every
 * <base>, so an image would resolve against chrome-extension:// and be dropped by the sanitizer (found by
 * tests/e2e/browse). In-page anchors (#…) stay as they are, as Readability leaves them in a tab.
 */
export function absolutize(doc: Document, pageUrl: string): void {
  let base = pageUrl;
  try {
    base = new URL(doc.head.querySelector('base[href]')?.getAttribute('href') ?? pageUrl, pageUrl).href;
  } catch {
    // A broken <base> is ignored, as a browser would.
  }
  const resolve = resolverFor(base);
  // One walk over the document for the three attributes (the 13 MB page has 150,000 elements), and an address that is
  // already absolute is not written again.
  for (const el of doc.querySelectorAll(ADDRESSED)) {
    if (el.localName === 'base') continue;
    for (const attr of ADDRESS_ATTRS) {
      const raw = el.getAttribute(attr);
      const value = raw?.trim();
      if (!value || value.startsWith('#')) continue;
      const absolute = resolve(value);
      // Not an address: left for the sanitizer to judge.
      if (absolute !== null && absolute !== raw) el.setAttribute(attr, absolute);
    }
  }
}

/** The attributes that hold an address a clip keeps, and a selector for the elements that have any of them. */
const ADDRESS_ATTRS = ['src', 'href', 'poster'];
const ADDRESSED = ADDRESS_ATTRS.map((a) => `[${a}]`).join(',');

/**
 * Characters the URL parser keeps as they are in an http(s) path, query and fragment: a relative address made only of
 * them resolves by joining strings. The 13 MB test page's 25,000 links took ~0.5 s through `new URL` (loaded machine).
 */
const PLAIN = /^[A-Za-z0-9\-._~!$&()*+,;=:@/?#%]+$/;

/** `value` resolved against `base` exactly as `new URL(value, base).href`; null where that throws. */
export function resolverFor(base: string): (value: string) => string | null {
  const b = new URL(base);
  const web = b.protocol === 'http:' || b.protocol === 'https:';
  const dir = b.origin + b.pathname.slice(0, b.pathname.lastIndexOf('/') + 1);
  return (value) => {
    // Dot segments, a scheme (a colon before any slash), protocol-relative and query-only addresses: the parser's.
    const plain =
      web && PLAIN.test(value) && !value.startsWith('.') && !value.includes('/.') && !value.startsWith('//');
    if (plain && value.startsWith('/')) return b.origin + value;
    if (plain && !value.startsWith('?') && !/^[^/]*:/.test(value)) return dir + value;
    try {
      return new URL(value, base).href;
    } catch {
      return null;
    }
  };
}
