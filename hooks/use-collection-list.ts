/**
 * The list's state as a Preact hook: every card live in memory, sorted and filtered there; the words of a
 * search from the index; and, until the first read, the saved first screen (first-screen.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Card } from '../utils/collection/card';
import {
  facetsOf,
  firstCardsAmong,
  isFiltered,
  placesOf,
  selectCards,
  sortCards,
  type Facets,
  type Filters,
  type SortOrder,
} from '../utils/collection/query';
import type { ClipsDb } from '../utils/collection/db';
import { cardsOf } from '../utils/collection/cards-of';
import { FIRST_SCREEN, readFirstScreen, writeFirstScreen } from '../utils/collection/first-screen-cache';
import { warmIndex } from '../utils/collection/index/search-index';
import { useLiveQuery } from './use-live-query';
import { useWordMatches } from './use-word-matches';
import { useAllCards } from './use-all-cards';
import { useLatest } from './use-latest';

export interface CollectionList {
  /** The articles to show, in order; null while nothing is known yet. */
  shown: Card[] | null;
  /** How many are shown. */
  count: number;
  /** Their ids (made when asked: 10,000 strings per keystroke otherwise). */
  ids: () => string[];
  /** How many articles match; null while the list is still loading. */
  total: number | null;
  /**
   * The search `shown` answers: the typed one once its answer is in, until then the one before. Rows mark and
   * explain this one, so a keystroke does not send the old rows to read their texts for a query they will not show.
   */
  shownQuery: string;
  /** True while a search's names or phrases are still being confirmed: `shown` is what is confirmed so far. */
  checking: boolean;
  /** True until every card has been read. */
  busy: boolean;
  /** What the filter menus offer. */
  offered: Facets;
}

const NO_FACETS: Facets = { tags: [], sites: [], names: [] };
/** The list's answer: its cards in order, and the count when they are only the first screen of it. */
interface Answer {
  cards: Card[];
  total: number | null;
  /** Only the matches confirmed so far. */
  checking?: boolean;
  /** The search it answers. */
  query: string;
}
/** The answer read before every card is: the matches' own cards, or the first screen of them or of those confirmed. */
interface Early {
  /** The matches it answers; null for the ones confirmed so far. */
  words: Set<string> | null;
  query: string;
  cards: Card[] | null;
  /** Every match's card, not only a first screen's. */
  whole: boolean;
}
/** Up to how many matches a search answers from their own cards while the list is still being read. */
const EARLY_MATCHES = 2000;

