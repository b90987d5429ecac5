/**
 * The full-width library's address for what the popup shows (review 28, R1 #8): the article being read, the search,
 * the filters and the order travel to the tab as parameters (`?layout=tab&read=…&q=…&tag=…&sort=published`), and
 * the library starts from them on load, so "Open in tab" widens the view rather than starting over. The tab then
 * keeps its address in step with its view (R3 #5), so a reload or a restored tab shows what the user last had.
 */
import { NO_FILTERS, type Filters, type SortOrder } from '../collection/query';
import type { HighlightDraft } from '../reader/highlight-draft';

/** The library's search, filters and order. */
export type LibraryView = { filters: Filters; order: SortOrder };

/** Each filter's parameter. */
const PARAMS = { query: 'q', tag: 'tag', site: 'site', name: 'name', from: 'from', to: 'to' } as const;
const FIELDS = Object.keys(PARAMS) as (keyof Filters)[];
/** A highlight being written when the tab was opened: its passage, which of equal passages, and its note. */
const DRAFT = { text: 'hl', occurrence: 'hlAt', note: 'note' } as const;

/**
 * `search` (a `location.search`) showing `view` with `readingId` open, its other parameters (layout, tabId) kept;
 * a carried highlight draft is read once on load, so it is dropped here.
 */
export function searchWithView(search: string, view: LibraryView, readingId: string | null): string {
  const p = new URLSearchParams(search);
  for (const key of ['read', 'sort', ...Object.values(PARAMS), ...Object.values(DRAFT)]) p.delete(key);
  if (readingId) p.set('read', readingId);
  for (const f of FIELDS) if (view.filters[f]) p.set(PARAMS[f], view.filters[f]);
  if (view.order !== 'clipped') p.set('sort', view.order);
  return `?${p.toString()}`;
}

/** The tab's path (for runtime.getURL) showing `view`, with `readingId` open and its highlight `draft` carried. */
export function tabAddress(
  view: LibraryView,
  readingId: string | null,
  draft: HighlightDraft | null = null,
): `/popup.html?${string}` {
  const p = new URLSearchParams(searchWithView('?layout=tab', view, readingId));
  if (readingId && draft) {
    p.set(DRAFT.text, draft.text);
    if (draft.occurrence) p.set(DRAFT.occurrence, String(draft.occurrence));
    if (draft.note) p.set(DRAFT.note, draft.note);
  }
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

/** The highlight draft an address carries for the article it opens, or null. */
export function draftFromSearch(search: string): HighlightDraft | null {
  const p = new URLSearchParams(search);
  const text = p.get(DRAFT.text);
  if (!p.get('read') || !text) return null;
  const occurrence = Number(p.get(DRAFT.occurrence));
  return {
    text,
    occurrence: Number.isInteger(occurrence) && occurrence > 0 ? occurrence : 0,
    note: p.get(DRAFT.note) ?? '',
  };
}
