/**
 * Clip an address without opening it (a followed column's new item, a link's context menu): fetch the page, decode
 * its bytes as they really are, parse it inertly and extract it with the same extractor a tab clip injects, so both
 * ways give the same fields. Runs in a page with a DOM (an extension page, Chrome's offscreen document, Firefox's
 * background page).
 */
import { decodeHtml } from '../extraction/decode-bytes';
import { extractArticle, type ExtractResult } from '../extraction/extract-article';

export type FetchFailure = { ok: false; error: 'fetch-failed'; detail: string };

export async function extractFromUrl(
  url: string,
  win: Window,
  fetcher: (url: string, init: RequestInit) => Promise<Response> = (u, i) => fetch(u, i),
  now = new Date(),
): Promise<ExtractResult | FetchFailure> {
  let res: Response;
  try {
    res = await fetcher(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    return { ok: false, error: 'fetch-failed', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!res.ok) return { ok: false, error: 'fetch-failed', detail: `HTTP ${res.status}` };
  const html = decodeHtml(await res.arrayBuffer(), res.headers.get('content-type'));
  const finalUrl = res.url || url;
  // DOMParser documents run no script and load nothing; a <base> keeps relative links resolving to the page.
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = finalUrl;
    doc.head.prepend(base);
  }
  absolutize(doc, finalUrl);
  return extractArticle(doc, finalUrl, now, win);
}

/**
 * Make the page's relative addresses absolute, as they are in its own tab. The <base> alone is not enough: a document
 * parsed in an extension page takes that page's CSP, whose `base-uri 'none'` makes Chromium ignore every <base>, so
 * an image would resolve against chrome-extension:// and be dropped by the sanitizer (found by tests/e2e/browse).
 * In-page anchors (#…) stay as they are, as Readability leaves them in a tab.
 */
function absolutize(doc: Document, pageUrl: string): void {
  let base = pageUrl;
  try {
    base = new URL(doc.querySelector('base[href]')?.getAttribute('href') ?? pageUrl, pageUrl).href;
  } catch {
    // A broken <base> is ignored, as a browser would.
  }
  for (const attr of ['src', 'href', 'poster'])
    for (const el of doc.querySelectorAll(`[${attr}]`)) {
      if (el.localName === 'base') continue;
      const value = el.getAttribute(attr)!.trim();
      if (!value || value.startsWith('#')) continue;
      try {
        el.setAttribute(attr, new URL(value, base).href);
      } catch {
        // Not an address: left for the sanitizer to judge.
      }
    }
}
