/** Every write to the collection goes through here; reads for the list and search too. */
import type { Article, Draft } from './article';
import type { ClipsDb, StoredArticle } from './db';
import { findEntities } from './find-entities';
import { queryTokens, searchWords } from './search-words';
import { applyWatchList, type WatchItem } from './watch-list';

/** Search words of an article: its text, title, site, people credited, tags. */
export function wordsOf(a: Omit<Article, 'id'>): string[] {
  return searchWords(
    [a.title, a.site.host, a.site.name, a.site.university, a.source, ...a.byline.map((b) => b.name), ...a.tags,
      ...a.entities.map((e) => e.text), a.textContent].filter(Boolean).join('\n'),
  );
}

/** Strip derived fields: what export and the UI see. */
export function toArticle({ words: _words, ...a }: StoredArticle): Article {
  return a;
}

/** An existing article with the same address (url or canonical url), if any. */
export async function findSame(db: ClipsDb, url: string, canonicalUrl: string | null): Promise<StoredArticle | undefined> {
  const keys = [url, canonicalUrl].filter((u): u is string => !!u);
  return (await db.articles.where('url').anyOf(keys).first()) ?? (await db.articles.where('canonicalUrl').anyOf(keys).first());
}

/**
 * Save a freshly extracted draft. Clipping the same page again updates it and keeps tags and notes.
 * Watch-list names the article mentions become entities and tags.
 */
export async function saveDraft(db: ClipsDb, draft: Draft, now = new Date(), watch: WatchItem[] = []): Promise<{ article: Article; created: boolean }> {
  const { entities, hits } = applyWatchList(draft.textContent, findEntities(draft.textContent), watch);
  const { provenance: _p, ...fields } = draft;
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
    const stored: StoredArticle = { ...base, id: old?.id ?? crypto.randomUUID(), words: wordsOf(base) };
    await db.articles.put(stored);
    return { article: toArticle(stored), created: !old };
  });
}

export type SortOrder = 'clipped' | 'published';

/** Articles matching the query, newest first: by clipping time (default) or by publication date. */
export async function searchArticles(db: ClipsDb, query: string, order: SortOrder = 'clipped'): Promise<Article[]> {
  const tokens = queryTokens(query);
  let rows: StoredArticle[];
  if (!tokens.length) {
    rows = await db.articles.toArray();
  } else {
    let ids = null as Set<string> | null;
    for (const t of tokens) {
      const hit = new Set((await db.articles.where('words').startsWith(t).primaryKeys()) as string[]);
      ids = ids ? new Set([...ids].filter((id: string) => hit.has(id))) : hit;
      if (!ids.size) break;
    }
    rows = (await db.articles.bulkGet([...(ids ?? [])])).filter((r): r is StoredArticle => !!r);
  }
  const key = (a: StoredArticle) => (order === 'published' ? a.publishedAt ?? a.clippedAt : a.clippedAt);
  return rows.sort((a, b) => key(b).localeCompare(key(a)) || b.clippedAt.localeCompare(a.clippedAt)).map(toArticle);
}

/** Apply the user's corrections to a saved article (search words follow the new values). */
export async function updateArticle(db: ClipsDb, id: string, patch: Partial<Article>, now = new Date()): Promise<Article | null> {
  return db.transaction('rw', db.articles, async () => {
    const old = await db.articles.get(id);
    if (!old) return null;
    const { words: _w, ...rest } = { ...old, ...patch, id, updatedAt: now.toISOString() };
    const next: StoredArticle = { ...rest, words: wordsOf(rest) };
    await db.articles.put(next);
    return toArticle(next);
  });
}
