/**
 * Followed columns as data, and what one check does to them: pure functions, so the schedule, the back-off and
 * "what is new" are tested without a browser. A failed check changes nothing the user relies on (what was seen,
 * the inbox); repeated failures pause the column and say why.
 */
import type { ColumnItem, ColumnPage } from './read-list';

/** Why the last check failed, as data (the UI words it in the user's language). */
export type CheckError =
  | { kind: 'http'; status: number }
  | { kind: 'network'; detail: string }
  | { kind: 'no-items' }
  | { kind: 'no-permission' };

export interface Follow {
  /** The column page's address: one follow per address. */
  url: string;
  /** The column's name as printed (交大要闻), or as the user renamed it. */
  name: string;
  followedAt: string;
  paused: boolean;
  /** Paused by the checker after repeated failures, not by the user. */
  pausedByErrors: boolean;
  /** Item addresses seen so far, newest first (the last SEEN_KEPT). */
  seen: string[];
  etag: string | null;
  lastModified: string | null;
  lastCheckAt: string | null;
  lastError: CheckError | null;
  failures: number;
  nextCheckAt: string;
}

/** A new item of a followed column, waiting in the New view. */
export interface InboxItem extends ColumnItem {
  /** The column it came from (Follow.url). */
  column: string;
  foundAt: string;
}

export type CheckResult =
  | { kind: 'ok'; page: ColumnPage; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified' }
  | { kind: 'error'; error: CheckError };

export const SEEN_KEPT = 1000;
/** Consecutive failures after which a column is paused until the user resumes it. */
export const MAX_FAILURES = 5;
const DAY = 86400e3;

export function newFollow(url: string, page: ColumnPage, now: Date, intervalHours: number): Follow {
  return {
    url,
    name: page.name ?? new URL(url).hostname,
    followedAt: now.toISOString(),
    paused: false,
    pausedByErrors: false,
    // What the page lists when it is followed is not new: the New view starts from here.
    seen: page.items.map((i) => i.url).slice(0, SEEN_KEPT),
    etag: null,
    lastModified: null,
    lastCheckAt: now.toISOString(),
    lastError: null,
    failures: 0,
    nextCheckAt: new Date(now.getTime() + intervalHours * 3600e3).toISOString(),
  };
}

/** The follow after one check, and the items it found that were never seen before (in the page's order). */
export function applyCheck(
  f: Follow,
  r: CheckResult,
  now: Date,
  intervalHours: number,
): { follow: Follow; fresh: InboxItem[] } {
  const interval = intervalHours * 3600e3;
  const at = now.toISOString();
  if (r.kind === 'error' || (r.kind === 'ok' && r.page.items.length === 0)) {
    const error: CheckError = r.kind === 'error' ? r.error : { kind: 'no-items' };
    const failures = f.failures + 1;
    const stop = failures >= MAX_FAILURES;
    // Back off: twice the wait after each failure, at most a day.
    const wait = Math.min(interval * 2 ** failures, DAY);
    return {
      follow: {
        ...f,
        lastCheckAt: at,
        lastError: error,
        failures,
        paused: f.paused || stop,
        pausedByErrors: f.pausedByErrors || stop,
        nextCheckAt: new Date(now.getTime() + wait).toISOString(),
      },
      fresh: [],
    };
  }
  const next = new Date(now.getTime() + interval).toISOString();
  const base = { ...f, lastCheckAt: at, lastError: null, failures: 0, nextCheckAt: next };
  if (r.kind === 'not-modified') return { follow: base, fresh: [] };
  const seen = new Set(f.seen);
  const fresh = r.page.items.filter((i) => !seen.has(i.url)).map((i) => ({ ...i, column: f.url, foundAt: at }));
  return {
    follow: {
      ...base,
      etag: r.etag,
      lastModified: r.lastModified,
      seen: [...fresh.map((i) => i.url), ...f.seen].slice(0, SEEN_KEPT),
    },
    fresh,
  };
}

/**
 * A check's result written onto the follow as it is stored now: the check's own fields (what was seen, caching,
 * schedule, failures) come from `checked`, the user's (name, paused) from `current`, which the user may have
 * changed while the check ran. A pause by errors still pauses it.
 */
export function withCheck(current: Follow, checked: Follow): Follow {
  const seen = new Set(checked.seen);
  return {
    ...current,
    // An import during the check may have added seen items; keep them too.
    seen: [...checked.seen, ...current.seen.filter((u) => !seen.has(u))].slice(0, SEEN_KEPT),
    etag: checked.etag,
    lastModified: checked.lastModified,
    lastCheckAt: checked.lastCheckAt,
    lastError: checked.lastError,
    failures: checked.failures,
    nextCheckAt: checked.nextCheckAt,
    paused: current.paused || checked.pausedByErrors,
    pausedByErrors: current.pausedByErrors || checked.pausedByErrors,
  };
}

/** Columns to check now: not paused and due, or all unpaused ones when the user asks. */
export function dueFollows(follows: readonly Follow[], now: Date, all = false): Follow[] {
  return follows.filter((f) => !f.paused && (all || Date.parse(f.nextCheckAt) <= now.getTime()));
}

/** The same columns ordered so that one host's requests come one after another, hosts taking turns. */
export function byHost(follows: readonly Follow[]): Follow[][] {
  const groups = new Map<string, Follow[]>();
  for (const f of follows) {
    const host = new URL(f.url).hostname;
    groups.set(host, [...(groups.get(host) ?? []), f]);
  }
  return [...groups.values()];
}
