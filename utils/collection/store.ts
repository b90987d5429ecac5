/** Every write to the collection goes through here (reads for the list and search: collection-query.ts). */
import type { Article, Draft } from '../model/article';
import type { ClipsDb, StoredArticle } from './db';
import { findEntities } from '../entities/find-entities';
import { toArticle, toStored } from './stored-article';
import { applyWatchList, type WatchItem } from '../entities/watch-list';
import { findSame } from './same-article';

/** The one definition of "the same article" (same-article.ts), re-exported for the popup and the clipper. */
export { findSame } from './same-article';

/**
 * Save a freshly extracted draft. Clipping the same page again updates it and keeps tags and notes.
 * Watch-list names the article mentions become entities and tags.
 */
export async function saveDraft(
  db: ClipsDb,
  draft: Draft,
  now = new Date(),
  watch: WatchItem[] = [],
): Promise<{ article: Article; created: boolean }> {
  const { entities, hits } = applyWatchList(draft.textContent, findEntities(draft.textContent), watch);
  const { provenance: _p, column: _c, ...fields } = draft;
  return db.transaction('rw', db.articles, async () => {
    const old = await findSame(db, draft.url, draft.canonicalUrl);
    const stamp = now.toISOString();
    const base = {
      ...fields,
      tags: [...new Set([...(old?.tags ?? []), ...hits])],
      entities,
      highlights: old?.highlights ?? [],
      clippedAt: old?.clippedAt ?? stamp,
      updatedAt: stamp,
    };
    const stored = toStored({ ...base, id: old?.id ?? crypto.randomUUID() });
    await db.articles.put(stored);
    return { article: toArticle(stored), created: !old };
  });
}

/** Apply the user's corrections to a saved article (search words follow the new values). */
export async function updateArticle(
  db: ClipsDb,
  id: string,
  patch: Partial<Article>,
  now = new Date(),
): Promise<Article | null> {
  return db.transaction('rw', db.articles, async () => {
    const old = await db.articles.get(id);
    if (!old) return null;
    const next = toStored({ ...toArticle(old), ...patch, id, updatedAt: now.toISOString() });
    await db.articles.put(next);
    return toArticle(next);
  });
}

/** Delete articles; returns them as stored, so an undo can put them back exactly. */
export async function deleteArticles(db: ClipsDb, ids: string[]): Promise<StoredArticle[]> {
  return db.transaction('rw', db.articles, async () => {
    const rows = (await db.articles.bulkGet(ids)).filter((r): r is StoredArticle => !!r);
    await db.articles.bulkDelete(rows.map((r) => r.id));
    return rows;
  });
}

/** Undo a delete: the same records, ids and dates back in the collection. */
export async function restoreArticles(db: ClipsDb, rows: StoredArticle[]): Promise<void> {
  await db.articles.bulkPut(rows);
}

/** Add a tag to many articles at once (bulk action); articles that have it already are left alone. */
export async function addTag(db: ClipsDb, ids: string[], tag: string, now = new Date()): Promise<number> {
  const clean = tag.trim();
  if (!clean) return 0;
  return db.transaction('rw', db.articles, async () => {
    const rows = (await db.articles.bulkGet(ids)).filter((r): r is StoredArticle => !!r && !r.tags.includes(clean));
    await db.articles.bulkPut(
      rows.map((r) => toStored({ ...toArticle(r), tags: [...r.tags, clean], updatedAt: now.toISOString() })),
    );
    return rows.length;
  });
}
