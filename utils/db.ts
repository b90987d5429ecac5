/**
 * The collection in the extension's own IndexedDB. Only what `where()` uses is indexed; article HTML
 * and text never are. Every schema change is a new version with a migration test; shipped versions
 * are never edited.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Article } from './article';

/** A stored article: the exported shape plus its search words (derived, never exported). */
export interface StoredArticle extends Article {
  words: string[];
}

export type ClipsDb = Dexie & { articles: EntityTable<StoredArticle, 'id'> };

export const DB_NAME = 'campus-news-clipper';

/** Open (lazily) the collection; tests pass their own name for a fresh database. */
export function openDb(name = DB_NAME): ClipsDb {
  const db = new Dexie(name) as ClipsDb;
  db.version(1).stores({
    articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *words',
  });
  return db;
}
