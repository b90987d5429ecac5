/**
 * Clip an address without opening it (a followed column's new item, a link's context menu): fetch the page, decode
 * its bytes as they really are, parse it inertly and extract it as a tab clip's snapshot is (extract-snapshot.ts), so both
 * ways give the same fields. Runs in a page with a DOM (an extension page, Chrome's offscreen document, Firefox's
 * background page).
 */
import { decodeHtml } from '../extraction/decode-bytes';
import { extractArticle, type ExtractResult } from '../extraction/extract-article';
import { parsePage } from './extract-snapshot';
import { extractLeavingHidden, markInlineHidden } from './hidden-elements';

/** The page could not be fetched: the site's HTTP status if it answered, whether it timed out, and the raw detail. */
export type FetchFailure = {
  ok: false;
  error: 'fetch-failed';
  detail: string;
  httpStatus?: number;
  timedOut?: boolean;
};

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
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: 'fetch-failed', detail, timedOut: (e as Error)?.name === 'TimeoutError' };
  }
  if (!res.ok) return { ok: false, error: 'fetch-failed', detail: `HTTP ${res.status}`, httpStatus: res.status };
  const html = decodeHtml(await res.arrayBuffer(), res.headers.get('content-type'));
  const finalUrl = res.url || url;
  const doc = parsePage(html, finalUrl, win);
  // Inline-hidden text left out as in a tab clip (an extension page's CSP leaves inline styles unread by Readability).
  const extract = (d: Document) => extractArticle(d, finalUrl, now, win, { disposable: true });
  return extractLeavingHidden(doc, markInlineHidden(doc), extract, () => parsePage(html, finalUrl, win));
}
