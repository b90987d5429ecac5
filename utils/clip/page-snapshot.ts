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
  /** `document.readyState` was 'loading': its HTML had not all arrived (a stalled script or body). */
  loading?: boolean;
  /** The elements the page did not render, to leave out of the clip (hidden-elements.ts); absent if unknown. */
  hidden?: HiddenMarks;
}

/** The page's hidden elements, by their index in document order among `body`'s descendant elements. */
export interface HiddenMarks {
  /** How many elements `body` held: our parse must hold as many, or the indexes mean nothing. */
  count: number;
  /** The index of each hidden element (its subtree goes with it). */
  at: number[];
  /** Each one's tag name (`localName`) and number of descendant elements: checked against our parse. */
  tags: string[];
  sizes: number[];
}

const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0);

/** The shape of HiddenMarks, as the page's injection returns it. */
export function isHiddenMarks(v: unknown): v is HiddenMarks {
  const m = v as Partial<HiddenMarks> | null;
  return (
    !!m &&
    typeof m === 'object' &&
    Number.isInteger(m.count) &&
    numbers(m.at) &&
    numbers(m.sizes) &&
    Array.isArray(m.tags) &&
    m.tags.every((t) => typeof t === 'string') &&
    m.at.length === m.tags.length &&
    m.at.length === m.sizes.length
  );
}

/**
 * What the injection returns: the snapshot ('posted' when it went straight to the offscreen document), or the page's
 * size in bytes (UTF-8) when it is over the limit.
 */
export type SnapshotRead = { ok: true; snapshot: PageSnapshot | 'posted' } | { ok: false; tooBig: number };

/** Where a snapshot is posted instead of returned (Chrome): the port's name and the job it belongs to. */
export interface SnapshotPostTo {
  port: string;
  jobId: string;
  /** Posted only from this many characters: a small page's port costs it more than returning its copy (measured). */
  minChars: number;
}

/** The few names of the extension API the injected function uses (it may import nothing, types aside). */
interface PostPort {
  postMessage(m: unknown): void;
  disconnect(): void;
  onMessage: { addListener(f: (m: unknown) => void): void };
  onDisconnect: { addListener(f: () => void): void };
}
type PageRuntime = { connect(i: { name: string }): PostPort; lastError?: unknown };

/**
 * Injected with scripting.executeScript({ func, args: [maxBytes, postTo] }): it must stand alone (no imports, no
 * outer names). `maxBytes` keeps the message to the offscreen document under what Chrome carries (64 MB).
 * With `postTo` (Chrome), the snapshot goes over a port straight to the offscreen document that parses it, and the
 * injection returns 'posted': the 6-million-character string of a huge page then makes one trip, not two through the
 * service worker. Chrome's messages are structured clones here (the manifest's `message_serialization`), which cost
 * the page's thread far less than returning the value or a JSON message (docs/benchmarks.md). If no one took it, it
 * is returned as before.
 */
