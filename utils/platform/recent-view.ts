/**
 * The toolbar popup's last search, filters and order, kept for a while and offered back (review 31, R10 #6). The
 * popup closes at every click on the page, so a user working through a result set (open an article, copy, come
 * back) rebuilt the query each time; the tab view keeps its view in its address instead (library-address.ts).
 * Offered, not put back unasked (R11 #4): a popup opened to clip a page came back filtered, and the new clip was
 * not in its list. Kept in localStorage, read synchronously, so the offer is there at the first render.
 */
import type { LibraryView } from './library-address';

const KEY = 'cnc:recent-view';
/** How long a closed popup's view is offered back: the length of a task, not the next day's first look. */
export const RECENT_VIEW_MS = 10 * 60_000;

/** Remember the popup's view (as `searchWithView` writes it); '' forgets it. */
export function rememberView(search: string, now = Date.now()): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ search, at: now }));
  } catch {
    // Storage refused (quota, disabled): the popup opens on the whole collection, as before.
  }
}

/** The view a popup closed less than RECENT_VIEW_MS ago had, as a `location.search`, or ''. */
export function recentView(now = Date.now()): string {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { search?: unknown; at?: unknown } | null;
    return v && typeof v.search === 'string' && typeof v.at === 'number' && now - v.at < RECENT_VIEW_MS ? v.search : '';
  } catch {
    return '';
  }
}

/** A view in a few words for the offer: its search and filters, "·" between ("大学生 · 交大要闻 · 2023-01-01–"). */
export function viewSummary({ filters: f }: LibraryView): string {
  const dates = f.from || f.to ? `${f.from ?? ''}–${f.to ?? ''}` : '';
  return [f.query.trim(), f.tag, f.site, f.name, dates].filter(Boolean).join(' · ');
}
