/** An article as stored: the exported shape plus derived, indexed fields (never exported). */
import type { Article, Highlight } from '../model/article';
import { derivedFields } from './card';
import type { StoredArticle } from './db';
import { foldHan } from '../model/han-fold';
import { phraseText, searchWordSet } from './search-words';
import { addressKeys } from './same-article';
import { uniteHighlights } from '../model/passage';

/** The fields search reads of an article (wordsOf and hasPhrases), each apart. */
export type SearchedFields = Pick<
  Article,
  'title' | 'site' | 'source' | 'byline' | 'tags' | 'entities' | 'textContent' | 'excerpt'
> & {
  highlights: readonly Pick<Highlight, 'note'>[];
};

/**
 * Its short fields: title, site, source, people credited and their roles (摄影 郭晓雯), tags, names, notes, and the
 * excerpt, which holds the standfirst a page prints over its text (the body leaves it out).
 */
function shortFields(a: SearchedFields): string[] {
  return [a.title, a.site.host, a.site.name, a.site.university, a.source, a.excerpt]
    .concat(
      a.byline.flatMap((b) => [b.name, b.role]),
      a.tags,
      a.entities.map((e) => e.text),
      // The user's own words on a clip ("待跟进", a colleague's name) find it again.
      a.highlights.map((h) => h.note),
    )
    .filter((f): f is string => !!f);
}

/** Search words of an article: its text, title, site, credits, tags, notes, and its key names whole. */
export function wordsOf(a: SearchedFields): string[] {
  const words = new Set<string>();
  for (const field of shortFields(a)) searchWordSet(field, words);
  searchWordSet(a.textContent, words);
  // Whole names too, so a search for a full name can match one index word.
  for (const e of a.entities) words.add(foldHan(e.text.toLowerCase()));
  return [...words];
}

/** Whether an article's searchable text (the fields wordsOf reads, each apart) holds every phrase of queryPhrases(). */
export function hasPhrases(a: SearchedFields, phrases: readonly string[]): boolean {
  if (!phrases.length) return true;
  const raw = [...shortFields(a), a.textContent];
  let norm: string[] | undefined;
  // A phrase printed as it is needs no normalising: phraseText maps each of a normalised phrase's characters to
  // itself (han-fold's table folds to characters it does not fold again), so the text as printed holding it means
  // the normalised text holds it. Most candidates of a name hold it as printed; the rest pay for the folding.
  return phrases.every(
    (p) => raw.some((f) => f.includes(p)) || (norm ??= raw.map(phraseText)).some((f) => f.includes(p)),
  );
}

/**
 * Strip derived fields: what export and the UI see (`words`: rows written before v4). A passage highlighted twice
 * shows once: imports before session 29 united highlights by text and time, so the same passage highlighted in two
 * browsers was stored twice; the next write of the article stores the list united.
 */
export function toArticle(stored: StoredArticle): Article {
  const { names: _n, sortPublished: _s, keys: _k, words: _w, ...a } = stored as StoredArticle & { words?: unknown };
  return a.highlights.length > 1 ? { ...a, highlights: uniteHighlights(a.highlights, []) } : a;
}

/** An article with its derived, indexed fields (names, order, address keys); its words go to the search index. */
export function toStored(a: Article): StoredArticle {
  return { ...a, ...derivedFields(a), keys: addressKeys(a.url, a.canonicalUrl) };
}