export async function snapshotOfPage(maxBytes: number, postTo: SnapshotPostTo | null = null): Promise<SnapshotRead> {
  /**
   * The body's elements the page does not render, found by checkVisibility (reading layout, changing nothing the
   * page could see). A box-less element's subtree is skipped, all of it unrendered; a visibility:hidden one's is
   * walked, and a visible descendant (visibility:visible) keeps its hidden ancestors. Script, style, noscript,
   * template, meta, link, and a media element's source and track, have no box but are left to the extraction as
   * before, as is an element that is or holds microdata (itemprop); an svg
   * or math element is judged whole.
   */
  // Which pages the pass reads, by their size, not by the clock: a busy machine clips a page as an idle one does (a
  // 100 ms clock gave up on ordinary pages at load 8-11, session 32). Measured in Chromium: a page of a few thousand
  // elements takes a few ms; the 13 MB page of 150,000 would take 0.2-0.3 s, 2-4 times its serialising, so it is not
  // read. The clock stays, far off, as a guard only; past either nothing is dropped. Declared in here: an injected
  // function may use no outer name.
  const HIDDEN_PASS_ELEMENTS = 40_000;
  const HIDDEN_PASS_MS = 1_000;
  const hiddenOfPage = (): HiddenMarks | undefined => {
    const body = document.body;
    if (!body || typeof body.checkVisibility !== 'function') return undefined;
    const all = body.getElementsByTagName('*');
    if (all.length > HIDDEN_PASS_ELEMENTS) return undefined;
    const marks: HiddenMarks = { count: all.length, at: [], tags: [], sizes: [] };
    // Hidden by visibility and not yet given back by a visible descendant: [index in marks, last index in all].
    const open: [number, number][] = [];
    const css = { visibilityProperty: true, checkVisibilityCSS: true };
    const mark = (i: number, el: Element): number => {
      const size = el.getElementsByTagName('*').length;
      marks.at.push(i);
      marks.tags.push(el.localName);
      marks.sizes.push(size);
      return size;
    };
    // Microdata is often printed hidden for machines (<span itemprop="datePublished" hidden>): an element that is or
    // holds one is kept, as are <meta> and <link> (no box by nature; <meta itemprop> in the body dates articles).
    const data = (el: Element) => el.hasAttribute('itemprop') || !!el.querySelector('[itemprop]');
    const giveUp = performance.now() + HIDDEN_PASS_MS;
    for (let i = 0; i < all.length; i++) {
      if ((i & 1023) === 0 && performance.now() > giveUp) return undefined;
      const el = all[i];
      while (open.length && open[open.length - 1][1] < i) open.pop();
      if (/^(script|style|noscript|template|source|track|meta|link)$/.test(el.localName)) continue;
      const visible = el.checkVisibility(css);
      // Visible: hidden ancestors are not dropped after all.
      if (visible) for (const [k] of open.splice(0)) marks.at[k] = -1;
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
        i += visible ? el.getElementsByTagName('*').length : mark(i, el);
      else if (visible) continue;
      else if (data(el)) continue;
      else if (!el.checkVisibility()) {
        // No box (display:none, `hidden`, a closed <details>) unless display:contents, whose children have theirs.
        if (getComputedStyle(el).display !== 'contents') i += mark(i, el);
      } else if (!open.length) {
        open.push([marks.at.length, i + mark(i, el)]);
      }
    }
    const keep = marks.at.map((i) => i >= 0);
    const only = <T>(xs: T[]) => xs.filter((_, k) => keep[k]);
    return { count: marks.count, at: only(marks.at), tags: only(marks.tags), sizes: only(marks.sizes) };
  };
  const hidden = hiddenOfPage();
  const loading = document.readyState === 'loading';
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
  const snapshot: PageSnapshot = { html, url: location.href, charset, bytes, loading, hidden };
  if (!postTo || html.length < postTo.minChars) return { ok: true, snapshot };
  const runtime = (globalThis as unknown as { chrome: { runtime: PageRuntime } }).chrome.runtime;
  // Taken only when the receiver answers that it holds it ({ taken: jobId }, posted-snapshots.ts). It closes the
  // port after any post, a refused one too: a close alone (or a port no one listened on, lastError set) means the
  // snapshot is returned instead, and the clip goes on that way rather than failing later without it.
  const taken = await new Promise<boolean>((done) => {
    const port = runtime.connect({ name: postTo.port });
    port.onMessage.addListener((m) => {
      if ((m as { taken?: unknown } | null)?.taken === postTo.jobId) done(true);
    });
    port.onDisconnect.addListener(() => {
      // Read, so that Chrome does not log an unchecked lastError when no one listened.
      void runtime.lastError;
      done(false);
    });
    try {
      port.postMessage({ jobId: postTo.jobId, snapshot });
    } catch {
      // Over what Chrome carries in one message (64 MB; a string of characters beyond Latin-1 clones at 2 bytes
      // each): returned instead, as without a receiver.
      port.disconnect();
      done(false);
    }
  });
  return { ok: true, snapshot: taken ? 'posted' : snapshot };
}

/** Whether an injection's value is a snapshot read: the page's world is not trusted to return the right shape. */
export function isSnapshotRead(v: unknown): v is SnapshotRead {
  if (!v || typeof v !== 'object') return false;
  const r = v as { ok?: unknown; tooBig?: unknown; snapshot?: unknown };
  if (r.ok === false) return typeof r.tooBig === 'number';
  return r.ok === true && (r.snapshot === 'posted' || isPageSnapshot(r.snapshot));
}

/** The shape of a PageSnapshot, however it came (returned by the injection, or posted: utils/platform/protocol.ts). */
export function isPageSnapshot(v: unknown): v is PageSnapshot {
  const s = v as Record<string, unknown> | null;
  return (
    !!s &&
    typeof s === 'object' &&
    typeof s.html === 'string' &&
    typeof s.url === 'string' &&
    typeof s.charset === 'string' &&
    (s.bytes === null || typeof s.bytes === 'string') &&
    (s.loading === undefined || typeof s.loading === 'boolean') &&
    (s.hidden === undefined || isHiddenMarks(s.hidden))
  );
}
