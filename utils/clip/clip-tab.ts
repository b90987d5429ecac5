/**
 * Clipping one tab: serialise its page (only now, never on page load), then extract, sanitize and save it in an
 * extension page with a DOM (extract-snapshot.ts, save-extracted.ts), off the page's main thread. The background runs
 * the halves as a job (job-runner.ts). This half imports no extraction: Chrome's service worker carries it.
 */
import { browser } from 'wxt/browser';
import type { Article, CorrectedField, Provenance } from '../model/article';
import { isSnapshotRead, snapshotOfPage, type PageSnapshot, type SnapshotPostTo } from './page-snapshot';

export type ClipOutcome =
  | {
      ok: true;
      article: Article;
      created: boolean;
      /** A re-clip that changed nothing (false) says so rather than "Updated" (absent in jobs stored before). */
      changed?: boolean;
      /** Corrected fields the page now prints otherwise: the user's value was kept (absent in jobs stored before). */
      pageChanged?: CorrectedField[];
      /** What the re-clip replaced was kept as an earlier version (absent in jobs stored before). */
      versioned?: boolean;
      provenance: Provenance;
      column: string | null;
    }
  | {
      ok: false;
      error:
        | 'no-article'
        | 'cannot-access'
        | 'no-tab'
        | 'too-slow'
        | 'quota'
        | 'db-unavailable'
        | 'save-failed'
        /** A page clipped by its address (a New item, a link) could not be fetched: see httpStatus, timedOut. */
        | 'fetch-failed'
        /** Left running with no one running it: the browser closed before it finished (job-store.ts finishLostJobs). */
        | 'interrupted'
        /** The copy the tab posted to the offscreen document never arrived there (job-work.ts). */
        | 'snapshot-lost'
        /** No article in what a page still loading held so far (its HTML stalls): try again once it has loaded. */
        | 'still-loading';
      detail?: string;
      /** 'fetch-failed': the status the site answered with, if it answered. */
      httpStatus?: number;
      /** 'fetch-failed': the site did not answer in time. */
      timedOut?: boolean;
      /** 'fetch-failed': not fetched, the extension may not read that host (`detail` is the host). */
      noAccess?: boolean;
    };

/** How long a clip may take, press to saved, before the user is told it gave up (the 13 MB page takes about 1 s). */
export const EXTRACT_TIMEOUT_MS = 15_000;

/**
 * The largest page, in bytes of its serialised HTML (UTF-8), a clip carries to the offscreen document: Chrome refuses a
 * message over 64 MB, and a cloned string beyond Latin-1 takes 2 bytes a character. Above it the user is told the page
 * is too large.
 */
export const MAX_SNAPSHOT_BYTES = 48 * 1024 * 1024;

/**
 * From how many characters a page posts its snapshot instead of returning it (Chrome, page-snapshot.ts). Paired
 * bench at load ~10: posting every page cost the two small test pages (~0.1 MB) 8-15 ms more of their thread and
 * 70-90 ms more press -> saved, while the 13 MB page's thread fell 1.3 -> 0.9 s and its wait 9.9 -> 4.8 s.
 */
export const POST_SNAPSHOT_FROM_CHARS = 1_000_000;

/**
 * The tab's page serialised once (page-snapshot.ts): all a tab clip does on the page. With `postTo` (Chrome) the page
 * posts it to the offscreen document, and the answer is 'posted'. A page over the limit is 'too-slow', whose words
 * say the page is too large.
 */
export async function snapshotTab(
  tabId: number,
  postTo: SnapshotPostTo | null = null,
): Promise<{ ok: true; snapshot: PageSnapshot | 'posted' } | Extract<ClipOutcome, { ok: false }>> {
  try {
    const [res] = await browser.scripting.executeScript({
      target: { tabId },
      func: snapshotOfPage,
      args: [MAX_SNAPSHOT_BYTES, postTo],
      // Now, not at document_idle: a page whose HTML stalls (a synchronous script that never answers) never gets
      // there, though its article is on screen. The clip takes what the document holds so far (page-snapshot.ts).
      injectImmediately: true,
    });
    const read = res?.result;
    if (!isSnapshotRead(read)) return { ok: false, error: 'no-article' };
    return read.ok ? read : { ok: false, error: 'too-slow', detail: `${Math.round(read.tooBig / 2 ** 20)} MB of HTML` };
  } catch (e) {
    const msg = (e as Error).message ?? '';
    return { ok: false, error: /No tab with id/i.test(msg) ? 'no-tab' : 'cannot-access', detail: msg };
  }
}
