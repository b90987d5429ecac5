/**
 * Reads for the list: which articles match a search and filters, in order. Order, tag, site, name and date
 * are answered from the cards in memory (card.ts); only words of titles and bodies need the words index.
 * Names compare in either Chinese script, as search does (foldHan on both sides).
 */
import type { Article } from '../model/article';
import type { Card } from './card';
import type { ClipsDb } from './db';
import { cardsOf } from './cards-of';
import { foldHan } from '../model/han-fold';
import { nameKey } from './name-suggestions';
import { phraseText, queryPhrases, queryTokens } from './search-words';
import { searchIndex } from './index/search-index';
import { hasPhrases, toArticle } from './stored-article';
import { uiOrder } from '../platform/ui-order';
import { traceMark as mark } from '../platform/trace-mark';

export type SortOrder = 'clipped' | 'published';

/** Plain code-unit order, not localeCompare: ISO dates order as strings, and 10,000 ICU compares cost ~100 ms. */
const asc = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Filters {
  /** Words, in Chinese or English; each must match. */
  query: string;
  tag: string | null;
  /** A site's host. */
  site: string | null;
  /** A person's, program's or organization's name, as found but in either Chinese script (張翔 is 张翔). */
  name: string | null;
  /**
   * Publication date range, inclusive, as YYYY-MM-DD; a From after To is the same range. An article dated only by
   * a month or a year ("2024-05") passes when its period overlaps the range: it may fall in it, and it would
   * otherwise pass no range shorter.
   */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: Filters = { query: '', tag: null, site: null, name: null, from: null, to: null };

export function isFiltered(f: Filters): boolean {
  return !!(f.query.trim() || f.tag || f.site || f.name || f.from || f.to);
}

/** The list's order as a comparison: newest first, by clipping or by publication; ties newest id first. */
export function byOrder(order: SortOrder): (a: Card, b: Card) => number {
  const key = order === 'published' ? (c: Card) => c.sortPublished : (c: Card) => c.clippedAt;
  return (a, b) => asc(key(b), key(a)) || asc(b.id, a.id);
}

/** Cards newest first, by clipping or by publication; ties newest id first so the order is stable. */
export function sortCards(cards: readonly Card[], order: SortOrder): Card[] {
  return [...cards].sort(byOrder(order));
}

/**
 * `sorted` (in `order`) with the cards of `written` put in (replacing a card of the same id) and the ids of
 * `removed` taken out: what sortCards gives for the changed collection, in one pass instead of a sort of all.
 */
export function mergeCards(
  sorted: readonly Card[],
  written: readonly Card[],
  removed: readonly string[],
  order: SortOrder,
): Card[] {
  const gone = new Set(removed);
  for (const c of written) gone.add(c.id);
  const add = sortCards(written, order);
  const cmp = byOrder(order);
  const out: Card[] = [];
  let j = 0;
  for (const c of sorted) {
    if (gone.has(c.id)) continue;
    while (j < add.length && cmp(add[j]!, c) < 0) out.push(add[j++]!);
    out.push(c);
  }
  while (j < add.length) out.push(add[j++]!);
  return out;
}

export interface MatchOptions {
  /** The list's cards in memory, when it has them: they settle most candidates without a read. */
  cardOf?: (id: string) => Card | undefined;
  /** Told before each read of a confirmation the ids confirmed so far (a new set each time). */
  onProgress?: (sure: ReadonlySet<string>) => void;
  /** Aborted by a newer query: the confirmation stops at its next read (rejects with the signal's AbortError). */
  signal?: AbortSignal;
}

/**
 * Ids of the articles whose words match every token of the query (as prefixes), or null for a query with
 * no words: from the search index (index/). Names of 3+ Han characters and quoted phrases are then confirmed
 * against each candidate, every one of them however many: tokens (大学 ∩ 学生) cannot vouch for 大学生.
 */
export async function wordMatches(db: ClipsDb, query: string, opts: MatchOptions = {}): Promise<Set<string> | null> {
  const { cardOf, onProgress, signal } = opts;
  const tokens = queryTokens(query);
  if (!tokens.length) return null;
  mark('search-asked');
  const ids = (await searchIndex(db, tokens)).ids;
  mark('search-index-read');
  const phrases = queryPhrases(query);
  if (!phrases.length) return ids;
  signal?.throwIfAborted();
  const sure = new Set<string>();
  const unsure: Card[] = [];
  // A name in Han characters needs only the fields' Han folded (lower-casing and collapsing spaces change no Han
  // character), which leaves a field with no traditional character as it is.
  const norm = phrases.every((p) => HAN_ONLY.test(p)) ? foldHan : phraseText;
  const settle = (cards: readonly (Card | undefined)[]) => {
    for (const c of cards) {
      if (!c) continue;
      // As printed first (see hasPhrases): a card naming the person as typed needs no folding.
      const raw = [c.title, ...c.names];
      let fields: string[] | undefined;
      const holds = (p: string) =>
        raw.some((f) => f.includes(p)) || (fields ??= raw.map(norm)).some((f) => f.includes(p));
      if (phrases.every(holds)) sure.add(c.id);
      else unsure.push(c);
    }
  };
  // A card (title and every key name, ~330 bytes) settles most: a searched name is usually one of them. The
  // list's cards in memory (`cardOf`) save the read when they hold every candidate.
  const known = cardOf ? [...ids].map(cardOf) : [];
  if (cardOf && known.every((c) => c)) settle(known);
  else {
    let rest = [...ids];
    // Not in memory (a popup just opened) and many: the newest candidates' cards first, told at once, so the first
    // screen lists before thousands of cards are read (issue #12: a common name's 5,621 took 1.5 s).
    if (onProgress && ids.size > FIRST_SETTLE * 4) {
      const first = await firstCardsAmong(db, ids, 'clipped', FIRST_SETTLE);
      signal?.throwIfAborted();
      settle(first);
      onProgress(new Set(sure));
      const done = new Set(first.map((c) => c.id));
      rest = rest.filter((id) => !done.has(id));
    }
    settle(await cardsOf(db, rest));
    signal?.throwIfAborted();
  }
  // The rest from their stored text, newest clipped first (the list's usual top fills first), a chunk per read so
  // the page stays responsive and a newer query can stop it between reads.
  mark('search-cards-settled');
  unsure.sort(byOrder('clipped'));
  for (let i = 0; i < unsure.length; i += CONFIRM_CHUNK) {
    onProgress?.(new Set(sure));
    const chunk = unsure.slice(i, i + CONFIRM_CHUNK).map((c) => c.id);
    const rows = await db.articles.bulkGet(chunk);
    signal?.throwIfAborted();
    for (const a of rows) if (a && hasPhrases(a, phrases)) sure.add(a.id);
  }
  return sure;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Candidates settled first when their cards must be read: two screens of the list. */
export const FIRST_SETTLE = 24;

/** Candidates' texts read per read while confirming (a few hundred KB). */
export const CONFIRM_CHUNK = 300;

/**
 * The sorted cards that pass the filters; `words` is wordMatches() of the query (null: no words asked). With
 * `byId` (every card of `sorted` by id), a search matching few of them starts from its matches: sorting a few
 * hundred cards costs less than testing every one.
 */
export function selectCards(
  sorted: readonly Card[],
  f: Filters,
  words: ReadonlySet<string> | null,
  byId?: ReadonlyMap<string, Card>,
  order?: SortOrder,
): Card[] {
  // Nothing asked: the list itself (a copy of 10,000 cards per cleared search otherwise).
  if (!words && !isFiltered(f)) return sorted as Card[];
  if (words && byId && order && words.size * 16 < sorted.length) {
    const among: Card[] = [];
    for (const id of words) {
      const c = byId.get(id);
      if (c) among.push(c);
    }
    return selectCards(sortCards(among, order), f, words);
  }
  // Dates are ISO strings ("2024", "2024-05", "2021-04-08" or "2021-04-08T23:00:00+08:00"), so a day's range is
  // a string range. A month or year overlaps it when it ends after `from` (is later, or holds `from`'s day: a
  // prefix of it) and starts before `to` (a prefix sorts first, so the string test holds as for a day).
  // A range typed backwards (From after To) is the same days.
  const [lo, hi] = f.from && f.to && f.from > f.to ? [f.to, f.from] : [f.from, f.to];
  const from = lo ?? '';
  const to = `${hi ?? '9999-12-31'}\uffff`;
  const dated = !!(f.from || f.to);
  // Folded as search folds, in either script and any case, as the name field's suggestions match (review 31, R11 #5:
  // "david okafor" typed in full found nothing). Same length: only a name as long as the filter's can be it.
  const typed = f.name?.trim() ?? '';
  const name = typed && nameKey(typed);
  const named = (c: Card) => c.names.some((x) => x === typed || (x.length === typed.length && nameKey(x) === name));
  const passes = (c: Card) =>
    (!f.tag || c.tags.includes(f.tag)) &&
    (!f.site || c.site.host === f.site) &&
    (!name || named(c)) &&
    (!dated || (!!c.publishedAt && (c.publishedAt >= from || from.startsWith(c.publishedAt)) && c.publishedAt <= to));
  if (words && byId) {
    // Many matches: each one's place in the list marked, then the list walked once over a byte per card (no
    // string lookup per card).
    const place = placesOf(sorted);
    const hit = new Uint8Array(sorted.length);
    for (const id of words) {
      const r = place.get(id);
      if (r !== undefined) hit[r] = 1;
    }
    const out: Card[] = [];
    for (let r = 0; r < hit.length; r++) if (hit[r] && passes(sorted[r]!)) out.push(sorted[r]!);
    return out;
  }
  return sorted.filter((c) => (!words || words.has(c.id)) && passes(c));
}

/**
 * Each card's place in a sorted list, by id: made once per list (the list's hook asks when the page is idle, so
 * the first large search need not), kept while the list is.
 */
const places = new WeakMap<readonly Card[], Map<string, number>>();
export function placesOf(sorted: readonly Card[]): Map<string, number> {
  let m = places.get(sorted);
  if (!m) {
    m = new Map();
    for (let r = 0; r < sorted.length; r++) m.set(sorted[r]!.id, r);
    places.set(sorted, m);
  }
  return m;
}

/**
 * The first `k` cards, in the list's order, among the articles of `ids`: walks the articles' order index newest
 * first (keys only) until `k` are found, so a search matching thousands of articles shows its first screen before
 * every card is read. For large `ids` (a small set is cheaper read whole with bulkGet).
 */
export async function firstCardsAmong(db: ClipsDb, ids: Set<string>, order: SortOrder, k: number): Promise<Card[]> {
  const found: string[] = [];
  // Ties come newest id first, as sortCards orders them: the index holds [key, id] ascending, walked reversed.
  await db.articles
    .orderBy(order === 'published' ? 'sortPublished' : 'clippedAt')
    .reverse()
    .until(() => found.length >= k)
    .eachPrimaryKey((id) => void (ids.has(id) && found.push(id)));
  return (await db.cards.bulkGet(found)).filter((c): c is Card => !!c);
}

/** Ids of the articles that pass every filter, newest first: the list's answer, read from the database. */
export async function matchingIds(db: ClipsDb, f: Filters, order: SortOrder = 'clipped'): Promise<string[]> {
  const [cards, words] = await Promise.all([db.cards.toArray(), wordMatches(db, f.query)]);
  return selectCards(sortCards(cards, order), f, words).map((c) => c.id);
}

/** The articles of these ids, in the same order (missing ones, deleted meanwhile, are skipped). */
export async function articlesByIds(db: ClipsDb, ids: string[]): Promise<Article[]> {
  return (await db.articles.bulkGet(ids)).filter((a) => !!a).map(toArticle);
}

/** Matching articles, whole: for exports and tests; the list shows cards. */
export async function searchArticles(db: ClipsDb, query: string, order: SortOrder = 'clipped'): Promise<Article[]> {
  return articlesByIds(db, await matchingIds(db, { ...NO_FILTERS, query }, order));
}

export interface Facets {
  tags: string[];
  sites: string[];
  names: string[];
}

/**
 * What the filter menus offer: every tag (in the UI language's order), site and name among the cards; names most
 * frequent first (ties in code order), so the names offered first are the ones most articles hold. Made once per
 * card set (the list's hook keeps it), not per keystroke.
 */
export function facetsOf(cards: readonly Card[]): Facets {
  const tags = new Set<string>();
  const sites = new Set<string>();
  const names = new Map<string, number>();
  for (const c of cards) {
    for (const t of c.tags) tags.add(t);
    sites.add(c.site.host);
    for (const n of c.names) names.set(n, (names.get(n) ?? 0) + 1);
  }
  return {
    tags: [...tags].sort(uiOrder),
    sites: [...sites].sort(asc),
    names: [...names.keys()].sort((a, b) => names.get(b)! - names.get(a)! || asc(a, b)),
  };
}

/** Every tag in the collection, for autocomplete. */
export async function allTags(db: ClipsDb): Promise<string[]> {
  return (await db.articles.orderBy('tags').uniqueKeys()) as string[];
}
