/**
 * Reads for the list: which articles match a search and filters, in order, as ids only. The list then
 * loads just the rows it shows, so 10,000 articles cost 10,000 keys, not 10,000 bodies.
 */
import type { Article } from './article';
import type { ClipsDb } from './db';
import { queryTokens } from './search-words';
import { toArticle } from './stored-article';

export type SortOrder = 'clipped' | 'published';

export interface Filters {
  /** Words, in Chinese or English; each must match. */
  query: string;
  tag: string | null;
  /** A site's host. */
  site: string | null;
  /** A person's, program's or organization's name, exactly as found. */
  name: string | null;
  /** Publication date range, inclusive, as YYYY-MM-DD. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: Filters = { query: '', tag: null, site: null, name: null, from: null, to: null };

export function isFiltered(f: Filters): boolean {
  return !!(f.query.trim() || f.tag || f.site || f.name || f.from || f.to);
}

/** Ids of the articles that pass every filter, newest first (by clipping or by publication). */
export async function matchingIds(db: ClipsDb, f: Filters, order: SortOrder = 'clipped'): Promise<string[]> {
  const index = order === 'published' ? 'sortPublished' : 'clippedAt';
  const sets: Promise<string[]>[] = [];
  for (const token of queryTokens(f.query)) sets.push(db.articles.where('words').startsWith(token).primaryKeys() as Promise<string[]>);
  if (f.tag) sets.push(db.articles.where('tags').equals(f.tag).primaryKeys() as Promise<string[]>);
  if (f.site) sets.push(db.articles.where('site.host').equals(f.site).primaryKeys() as Promise<string[]>);
  if (f.name) sets.push(db.articles.where('names').equals(f.name).primaryKeys() as Promise<string[]>);
  if (f.from || f.to) {
    // Dates are ISO strings ("2021-04-08" or "2021-04-08T23:00:00+08:00"), so a day's range is a string range.
    sets.push(db.articles.where('publishedAt').between(f.from ?? '', `${f.to ?? '9999-12-31'}\uffff`, true, true).primaryKeys() as Promise<string[]>);
  }
  // Ascending then reversed here: Chromium answers an ascending key list in one getAllKeys() call, while a
  // descending one walks a cursor key by key (10,000 keys here: 0.33–0.65 s against 0.14–0.19 s).
  const all = async () => ((await db.articles.orderBy(index).primaryKeys()) as string[]).reverse();
  if (!sets.length) return all();
  let keep: Set<string> | null = null;
  // Smallest set first: each intersection then touches fewer keys.
  for (const ids of (await Promise.all(sets)).sort((a, b) => a.length - b.length)) {
    keep = keep ? new Set(ids.filter((id) => keep!.has(id))) : new Set(ids);
    if (!keep.size) return [];
  }
  // A few hundred matches are cheaper to read and sort than the whole collection's order (measured:
  // 200 records ~25 ms, every key of 10,000 ~150 ms in Chromium).
  if (keep!.size <= SMALL_MATCH) {
    const rows = (await db.articles.bulkGet([...keep!])).filter((r) => !!r);
    const key = (r: (typeof rows)[number]) => (order === 'published' ? r.sortPublished ?? r.publishedAt ?? r.clippedAt : r.clippedAt);
    return rows.sort((a, b) => key(b).localeCompare(key(a)) || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0)).map((r) => r.id);
  }
  return (await all()).filter((id) => keep!.has(id));
}

const SMALL_MATCH = 400;

/** The newest `n` ids with no filter: the first screen, without reading every key (a cursor stops at n). */
export async function firstIds(db: ClipsDb, order: SortOrder, n: number): Promise<string[]> {
  return (await db.articles.orderBy(order === 'published' ? 'sortPublished' : 'clippedAt').reverse().limit(n).primaryKeys()) as string[];
}

/** The articles of these ids, in the same order (missing ones, deleted meanwhile, are skipped). */
export async function articlesByIds(db: ClipsDb, ids: string[]): Promise<Article[]> {
  return (await db.articles.bulkGet(ids)).filter((a) => !!a).map(toArticle);
}

/** Matching articles, whole: for exports and tests; the list uses ids and loads rows as shown. */
export async function searchArticles(db: ClipsDb, query: string, order: SortOrder = 'clipped'): Promise<Article[]> {
  return articlesByIds(db, await matchingIds(db, { ...NO_FILTERS, query }, order));
}

/** What the filter menus offer: every tag, site and name in the collection, read from the indexes. */
export async function facets(db: ClipsDb): Promise<{ tags: string[]; sites: string[]; names: string[] }> {
  const [tags, sites, names] = await Promise.all([
    allTags(db),
    db.articles.orderBy('site.host').uniqueKeys(),
    db.articles.orderBy('names').uniqueKeys(),
  ]);
  return { tags, sites: sites as string[], names: names as string[] };
}

/** Every tag in the collection, for autocomplete. */
export async function allTags(db: ClipsDb): Promise<string[]> {
  return (await db.articles.orderBy('tags').uniqueKeys()) as string[];
}
