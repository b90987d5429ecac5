/**
 * Extraction in a page of ours with a DOM (Chrome's offscreen document, Firefox's background page), off the clipped
 * page's main thread: a page's HTML, fetched (clip-url.ts) or serialised in its tab (page-snapshot.ts), parsed
 * inertly and read by the same extractArticle, so every way of clipping gives the same fields.
 */
import { extractArticle, type ExtractResult } from '../extraction/extract-article';
import { redecode, suspectEncoding } from '../extraction/charset';
import type { PageSnapshot } from './page-snapshot';
import { absolutize } from './absolutize';
import { dropHidden, extractLeavingHidden, markInlineHidden } from './hidden-elements';

/**
 * The page's HTML as a document that runs no script and loads nothing (DOMParser), with its addresses absolute as in
 * its own tab. A <base> is added for the rules that read `baseURI`. Only a <base> in the head counts: one in the
 * body is the article's text talking (a pasted or hostile fragment, tests/fixtures/xss-payloads.mjs), and would send
 * every relative link and image elsewhere.
 */
export function parsePage(html: string, pageUrl: string, win: Window): Document {
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(html, 'text/html');
  if (!doc.head.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = pageUrl;
    doc.head.prepend(base);
  }
  absolutize(doc, pageUrl);
  return doc;
}

/** A tab clip's extraction: 'still-loading' when a page still loading held no article so far. */
export type SnapshotResult = ExtractResult | { ok: false; error: 'still-loading' };

/**
 * A tab's snapshot as a Draft. When the tab showed mojibake (its charset declaration lied) and the page sent its
 * bytes, they are decoded as they really are and parsed instead. The elements the page hid are left out (the rule:
 * hidden-elements.ts), unless the page's bytes were parsed, which are not the tree the page measured; the elements
 * its markup hides inline are left out of the body in every case, as Node's extraction leaves them out.
 */
export function extractFromSnapshot(s: PageSnapshot, win: Window, now = new Date()): SnapshotResult {
  let doc = parsePage(noscriptAsText(s.html), s.url, win);
  let html = s.html;
  if (s.bytes !== null) {
    const shown = doc.body?.textContent?.slice(0, 50_000) ?? '';
    const encoding = suspectEncoding(s.charset, shown);
    const text = encoding && redecode(bytesOf(s.bytes), encoding, shown);
    if (text) doc = parsePage(noscriptAsText((html = text)), s.url, win);
  }
  const marked = html === s.html && s.hidden ? dropHidden(doc, s.hidden) : null;
  // What the markup hides inline, left out of the body as Node leaves it out (hidden-elements.ts); without the page's
  // marks (none sent, not lining up, or its bytes parsed) it is the hidden text the rule weighs.
  const inline = markInlineHidden(doc);
  const hiddenText = marked ?? inline;
  // Our own parse, read by nothing after this: extracted in place, without a clone of the whole page.
  const extract = (d: Document) => extractArticle(d, s.url, now, win, { disposable: true });
  const r = extractLeavingHidden(doc, hiddenText, extract, () => parsePage(noscriptAsText(html), s.url, win));
  return !r.ok && s.loading ? { ok: false, error: 'still-loading' } : r;
}

/**
 * A tab parses with scripting on, so a <noscript>'s content is raw text up to the first `</noscript`; DOMParser parses
 * with scripting off, where that content is markup. Escaping it gives our parse the tab's tree. Without this a
 * `<noscript><p title="</noscript>…">` (tests/fixtures/xss-payloads.mjs, payload 32) leaves the noscript open and
 * the rest of the article inside it. Comments and raw-text elements are matched first, so a `<noscript>` inside one
 * is left alone.
 */
export function noscriptAsText(html: string): string {
  if (!/<noscript/i.test(html)) return html;
  return html.replace(
    /<!--[\s\S]*?-->|<(script|style|xmp|iframe|noembed|noframes|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|(<noscript\b[^>]*>)([\s\S]*?)(?=<\/noscript|$)/gi,
    (whole, _raw, open: string | undefined, text: string | undefined) =>
      open === undefined ? whole : open + text!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
}

/** A string of one character per byte (page-snapshot.ts) back to its bytes. */
export function bytesOf(s: string): ArrayBuffer {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out.buffer;
}
