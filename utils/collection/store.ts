/**
 * Every write to the collection goes through here, save-draft.ts or, for a tag changed in every article,
 * tags-everywhere.ts (reads for the list and search: query.ts).
 */
import type { Article, Highlight } from '../model/article';
import type { ClipsDb, StoredArticle, StoredVersion } from './db';
import { toArticle, toStored } from './stored-article';
import { withTags } from './with-tags';
import { deleteVersionsOf, versionsByArticle } from './versions';

/** The one definition of "the same article" (same-article.ts), re-exported for the popup and the clipper. */
export { findSame } from './same-article';

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

/** A deleted article as it was stored, with its earlier versions, so an undo can put both back exactly. */
export type DeletedArticle = StoredArticle & { versions: StoredVersion[] };

/** Delete articles and their versions in one transaction; returns them as stored, for an undo. */
export async function deleteArticles(db: ClipsDb, ids: string[]): Promise<DeletedArticle[]> {
  return db.transaction('rw', db.articles, db.versions, async () => {
    const rows = (await db.articles.bulkGet(ids)).filter((r): r is StoredArticle => !!r);
    const versions = await versionsByArticle(
      db,
      rows.map((r) => r.id),
    );
    await deleteVersionsOf(
      db,
      rows.map((r) => r.id),
    );
    await db.articles.bulkDelete(rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, versions: versions.get(r.id) ?? [] }));
  });
}

/** Undo a delete: the same records, ids, dates and versions back in the collection. */
export async function restoreArticles(db: ClipsDb, rows: DeletedArticle[]): Promise<void> {
  await db.transaction('rw', db.articles, db.versions, async () => {
    await db.articles.bulkPut(rows.map(({ versions: _v, ...r }) => r));
    await db.versions.bulkPut(rows.flatMap((r) => r.versions));
  });
}

/**
 * Add (`add`) or remove a tag on many articles at once, in one transaction; articles that have it already (or do not
 * have it) are left alone. Returns the ids of those it changed: an undo changes exactly those back.
 */
async function retag(db: ClipsDb, ids: string[], tag: string, add: boolean, now: Date): Promise<string[]> {
  const clean = tag.trim();
  if (!clean) return [];
  return db.transaction('rw', db.articles, async () => {
    const rows = (await db.articles.bulkGet(ids)).filter(
      (r): r is StoredArticle => !!r && r.tags.includes(clean) !== add,
    );
    await db.articles.bulkPut(
      rows.map((r) =>
        toStored({ ...withTags(toArticle(r), add ? [clean] : [], add ? [] : [clean]), updatedAt: now.toISOString() }),
      ),
    );
    return rows.map((r) => r.id);
  });
}

/** Add a tag to many articles at once (bulk action); returns the ids of those that did not have it. */
export function addTag(db: ClipsDb, ids: string[], tag: string, now = new Date()): Promise<string[]> {
  return retag(db, ids, tag, true, now);
}

/** Remove a tag from many articles at once (bulk action); returns the ids of those that had it. */
export function removeTag(db: ClipsDb, ids: string[], tag: string, now = new Date()): Promise<string[]> {
  return retag(db, ids, tag, false, now);
}

/** Which highlight: its text and when it was made (the same text may be highlighted twice). */
export type HighlightKey = Pick<Highlight, 'text' | 'createdAt'>;
const keyOf = (h: HighlightKey) => `${h.createdAt}\u0000${h.text}`;

/**
 * Read the stored article, change it, write it back: in one read-write transaction, so two windows writing at
 * once each apply their change to the other's result and neither is lost. Null when the article is gone.
 */
async function modifyArticle(
  db: ClipsDb,
  id: string,
  change: (a: Article) => Article,
  now: Date,
): Promise<Article | null> {
  return db.transaction('rw', db.articles, async () => {
    const old = await db.articles.get(id);
    if (!old) return null;
    const next = toStored({ ...change(toArticle(old)), id, updatedAt: now.toISOString() });
    await db.articles.put(next);
    return toArticle(next);
  });
}

/** Add tags to an article (those it has already are left alone). */
export function addTags(db: ClipsDb, id: string, tags: string[], now = new Date()): Promise<Article | null> {
  return modifyArticle(db, id, (a) => withTags(a, tags, []), now);
}

/** Remove tags from an article. */
export function removeTags(db: ClipsDb, id: string, tags: string[], now = new Date()): Promise<Article | null> {
  return modifyArticle(db, id, (a) => withTags(a, [], tags), now);
}

/** Add a highlight (a highlight with the same text and time is not added twice). */
export function addHighlight(db: ClipsDb, id: string, h: Highlight, now = new Date()): Promise<Article | null> {
  return modifyArticle(
    db,
    id,
    (a) => (a.highlights.some((x) => keyOf(x) === keyOf(h)) ? a : { ...a, highlights: [...a.highlights, h] }),
    now,
  );
}

/** Change a highlight's note. */
export function updateHighlight(
  db: ClipsDb,
  id: string,
  which: HighlightKey,
  note: string | null,
  now = new Date(),
): Promise<Article | null> {
  const k = keyOf(which);
  return modifyArticle(
    db,
    id,
    (a) => ({
      ...a,
      highlights: a.highlights.map((h) => (keyOf(h) === k ? { ...h, note, noteAt: now.toISOString() } : h)),
    }),
    now,
  );
}

/** Remove a highlight. */
export function removeHighlight(
  db: ClipsDb,
  id: string,
  which: HighlightKey,
  now = new Date(),
): Promise<Article | null> {
  const k = keyOf(which);
  return modifyArticle(db, id, (a) => ({ ...a, highlights: a.highlights.filter((h) => keyOf(h) !== k) }), now);
}

/**
 * A reader's edit, given as whole new values (tags, highlights) of the article it showed: applied as the change
 * from what it showed to the current stored article, in one transaction, so another window's change meanwhile
 * stays. Other fields are set as given.
 */
export function applyReaderEdit(
  db: ClipsDb,
  id: string,
  shown: Pick<Article, 'tags' | 'highlights'>,
  patch: Partial<Article>,
  now = new Date(),
): Promise<Article | null> {
  const { tags, highlights, ...rest } = patch;
  return modifyArticle(
    db,
    id,
    (current) => {
      let a: Article = { ...current, ...rest };
      if (tags) {
        const had = new Set(shown.tags);
        const has = new Set(tags);
        a = withTags(
          a,
          tags.filter((t) => !had.has(t)),
          shown.tags.filter((t) => !has.has(t)),
        );
      }
      if (highlights) {
        const before = new Map(shown.highlights.map((h) => [keyOf(h), h]));
        const after = new Map(highlights.map((h) => [keyOf(h), h]));
        const kept = a.highlights
          .filter((h) => !before.has(keyOf(h)) || after.has(keyOf(h)))
          .map((h) => {
            const mine = after.get(keyOf(h));
            const was = before.get(keyOf(h));
            return mine && was && mine.note !== was.note ? { ...h, note: mine.note, noteAt: now.toISOString() } : h;
          });
        const present = new Set(kept.map(keyOf));
        a = {
          ...a,
          highlights: [...kept, ...highlights.filter((h) => !before.has(keyOf(h)) && !present.has(keyOf(h)))],
        };
      }
      return a;
    },
    now,
  );
}
