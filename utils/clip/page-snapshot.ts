/**
 * A tab clip's only work on the page: serialise the document once and hand the string over, so that parsing and
 * extraction run in a page of ours with a DOM (Chrome's offscreen document, Firefox's background page), not on the
 * page's main thread (utils/clip/extract-snapshot.ts).
 */

/** What extraction needs from the live page. Its title, lang and <base> travel inside `html`. */
export interface PageSnapshot {
  /** The doctype (it decides quirks mode) and `documentElement.outerHTML`: the DOM as the page's scripts left it. */
  html: string;
  /** `location.href`. */
  url: string;
  /** `document.characterSet`: how the browser decoded the page's bytes. */
  charset: string;
  /**
   * The page's bytes fetched again, one character per byte, when the shown text may be mis-decoded (a charset other
   * than UTF-8, or replacement characters); else null. Fetched from the page, with its cookies, because the tab clip
   * holds only activeTab: our own pages may not fetch its host.
   */
  bytes: string | null;
}

/** What the injection returns: the snapshot, or the page's size in bytes (UTF-8) when it is over the limit. */
export type SnapshotRead = { ok: true; snapshot: PageSnapshot } | { ok: false; tooBig: number };

/**
 * Injected with scripting.executeScript({ func, args: [maxBytes] }): it must stand alone (no imports, no outer
 * names). `maxBytes` keeps the message to the offscreen document under what Chrome carries (64 MB of JSON).
 */
export async function snapshotOfPage(maxBytes: number): Promise<SnapshotRead> {
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
  const html = doctype + document.documentElement.outerHTML;
  // A character is 1 to 3 bytes in UTF-8: measured (a copy) only when the length alone does not settle it.
  const size = html.length * 3 <= maxBytes || html.length > maxBytes ? html.length : new Blob([html]).size;
  if (size > maxBytes) return { ok: false, tooBig: size };
  const charset = document.characterSet;
  // Only a hint whether the bytes are worth fetching; the real test (utils/extraction/charset.ts) runs in our page.
  let replaced = 0;
  for (let at = html.indexOf('\uFFFD'); at >= 0 && replaced < 3; at = html.indexOf('\uFFFD', at + 1)) replaced++;
  let bytes: string | null = null;
  if (charset.toLowerCase() !== 'utf-8' || replaced >= 3) {
    try {
      const buf = new Uint8Array(await (await fetch(location.href, { cache: 'force-cache' })).arrayBuffer());
      // A byte above 0x7F takes two bytes in the message: each is counted twice against the limit.
      if (size + 2 * buf.length <= maxBytes) {
        const parts: string[] = [];
        for (let i = 0; i < buf.length; i += 0x8000) parts.push(String.fromCharCode(...buf.subarray(i, i + 0x8000)));
        bytes = parts.join('');
      }
    } catch {
      // Offline, or the server refuses a second request: extract what the browser shows.
    }
  }
  return { ok: true, snapshot: { html, url: location.href, charset, bytes } };
}

/** Whether an injection's value is a snapshot read: the page's world is not trusted to return the right shape. */
export function isSnapshotRead(v: unknown): v is SnapshotRead {
  if (!v || typeof v !== 'object') return false;
  const r = v as { ok?: unknown; tooBig?: unknown; snapshot?: Record<string, unknown> };
  if (r.ok === false) return typeof r.tooBig === 'number';
  const s = r.snapshot;
  return (
    r.ok === true &&
    !!s &&
    typeof s.html === 'string' &&
    typeof s.url === 'string' &&
    typeof s.charset === 'string' &&
    (s.bytes === null || typeof s.bytes === 'string')
  );
}
