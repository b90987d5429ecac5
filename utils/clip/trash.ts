/**
 * Delete with an undo that outlives the popup: deleted articles wait in a short-lived trash in extension storage
 * (not in the popup's memory), and the popup offers Undo again when it next opens. Undo merges with a page that
 * was clipped again meanwhile: the re-clip's text stays, the old tags, highlights and notes come back, and the old
 * text becomes an earlier version of it. An article's versions go to the trash with it and come back with it.
 */
import { storage } from 'wxt/utils/storage';
import type { Article, ArticleVersion } from '../model/article';
import type { ClipsDb } from '../collection/db';
import { findSame } from '../collection/store';
import { toArticle, toStored } from '../collection/stored-article';
import {
  addVersions,
  contentChanged,
  deleteVersionsOf,
  plainVersion,
  versionOf,
  versionsByArticle,
} from '../collection/versions';

/** One delete: the articles as they were, their earlier versions (by article id, oldest first), and when. */
export interface Trash {
  /** Which delete (absent in a trash written before session 31: its deletedAt stands for it). */
  id?: string;
  deletedAt: string;
  articles: Article[];
  /** Absent in a trash written before versions existed. */
  versions?: Record<string, ArticleVersion[]>;
}

/** How long Undo stays on offer after a delete. */
export const TRASH_MINUTES = 10;

// Every delete of the last TRASH_MINUTES, oldest first (review 31, R11 #1: one trash that each delete replaced let an
// Undo still on offer in one window restore another window's later delete, and the first delete was gone for good).
// Written before session 31 as a single delete: read as a list of one.
const trashItem = storage.defineItem<Trash | Trash[] | null>('local:trash', { fallback: null });

const idOf = (t: Trash) => t.id ?? t.deletedAt;
const fresh = (t: Trash, now: Date) =>
  now.getTime() - Date.parse(t.deletedAt) <= TRASH_MINUTES * 60e3 && t.articles.length > 0;
async function stored(): Promise<Trash[]> {
  const v = await trashItem.getValue();
  return Array.isArray(v) ? v : v ? [v] : [];
}
const trashes = async (now: Date) => (await stored()).filter((t) => fresh(t, now));

/**
 * Delete articles, keeping them in the trash first so no moment exists where they are nowhere. Returns them and
 * which delete it was: its Undo restores that one, whatever is deleted after it.
 */
export async function trashArticles(
  db: ClipsDb,
  ids: string[],
  now = new Date(),
): Promise<{ rows: Article[]; trashId: string }> {
  const rows = (await db.articles.bulkGet(ids)).filter((r) => !!r).map(toArticle);
  const found = await versionsByArticle(
    db,
    rows.map((r) => r.id),
  );
  const versions = Object.fromEntries([...found].map(([id, vs]) => [id, vs.map(plainVersion)]));
  const trashId = `${now.toISOString()} ${Math.random().toString(36).slice(2, 8)}`;
  const entry: Trash = { id: trashId, deletedAt: now.toISOString(), articles: rows, versions };
  await withTrashLock(async () => trashItem.setValue([...(await trashes(now)), entry]));
  // The article and its versions go together: no moment where versions outlive their article.
  await db.transaction('rw', db.articles, db.versions, async () => {
    await deleteVersionsOf(
      db,
      rows.map((r) => r.id),
    );
    await db.articles.bulkDelete(rows.map((r) => r.id));
  });
  return { rows, trashId };
}

/** The latest delete whose Undo is still on offer, with its id, else null. */
export async function pendingTrash(now = new Date()): Promise<(Trash & { id: string }) | null> {
  const all = await stored();
  const kept = all.filter((t) => fresh(t, now));
  // Old deletes are emptied, so an Undo left on screen past its time finds nothing.
  if (kept.length < all.length) await withTrashLock(async () => trashItem.setValue(await trashes(now)));
  const last = kept.at(-1);
  return last ? { ...last, id: idOf(last) } : null;
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

/** Held while the trash is put back (Web Locks: shared by every popup, tab and window of the extension). */
export const TRASH_LOCK = 'campus-news-clipper-trash';

let chain: Promise<unknown> = Promise.resolve();
/** One restore at a time: across pages by Web Locks where they exist, else within this page. */
function withTrashLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(TRASH_LOCK, fn) as Promise<T>;
  const run = chain.then(fn, fn);
  chain = run.catch(() => {});
  return run;
}

/**
 * Put a delete back (`trashId`; none: the latest) in one transaction; returns how many were restored and how many
 * merged with a re-clip. It is read, restored and taken from the trash while holding the trash lock: a second Undo
 * of it (a double press, another window) waits, then finds it gone and restores nothing (0, 0), instead of taking
 * the first one's restored articles for re-clips. A browser closed mid-restore aborts the transaction and keeps it.
 */
export function undoDelete(
  db: ClipsDb,
  trashId?: string,
  now = new Date(),
): Promise<{ restored: number; merged: number }> {
  return withTrashLock(async () => {
    // Any stored delete, however old: an Undo on screen restores what is still kept.
    const all = await stored();
    const trash = trashId === undefined ? all.at(-1) : all.find((t) => idOf(t) === trashId);
    if (!trash) return { restored: 0, merged: 0 };
    const counts = await db.transaction('rw', db.articles, db.versions, async () => {
      let merged = 0;
      const back = new Map<string, Article>();
      for (const old of trash.articles) {
        const found = (await db.articles.get(old.id)) ?? (await findSame(db, old.url, old.canonicalUrl));
        if (found) merged++;
        const now = found && (back.get(found.id) ?? toArticle(found));
        const restored = now ? mergeRestored(now, old) : old;
        const its = [...(trash.versions?.[old.id] ?? [])];
        // The deleted text, when the re-clip changed it, is kept as the version before the re-clip's.
        if (now && contentChanged(old, now)) its.push(versionOf(old, now.updatedAt));
        await addVersions(db, restored.id, its);
        back.set(restored.id, restored);
      }
      // One write of all: the search index gets one segment for them, not one per article (a thousand segments
      // made the restore take seconds and the search under it seconds more, until merged).
      await db.articles.bulkPut([...back.values()].map(toStored));
      return { restored: trash.articles.length, merged };
    });
    await trashItem.setValue((await trashes(now)).filter((t) => idOf(t) !== idOf(trash)));
    return counts;
  });
}
