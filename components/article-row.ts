/**
 * What a list row says about an article, in one place: the live row (ArticleItem.tsx) and the saved first screen
 * painted before the popup's bundle runs (entrypoints/popup/first-paint.ts) both draw it.
 */
import type { Card } from '../utils/collection/card';
import { displayDate } from '../utils/model/dates';
import { tn } from '../utils/platform/i18n';

/** The fixed height of a list row, in pixels (the virtual list places rows by it). */
export const ROW_HEIGHT = 96;

/** Where row `i` sits inside the list. */
export function rowStyle(i: number, rowHeight: number) {
  return { position: 'absolute', top: `${i * rowHeight}px`, left: 0, right: 0, height: `${rowHeight}px` } as const;
}

export interface RowText {
  title: string;
  /** The university, else the site's name, else its host. */
  place: string;
  /** The publication date as printed, or '' when there is none. */
  date: string;
  /** "1,234 views", or null when the page showed no counter. */
  views: string | null;
}

export function rowText(card: Card): RowText {
  return {
    title: card.title,
    place: card.site.university ?? card.site.name ?? card.site.host,
    date: displayDate(card.publishedAt),
    views: card.views !== null ? tn('views', card.views) : null,
  };
}
