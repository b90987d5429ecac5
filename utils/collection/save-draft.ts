/** The one write path of every clip (tab, link, followed column): kept apart from store.ts so pages that only edit
 * saved articles (the popup) do not ship the entity finder it runs. */
import type { Article, Draft } from '../model/article';
import type { ClipsDb } from './db';
import { findEntities } from '../entities/find-entities';
import { applyWatchList, type WatchItem } from '../entities/watch-list';
import { findSame } from './same-article';
import { toArticle, toStored } from './stored-article';
import { addVersions, contentChanged, sameArticle, versionOf } from './versions';
import { keepCorrections } from './keep-corrections';

/**
 * Save a freshly extracted draft: the one write path of every clip (tab, link, followed column). Clipping the same
 * page again (same-article.ts) updates it and keeps its address as first clipped, its tags and notes, and the
 * user's value of each field the user corrected; when the title, date or body changed, the saved content is kept as
 * an earlier version, in the same transaction. `changed`: whether the re-clip changed anything at all (a page as
 * saved is left untouched). Watch-list names the article mentions become entities and tags.
 */
export async function saveDraft(
  db: ClipsDb,
  draft: Draft,
  now = new Date(),
  watch: WatchItem[] = [],
): Promise<{ article: Article; created: boolean; versioned: boolean; changed: boolean }> {
  const { entities, hits } = applyWatchList(
    draft.textContent,
    findEntities(draft.textContent, { lang: draft.lang }),
    watch,
  );
  const { provenance: _p, column: _c, ...fields } = draft;
  return db.transaction('rw', db.articles, db.versions, async () => {
    const old = await findSame(db, draft.url, draft.canonicalUrl);
    const stamp = now.toISOString();
    const base = {
      ...keepCorrections(fields, old),
      url: old?.url ?? fields.url,
      tags: [...new Set([...(old?.tags ?? []), ...hits])],
      entities,
      highlights: old?.highlights ?? [],
      clippedAt: old?.clippedAt ?? stamp,
      updatedAt: stamp,
      ...(old?.corrected ? { corrected: old.corrected } : {}),
    };
    const stored = toStored({ ...base, id: old?.id ?? crypto.randomUUID() });
    if (old && sameArticle(toArticle(old), toArticle(stored)))
      return { article: toArticle(old), created: false, versioned: false, changed: false };
    const versioned = !!old && contentChanged(old, stored);
    if (old && versioned) await addVersions(db, old.id, [versionOf(toArticle(old), stamp)]);
    await db.articles.put(stored);
    return { article: toArticle(stored), created: !old, versioned, changed: true };
  });
}
