/** An article as stored: the exported shape plus derived, indexed fields (never exported). */
import type { Article } from '../model/article';
import { derivedFields } from './card';
import type { StoredArticle } from './db';
import { searchWords } from './search-words';

/** Search words of an article: its text, title, site, people credited, tags, and its key names whole. */
export function wordsOf(a: Omit<Article, 'id'>): string[] {
  const words = searchWords(
    [
      a.title,
      a.site.host,
      a.site.name,
      a.site.university,
      a.source,
      ...a.byline.map((b) => b.name),
      ...a.tags,
      ...a.entities.map((e) => e.text),
      a.textContent,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  // Whole names too, so a search for a full name can match one index word.
  return [...new Set([...words, ...a.entities.map((e) => e.text.toLowerCase())])];
}

/** Strip derived fields: what export and the UI see (`words`: rows written before v4). */
export function toArticle(stored: StoredArticle): Article {
  const { names: _names, sortPublished: _s, words: _w, ...a } = stored as StoredArticle & { words?: unknown };
  return a;
}

/** An article with its derived, indexed fields (names, publication order); its words go to the search index. */
export function toStored(a: Article): StoredArticle {
  return { ...a, ...derivedFields(a) };
}
