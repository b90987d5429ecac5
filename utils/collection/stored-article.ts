/** An article as stored: the exported shape plus derived, indexed fields (never exported). */
import type { Article } from '../model/article';
import { derivedFields } from './card';
import type { StoredArticle } from './db';
import { foldHan } from '../model/han-fold';
import { phraseText, searchWordSet } from './search-words';
import { addressKeys } from './same-article';
import { uniteHighlights } from '../model/passage';

/** Search words of an article: its text, title, site, people credited, tags, and its key names whole. */
export function wordsOf(a: Omit<Article, 'id'>): string[] {
  const words = new Set<string>();
  for (const field of [a.title, a.site.host, a.site.name, a.site.university, a.source])
    if (field) searchWordSet(field, words);
  for (const b of a.byline) searchWordSet(b.name, words);
  for (const t of a.tags) searchWordSet(t, words);
  for (const e of a.entities) searchWordSet(e.text, words);
  searchWordSet(a.textContent, words);
  // Whole names too, so a search for a full name can match one index word.
  for (const e of a.entities) words.add(foldHan(e.text.toLowerCase()));
  return [...words];
}

/** Whether an article's searchable text (the fields wordsOf reads, each apart) holds every phrase of queryPhrases(). */
export function hasPhrases(a: Omit<Article, 'id'>, phrases: readonly string[]): boolean {
  if (!phrases.length) return true;
  const fields = [a.title, a.site.host, a.site.name, a.site.university, a.source, a.textContent]
    .concat(
      a.byline.map((b) => b.name),
      a.tags,
      a.entities.map((e) => e.text),
    )
    .filter((f): f is string => !!f)
    .map(phraseText);
  return phrases.every((p) => fields.some((f) => f.includes(p)));
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
