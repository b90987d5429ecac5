/**
 * The full-width library's address for what the popup shows (review 28, R1 #8): the article being read, the search,
 * the filters and the order travel to the tab as parameters (`?layout=tab&read=…&q=…&tag=…&sort=published`), and
 * the library starts from them on load, so "Open in tab" widens the view rather than starting over.
 */
import { NO_FILTERS, type Filters, type SortOrder } from '../collection/query';

/** The library's search, filters and order. */
export type LibraryView = { filters: Filters; order: SortOrder };

/** Each filter's parameter. */
const PARAMS = { query: 'q', tag: 'tag', site: 'site', name: 'name', from: 'from', to: 'to' } as const;
const FIELDS = Object.keys(PARAMS) as (keyof Filters)[];

/** The tab's path (for runtime.getURL) showing `view`, with `readingId` open in the reader. */
export function tabAddress(view: LibraryView, readingId: string | null): `/popup.html?${string}` {
  const p = new URLSearchParams({ layout: 'tab' });
  if (readingId) p.set('read', readingId);
  for (const f of FIELDS) if (view.filters[f]) p.set(PARAMS[f], view.filters[f]);
  if (view.order !== 'clipped') p.set('sort', view.order);
  return `/popup.html?${p.toString()}`;
}

/** The view an address asks for (`location.search`); none given: the whole collection, newest clip first. */
export function viewFromSearch(search: string): LibraryView {
  const p = new URLSearchParams(search);
  const filters: Filters = { ...NO_FILTERS };
  for (const f of FIELDS) {
    const v = p.get(PARAMS[f]);
    if (v) filters[f] = v;
  }
  return { filters, order: p.get('sort') === 'published' ? 'published' : 'clipped' };
}
