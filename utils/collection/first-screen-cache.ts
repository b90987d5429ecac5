/**
 * The list's first screen, kept in localStorage so a fresh popup paints it before IndexedDB answers (its
 * first request costs 0.4–0.75 s cold with 10,000 articles: docs/benchmarks.md). The live list replaces it
 * as soon as the cards are read; a stale screen therefore lasts that long at most.
 */
import type { Card } from './card';
import type { SortOrder } from './query';
import { rowText, type RowText } from '../../components/article-row';
import { t, tn } from '../platform/i18n';

/** Rows kept: more than a tall popup shows. */
export const FIRST_SCREEN = 12;
// v2: with `shown`. A v1 screen is ignored, and replaced by the first popup that reads the collection.
const KEY = 'cnc-first-screen-v2';

export interface FirstScreen {
  order: SortOrder;
  /** How many articles the collection had. */
  total: number;
  cards: Card[];
  /**
   * The screen's words as they were shown (the UI language then), for first-paint.js to draw with no extension API:
   * a trace of the popup's first frame found the API's first use (its bindings set up) costing ~7 ms there.
   */
  shown: {
    /** The popup's heading. */
    title: string;
    /** The search box's placeholder. */
    search: string;
    /** The count line, for `total`. */
    count: string;
    /** One per card. */
    rows: RowText[];
  };
}

/** The saved first screen for this order, or null (none yet, another order, storage unavailable or unreadable). */
export function readFirstScreen(
  order: SortOrder,
  storage: Storage | undefined = globalThis.localStorage,
): FirstScreen | null {
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? 'null') as FirstScreen | null;
    return saved &&
      saved.order === order &&
      Array.isArray(saved.cards) &&
      typeof saved.total === 'number' &&
      saved.shown?.rows?.length === saved.cards.length
      ? saved
      : null;
  } catch {
    return null;
  }
}

/** Save the first screen of the unfiltered list; returns whether it changed. */
export function writeFirstScreen(
  order: SortOrder,
  sorted: readonly Card[],
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  const cards = sorted.slice(0, FIRST_SCREEN);
  const shown = {
    title: t('extName'),
    search: t('searchPlaceholder'),
    count: tn('countLabel', sorted.length),
    rows: cards.map(rowText),
  };
  const text = JSON.stringify({ order, total: sorted.length, cards, shown } satisfies FirstScreen);
  try {
    if (!storage || storage.getItem(KEY) === text) return false;
    storage.setItem(KEY, text);
    return true;
  } catch {
    // A full or disabled storage only costs the next popup its head start.
    return false;
  }
}
