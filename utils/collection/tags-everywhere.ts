/**
 * The options page's tag manager: every tag with its count, and a tag renamed (onto an existing one: merged) or
 * removed across the whole collection, with the undo of either. Not in store.ts (the other writes) nor query.ts (the
 * other reads, beside allTags) only for the popup's budget: the popup loads both, and the options page importing
 * either moves it into a chunk both pages share, which costs the popup bytes. Tag lists change through withTags.
 */
import type { ClipsDb, StoredArticle } from './db';
import { withTags } from './with-tags';
import { toArticle, toStored } from './stored-article';

/** One article a collection-wide tag change rewrote: its tags before and after, for an undo. */
export interface TagEdit {
  id: string;
  before: string[];
  after: string[];
}

/**
 * A tag renamed (`to`) or removed (`to` null) on every article that had it. `merged`: `to` was on articles already,
 * so the two are one tag now. `edits` is what Undo needs.
 */
export interface TagChange {
  from: string;
  to: string | null;
  merged: boolean;
  edits: TagEdit[];
}

/**
 * Rewrite every article that has the tag `from` (read through the `tags` index) in one read-write transaction: the
 * search index follows in the same transaction (index-writer.ts), so a failed write changes nothing.
 */
async function retagAll(db: ClipsDb, from: string, to: string | null, now: Date): Promise<TagChange> {
  return db.transaction('rw', db.articles, async () => {
    const merged = to !== null && (await db.articles.where('tags').equals(to).count()) > 0;
    const rows = await db.articles.where('tags').equals(from).toArray();
    const edits: TagEdit[] = [];
    const next = rows.map((r) => {
      const a = withTags(toArticle(r), to === null ? [] : [to], [from], true);
      edits.push({ id: r.id, before: r.tags, after: a.tags });
      return toStored({ ...a, updatedAt: now.toISOString() });
    });
    await db.articles.bulkPut(next);
    return { from, to, merged, edits };
  });
}

/**
 * Rename a tag on every article (trimmed like every tag); onto a tag some articles have, the two merge (an article
 * with both keeps one). Null when there is nothing to do: an empty or unchanged name.
 */
export function renameTagEverywhere(
  db: ClipsDb,
  from: string,
  to: string,
  now = new Date(),
): Promise<TagChange | null> {
  const clean = to.trim();
  if (!clean || clean === from) return Promise.resolve(null);
  return retagAll(db, from, clean, now);
}

/** Remove a tag from every article (no article is deleted). */
export function removeTagEverywhere(db: ClipsDb, tag: string, now = new Date()): Promise<TagChange> {
  return retagAll(db, tag, null, now);
}

/**
 * Undo a rename, merge or removal, in one transaction: an article as the change left it gets its tags back exactly;
 * one changed since gets the change reversed (the old tag back, the new one off unless it had it), keeping the rest.
 */
export async function undoTagChange(db: ClipsDb, change: TagChange, now = new Date()): Promise<void> {
  const edits = new Map(change.edits.map((e) => [e.id, e]));
  await db.transaction('rw', db.articles, async () => {
    const rows = (await db.articles.bulkGet([...edits.keys()])).filter((r): r is StoredArticle => !!r);
    await db.articles.bulkPut(
      rows.map((r) => {
        const { before, after } = edits.get(r.id)!;
        const same = r.tags.length === after.length && r.tags.every((t, i) => t === after[i]);
        const a = same
          ? { ...toArticle(r), tags: before }
          : withTags(
              toArticle(r),
              before.filter((t) => !after.includes(t)),
              after.filter((t) => !before.includes(t)),
            );
        return toStored({ ...a, updatedAt: now.toISOString() });
      }),
    );
  });
}

/**
 * Every tag with the number of articles that have it, read from the `tags` index alone (a key per article and tag),
 * not from the articles: for the options page's tag list.
 */
export async function tagCounts(db: ClipsDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const k of (await db.articles.orderBy('tags').keys()) as string[]) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
