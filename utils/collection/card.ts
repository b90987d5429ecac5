/**
 * A card: the few hundred bytes of an article the list, the filters and the ordering need. The popup reads
 * every card into memory at once (10,000 cards ≈ 4 MB), so it never reads bodies or walks an index to
 * show, count, sort or filter; only body words go to IndexedDB.
 */
import type { Article, EntityKind } from '../model/article';

export interface Card extends Pick<
  Article,
  'id' | 'url' | 'title' | 'lang' | 'site' | 'publishedAt' | 'clippedAt' | 'views' | 'tags'
> {
  /** Publication date, or clipping date when the page gave none: the "newest published" order. */
  sortPublished: string;
  /** The first people and programs, shown as chips in the list. */
  chips: { text: string; kind: EntityKind }[];
  /** Every entity name, exactly, for the person/program filter and its menu. */
  names: string[];
}

/** The fields derived from an article's names and dates, stored with it since v2 and on its card. */
export function derivedFields(a: Pick<Article, 'entities' | 'publishedAt' | 'clippedAt'>): {
  names: string[];
  sortPublished: string;
} {
  return { names: [...new Set(a.entities.map((e) => e.text))], sortPublished: a.publishedAt ?? a.clippedAt };
}

/** How many name chips a list row shows. */
const CHIPS = 2;

/** The card of an article (stored or exported shape; extra fields are ignored). */
export function toCard(a: Article): Card {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    lang: a.lang,
    site: a.site,
    publishedAt: a.publishedAt,
    clippedAt: a.clippedAt,
    views: a.views,
    tags: a.tags,
    ...derivedFields(a),
    chips: a.entities
      .filter((e) => e.kind !== 'organization')
      .slice(0, CHIPS)
      .map(({ text, kind }) => ({ text, kind })),
  };
}
