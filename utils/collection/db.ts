/**
 * The collection in the extension's own IndexedDB. Only what `where()` uses is indexed; article HTML
 * and text never are. Every schema change is a new version with a migration test; shipped versions
 * are never edited.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Article, ArticleVersion } from '../model/article';
import { derivedFields, toCard, type Card } from './card';
import { cardsMirror, type StoredCard } from './cards-mirror';
import { indexMirror } from './index/index-writer';
import { INDEX_STORES, type DocRow } from './index/index-tables';
import { JOURNAL_STORE, recoverImport } from './import-journal';
import { addressKeys } from './same-article';

/** A stored article: the exported shape plus derived fields that are indexed, never exported. */
export interface StoredArticle extends Article {
  /** v2: the entity names, exactly (indexed v2–v5; the person/program filter now reads the cards). */
  names?: string[];
  /** v2: publication date, or clipping date when the page gave none: the "newest published" order. */
  sortPublished?: string;
  /** v5: its addresses without tracking parameters, what the same article is found by (same-article.ts). */
  keys?: string[];
}

/** v5: an earlier version of an article (versions.ts), in its own table so the list and cards never load it. */
export interface StoredVersion extends ArticleVersion {
  vid?: number;
  articleId: string;
}

export type ClipsDb = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  cards: EntityTable<Card, 'id'>;
  versions: EntityTable<StoredVersion, 'vid'>;
};

export const DB_NAME = 'campus-news-clipper';

/** Open (lazily) the collection; tests pass their own name for a fresh database. */
export function openDb(name = DB_NAME): ClipsDb {
  const db = new Dexie(name) as ClipsDb;
  db.version(1).stores({
    articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *words',
  });
  // v2: filters by person/program and ordering by publication without reading every article.
  db.version(2)
    .stores({
      articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *words, *names, sortPublished',
    })
    .upgrade((tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((a: StoredArticle) => Object.assign(a, derivedFields(a))),
    );
  // v3: a card per article, read whole into the popup for the list, filters and order (cards-mirror.ts keeps it).
  db.version(3)
    .stores({ cards: 'id' })
    .upgrade(async (tx) => {
      const cards: Card[] = [];
      await tx
        .table('articles')
        .toCollection()
        .each((a: StoredArticle) => void cards.push(toCard(a)));
      await tx.table('cards').bulkPut(cards);
    });
  // v4: the search index as segments of posting lists (index/); the `*words` index (an entry per word and
  // article) goes. Rewriting each article drops its words, and the index middleware indexes it as it passes.
  db.version(4)
    .stores({
      articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *names, sortPublished',
      ...INDEX_STORES,
      // An import in progress (import-journal.ts).
      ...JOURNAL_STORE,
    })
    .upgrade((tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((a: StoredArticle & { words?: string[] }) => void delete a.words),
    );
  // v5: earlier versions of an article's content (versions.ts); the same article found by its addresses without
  // tracking parameters, in one read of the `keys` index, filled in here for every article.
  db.version(5)
    .stores({
      articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *names, sortPublished, *keys',
      versions: '++vid, articleId, [articleId+savedAt]',
    })
    .upgrade((tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((a: StoredArticle) => void (a.keys = addressKeys(a.url, a.canonicalUrl))),
    );
  // v6: only the indexes something reads. Dropped: canonicalUrl and site.host (the same article is found by `keys`,
  // a site by the cards), publishedAt (the order is `sortPublished`), `*names` (the name filter reads the cards).
  // Each index is an entry per article (`*names` one per name) that every put computes and stores: fewer make
  // imports faster and the database smaller. The rows keep their fields; nothing to rewrite.
  db.version(6).stores({ articles: 'id, &url, clippedAt, *tags, sortPublished, *keys' });
  // v7: fewer rows and index entries per article written (an import of 10,000 writes each article once).
  // The `docs` table (article id → its integer doc in the search index) goes: the doc is on the article's card,
  // which every write of an article already puts (index-writer.ts gives it, cards-mirror.ts stores it). The unique
  // `url` index goes: nothing looks an article up by it (the same article is found by `keys`, which include the
  // address), and it was an entry per article every put computed and stored. Only the cards are rewritten here.
  db.version(7)
    .stores({ articles: 'id, clippedAt, *tags, sortPublished, *keys', docs: null })
    .upgrade(async (tx) => {
      const docs = new Map<string, number>();
      await tx
        .table('docs')
        .toCollection()
        .each((d: DocRow) => void docs.set(d.id, d.doc));
      await tx
        .table('cards')
        .toCollection()
        .modify((c: StoredCard) => {
          // Cards written during this upgrade's earlier steps have their doc already.
          if (c.doc === undefined && docs.has(c.id)) c.doc = docs.get(c.id);
        });
    });
  db.use(cardsMirror);
  db.use(indexMirror);
  // Before anything reads the collection: undo an import that a closed or killed page left half-written.
  db.on('ready', (vip) => recoverImport(vip as ClipsDb));
  return db;
}
