/**
 * Earlier versions of an article's content. A re-clip whose body or correctable fields (detailsChanged) differ from
 * the saved article keeps the saved content as a version, written in the same transaction as the update; tags, highlights and notes stay on
 * the article. Versions live in their own table (schema v5), so the list and the cards never load them; they go
 * with their article when it is deleted (and come back with an undo), and travel in exports (version 3).
 */
import type { Article, ArticleVersion } from '../model/article';
import type { ClipsDb, StoredVersion } from './db';

/** Whitespace as extraction happens to leave it is no change. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether `next` changes what a reader would call the article: its title, its date or its body text. */
export function contentChanged(
  old: Pick<Article, 'title' | 'publishedAt' | 'textContent'>,
  next: Pick<Article, 'title' | 'publishedAt' | 'textContent'>,
): boolean {
  return (
    squash(old.title) !== squash(next.title) ||
    old.publishedAt !== next.publishedAt ||
    squash(old.textContent) !== squash(next.textContent)
  );
}

type Details = Pick<Article, 'byline' | 'source' | 'views' | 'site'>;

/**
 * Whether `next` changes a field the user can correct besides the title and date (contentChanged): credits, source,
 * site name, university, and with `views` the view count. A re-clip that changes one keeps a version, so a value the
 * user typed is never replaced without a trace. The count alone counts only when it may be the user's (keepsVersion):
 * it changes on its own, so elsewhere a version per re-clip would bury real changes.
 */
export function detailsChanged(old: Details, next: Details, views: boolean): boolean {
  const same = (a: string | null, b: string | null) => squash(a ?? '') === squash(b ?? '');
  return (
    JSON.stringify(old.byline) !== JSON.stringify(next.byline) ||
    !same(old.source, next.source) ||
    !same(old.site.name, next.site.name) ||
    !same(old.site.university, next.site.university) ||
    (views && old.views !== next.views)
  );
}

type Kept = Pick<Article, 'title' | 'publishedAt' | 'textContent' | 'corrected'> & Details;

/**
 * Whether replacing `old` by `next` keeps `old` as an earlier version: its body or a correctable field differs, the
 * view count only when it may be the user's (a row from before corrections were recorded, or a corrected count), so
 * a typed count is never replaced without a trace. One rule for a re-clip (save-draft.ts) and for the copy that
 * loses an import merge (import-batch.ts).
 */
export const keepsVersion = (old: Kept, next: Kept) =>
  contentChanged(old, next) || detailsChanged(old, next, !old.corrected || 'views' in old.corrected);

/** JSON with every object's keys in order: rows written by a clip and by an import list them differently. */
const canonical = (x: unknown) =>
  JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** An article's names in one order, whatever order they were found in (it followed the browser's language once). */
const namesOf = (a: Article) => a.entities.map(canonical).sort().join('\n');

/** Whether two states of an article are the same in everything but when they were saved (a re-clip changed nothing). */
export function sameArticle(old: Article, next: Article): boolean {
  const { updatedAt: _o, entities: _oe, ...a } = old;
  const { updatedAt: _n, entities: _ne, ...b } = next;
  return canonical(a) === canonical(b) && namesOf(old) === namesOf(next);
}

/** The content of a saved article as a version, replaced at `replacedAt`. */
export function versionOf(a: Article, replacedAt: string): ArticleVersion {
  return {
    title: a.title,
    publishedAt: a.publishedAt,
    byline: a.byline,
    source: a.source,
    views: a.views,
    site: { name: a.site.name, university: a.site.university },
    contentHtml: a.contentHtml,
    textContent: a.textContent,
    savedAt: a.updatedAt,
    replacedAt,
  };
}

/** A version without its storage fields: what export writes and the reader shows. */
export function plainVersion(v: StoredVersion | ArticleVersion): ArticleVersion {
  const { vid: _v, articleId: _a, ...rest } = v as StoredVersion;
  return rest;
}

/** Field order of the contract, so exports diff cleanly. */
export function orderedVersion(v: ArticleVersion): ArticleVersion {
  return {
    title: v.title,
    publishedAt: v.publishedAt,
    byline: v.byline,
    source: v.source,
    views: v.views,
    ...(v.site ? { site: { name: v.site.name, university: v.site.university } } : {}),
    contentHtml: v.contentHtml,
    textContent: v.textContent,
    savedAt: v.savedAt,
    replacedAt: v.replacedAt,
  };
}

/** Which version: the same content saved at the same time is one version (imports unite by this). */
export const versionKey = (v: ArticleVersion) => `${v.savedAt}\u0000${v.title}\u0000${v.textContent.length}`;

/** An article's earlier versions, oldest first (one index range read). */
export function versionsOf(db: ClipsDb, articleId: string): Promise<StoredVersion[]> {
  return db.versions.where('[articleId+savedAt]').between([articleId, ''], [articleId, '\uffff']).toArray();
}

/** Versions of many articles, by article id, oldest first (deletes keep them for an undo; export). */
export async function versionsByArticle(db: ClipsDb, ids: readonly string[]): Promise<Map<string, StoredVersion[]>> {
  const rows = await db.versions.where('articleId').anyOf(ids).toArray();
  const out = new Map<string, StoredVersion[]>();
  for (const r of rows.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0)))
    out.set(r.articleId, [...(out.get(r.articleId) ?? []), r]);
  return out;
}

/** Delete the versions of these articles (call inside the transaction that deletes them). */
export function deleteVersionsOf(db: ClipsDb, ids: readonly string[]): Promise<number> {
  return db.versions.where('articleId').anyOf(ids).delete();
}

/** Add versions to an article (inside the caller's transaction); returns their new keys. */
export function addVersions(db: ClipsDb, articleId: string, versions: readonly ArticleVersion[]): Promise<number[]> {
  if (!versions.length) return Promise.resolve([]);
  return db.versions.bulkAdd(
    versions.map((v) => ({ ...plainVersion(v), articleId })),
    { allKeys: true },
  ) as Promise<number[]>;
}

/**
 * The versions one import batch adds, by article id: each known by versionKey, so a version the article already
 * has, or that the batch already took, is not added twice. `had`: the stored versions of the batch's articles.
 */
export function batchVersions(had: ReadonlyMap<string, readonly ArticleVersion[]>) {
  const known = new Map([...had].map(([id, vs]) => [id, new Set(vs.map(versionKey))]));
  const taken = new Map<string, ArticleVersion[]>();
  return {
    /** Take the versions `id` lacks; returns how many. */
    take(id: string, vs: readonly ArticleVersion[]): number {
      const seen = known.get(id) ?? new Set<string>();
      known.set(id, seen);
      const out = vs.filter((x) => !seen.has(versionKey(x)) && !!seen.add(versionKey(x)));
      if (out.length) taken.set(id, [...(taken.get(id) ?? []), ...out]);
      return out.length;
    },
    /** Write what was taken (inside the batch's transaction); returns the new keys, for the journal. */
    async write(db: ClipsDb): Promise<number[]> {
      const keys: number[] = [];
      for (const [id, vs] of taken) keys.push(...(await addVersions(db, id, vs)));
      return keys;
    },
  };
}
