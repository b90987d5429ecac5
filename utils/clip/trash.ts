/**
 * Delete with an undo that outlives the popup: deleted articles wait in a short-lived trash in extension storage
 * (not in the popup's memory), and the popup offers Undo again when it next opens. Undo merges with a page that
 * was clipped again meanwhile: the re-clip's text stays, the old tags, highlights and notes come back.
 */
import { storage } from 'wxt/utils/storage';
import type { Article } from '../model/article';
import type { ClipsDb } from '../collection/db';
import { findSame } from '../collection/store';
import { toArticle, toStored } from '../collection/stored-article';

/** The last delete: the articles as they were, and when. */
export interface Trash {
  deletedAt: string;
  articles: Article[];
}

/** How long Undo stays on offer after a delete. */
export const TRASH_MINUTES = 10;

const trashItem = storage.defineItem<Trash | null>('local:trash', { fallback: null });

/** Delete articles, keeping them in the trash first so no moment exists where they are nowhere. */
export async function trashArticles(db: ClipsDb, ids: string[], now = new Date()): Promise<Article[]> {
  const rows = (await db.articles.bulkGet(ids)).filter((r) => !!r).map(toArticle);
  await trashItem.setValue({ deletedAt: now.toISOString(), articles: rows });
  await db.articles.bulkDelete(rows.map((r) => r.id));
  return rows;
}

/** The trash if Undo is still on offer, else null (and an old trash is emptied). */
export async function pendingTrash(now = new Date()): Promise<Trash | null> {
  const trash = await trashItem.getValue();
  if (!trash) return null;
  if (now.getTime() - Date.parse(trash.deletedAt) <= TRASH_MINUTES * 60e3 && trash.articles.length) return trash;
  await trashItem.removeValue();
  return null;
}

const unite = <T>(a: T[], b: T[], key: (x: T) => string) => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
};

/** An article from the trash merged into the one clipped again since: its text, the old tags and notes. */
export function mergeRestored(now: Article, old: Article): Article {
  return {
    ...now,
    tags: unite(now.tags, old.tags, (t) => t),
    highlights: unite(old.highlights, now.highlights, (h) => `${h.text}\u0000${h.createdAt}`),
    clippedAt: old.clippedAt < now.clippedAt ? old.clippedAt : now.clippedAt,
  };
}

/** Put the trash back in one transaction; returns how many were restored and how many merged with a re-clip. */
export async function undoDelete(db: ClipsDb): Promise<{ restored: number; merged: number }> {
  const trash = await trashItem.getValue();
  if (!trash) return { restored: 0, merged: 0 };
  const counts = await db.transaction('rw', db.articles, async () => {
    let merged = 0;
    for (const old of trash.articles) {
      const now = (await db.articles.get(old.id)) ?? (await findSame(db, old.url, old.canonicalUrl));
      if (now) merged++;
      await db.articles.put(toStored(now ? mergeRestored(toArticle(now), old) : old));
    }
    return { restored: trash.articles.length, merged };
  });
  await trashItem.removeValue();
  return counts;
}
