/**
 * Checking followed columns, politely: one request at a time per host with a pause between them, conditional
 * requests (ETag, Last-Modified), only hosts the extension may read, and nothing fetched but the column page.
 */
import { decodeHtml } from '../extraction/decode-bytes';
import { applyCheck, byHost, type CheckResult, type Follow, type InboxItem } from './follow-model';
import type { ColumnPage } from './read-list';

export interface CheckDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Reads a column from its HTML (where a DOM parser exists: a page, or the offscreen document). */
  read: (html: string, url: string) => Promise<ColumnPage>;
  /** Whether the extension may read this address (academic host, or a site the user added). */
  allowed: (url: string) => Promise<boolean>;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  /** The column as stored now, or null once it is no longer followed: the user may act while a check runs. */
  current: (f: Follow) => Promise<Follow | null>;
}

/** The least time between two requests to one host. */
export const HOST_GAP_MS = 5_000;
const TIMEOUT_MS = 30_000;

export async function fetchColumn(f: Follow, deps: CheckDeps): Promise<CheckResult> {
  if (!(await deps.allowed(f.url))) return { kind: 'error', error: { kind: 'no-permission' } };
  const headers: Record<string, string> = {};
  if (f.etag) headers['If-None-Match'] = f.etag;
  if (f.lastModified) headers['If-Modified-Since'] = f.lastModified;
  let res: Response;
  try {
    res = await deps.fetch(f.url, {
      headers,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    return { kind: 'error', error: { kind: 'network', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (res.status === 304) return { kind: 'not-modified' };
  if (!res.ok) return { kind: 'error', error: { kind: 'http', status: res.status } };
  const html = decodeHtml(await res.arrayBuffer(), res.headers.get('content-type'));
  return {
    kind: 'ok',
    page: await deps.read(html, res.url || f.url),
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
  };
}

/**
 * Checks the given columns (hosts in parallel, one host's columns in turn) and returns those it fetched, updated;
 * a skipped column is left out of the result.
 */
export async function checkColumns(
  follows: readonly Follow[],
  deps: CheckDeps,
  intervalHours: number,
): Promise<{ follows: Follow[]; fresh: InboxItem[] }> {
  const done = await Promise.all(
    byHost(follows).map(async (group) => {
      const out: { follow: Follow; fresh: InboxItem[] }[] = [];
      let asked = false;
      for (const listed of group) {
        if (asked) await deps.sleep(HOST_GAP_MS);
        // Read again just before the request: a column paused or unfollowed since the check began is not fetched.
        const f = await deps.current(listed);
        asked = Boolean(f && !f.paused);
        if (!f || f.paused) continue;
        out.push(applyCheck(f, await fetchColumn(f, deps), deps.now(), intervalHours));
      }
      return out;
    }),
  );
  const flat = done.flat();
  return { follows: flat.map((d) => d.follow), fresh: flat.flatMap((d) => d.fresh) };
}