/** `onError` hears a read that failed: the list cannot be shown, and the user should be told. */
export function useCollectionList(
  db: ClipsDb,
  filters: Filters,
  order: SortOrder,
  onError: (e: unknown) => void,
): CollectionList {
  // A database that cannot open is not reported by live queries (they wait for it): ask it directly, once per
  // database, and tell the onError current when it fails.
  const errorTo = useLatest(onError);
  useEffect(() => void db.open().catch((e: unknown) => errorTo.current(e)), [db, errorTo]);
  // Before the cards are asked for: the index's segment list then comes first, and a search typed as the first
  // screen shows does not wait for it behind pages of cards. A failure here is the search's to report.
  useEffect(() => void warmIndex(db).catch(() => undefined), [db]);
  // 10,000 cards ≈ 4 MB: order, count, filters and menus then need no further reads. Read once, then only the
  // cards a change wrote (use-all-cards.ts), so an import's batches do not make the list read every card again.
  // While the first read goes on, a search typed meanwhile holds it between pages until its early answer is in.
  const [live, hold] = useAllCards(db, order, onError);
  const loaded = live !== null;
  const byId = useRef<ReadonlyMap<string, Card> | null>(null);
  byId.current = live?.byId ?? null;
  const sorted = live?.sorted ?? null;
  const liveById = live?.byId;
  const { words, pending, checking } = useWordMatches(db, filters.query, onError, (id) => byId.current?.get(id));
  // A search typed before every card is read: the matches' own cards answer it (the match set is whole), so it
  // need not wait for the whole list. Past EARLY_MATCHES, a search with no other filter shows its first screen,
  // found by walking the order index, and counts its matches (the rest come with the whole list).
  const onlyWords = !isFiltered({ ...filters, query: '' });
  const query = filters.query;
  // And a long confirmation (a common name's thousands of candidates) typed as the popup opens: the matches confirmed
  // so far, read as they come until they fill a screen (their own cards), then once from the order index.
  const sureNow = useLatest(checking);
  const queryNow = useLatest(query);
  const step = Math.min(checking?.size ?? 0, FIRST_SCREEN);
  const early = useLiveQuery(
    useCallback(async (): Promise<Early | null> => {
      if (loaded) return null;
      const [sure, asked] = [sureNow.current, queryNow.current];
      if (!words) {
        if (!step || !sure || !onlyWords) return null;
        const cards =
          sure.size < FIRST_SCREEN
            ? sortCards(
                (await db.cards.bulkGet([...sure])).filter((c): c is Card => !!c),
                order,
              )
            : await firstCardsAmong(db, new Set(sure), order, FIRST_SCREEN);
        return { words, query: asked, cards, whole: false };
      }
      if (words.size <= EARLY_MATCHES)
        return {
          words,
          query: asked,
          cards: await cardsOf(db, [...words]),
          whole: true,
        };
      const cards = onlyWords ? await firstCardsAmong(db, words, order, FIRST_SCREEN) : null;
      return { words, query: asked, cards, whole: false };
    }, [db, loaded, words, onlyWords, order, step, sureNow, queryNow]),
    null,
    onError,
    { everyRead: true },
  );
  // Held from the keystroke until this query's early answer (or the whole list) is in.
  const waiting = !loaded && !!filters.query.trim() && (pending || (!!words && early?.words !== words));
  // Before the browser paints: the next page of cards must not start first.
  useLayoutEffect(() => hold(waiting), [hold, waiting]);
  const answer = useMemo((): Answer | null => {
    // A long confirmation: the rows confirmed so far, said to be so (never a token answer shown as final).
    if (pending) {
      if (checking && sorted)
        return { cards: selectCards(sorted, filters, checking, liveById, order), total: null, checking: true, query };
      const firstSure = checking && early && !early.words && early.query === query ? early.cards : null;
      return firstSure ? { cards: firstSure, total: checking!.size, checking: true, query } : null;
    }
    if (sorted) return { cards: selectCards(sorted, filters, words, liveById, order), total: null, query };
    if (early?.words !== words || !early?.cards) return null;
    if (early.whole) return { cards: selectCards(sortCards(early.cards, order), filters, words), total: null, query };
    return onlyWords && words ? { cards: early.cards, total: words.size, query } : null;
  }, [sorted, liveById, early, filters, query, words, pending, checking, order, onlyWords]);
  // While a new query's words are read, the last answer stays rather than flashing empty.
  const last = useRef<Answer | null>(null);
  if (answer) last.current = answer;
  const filtered = isFiltered(filters);
  const saved = useMemo(() => (loaded ? null : readFirstScreen(order)), [loaded, order]);
  const shown = last.current?.cards ?? (!filtered && saved ? saved.cards : null);
  const count = shown?.length ?? 0;
  const ids = () => (shown ?? []).map((c) => c.id);
  const total = last.current ? (last.current.total ?? count) : saved && !filtered ? saved.total : null;
  useEffect(() => {
    if (sorted) writeFirstScreen(order, sorted);
  }, [sorted, order]);
  // When the page is idle and the list has stayed the same a moment (not between an import's batches): each card's
  // place in it, which a search matching many cards needs (selectCards).
  useEffect(() => {
    if (!sorted) return;
    const timer = setTimeout(() => placesOf(sorted), 1000);
    return () => clearTimeout(timer);
  }, [sorted]);
  // Read by `npm run bench`: when every card is in memory and the list is live.
  useEffect(() => {
    if (loaded && !performance.getEntriesByName('collection-live').length) performance.mark('collection-live');
  }, [loaded]);
  const offered = useMemo(() => (sorted ? facetsOf(sorted) : NO_FACETS), [sorted]);
  const shownQuery = last.current?.query ?? '';
  return { shown, count, ids, total, shownQuery, checking: !!last.current?.checking, busy: !loaded, offered };
}
