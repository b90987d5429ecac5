/** The one write path of every clip (tab, link, followed column): kept apart from store.ts so pages that only edit
 * saved articles (the popup) do not ship the entity finder it runs. */
import { namesText } from '../model/standfirst';
import type { Article, CorrectedField, Draft } from '../model/article';
import type { ClipsDb } from './db';
import { findEntities } from '../entities/find-entities';
import { applyWatchList, type WatchItem } from '../entities/watch-list';
import { findSame } from './same-article';
import { toArticle, toStored } from './stored-article';
import { addVersions, keepsVersion, sameArticle, versionOf } from './versions';
import { keepCorrections } from './keep-corrections';

/**
 * Save a freshly extracted draft: the one write path of every clip (tab, link, followed column). Clipping the same
 * page again (same-article.ts) updates it and keeps its address as first clipped, its tags and notes, and the
 * user's value of each field the user corrected (keep-corrections.ts); when the body or a correctable field changed
 * (versions.ts), the saved content is kept as an earlier version, in the same transaction. `changed`: whether the
 * re-clip changed anything at all (a page as saved, or one whose corrected view count alone moved, is left untouched). `pageChanged`: corrected fields the page now
 * prints otherwise (the user's value kept, the page's recorded). Watch-list names the article mentions become
 * entities and tags.
 */
export async function saveDraft(
  db: ClipsDb,
  draft: Draft,
  now = new Date(),
  watch: WatchItem[] = [],
): Promise<{
  article: Article;
  created: boolean;
  versioned: boolean;
  changed: boolean;
  pageChanged: CorrectedField[];
}> {
  // Names in the standfirst the text leaves out (潘振声 in a 导语) are the article's names too.
  const text = namesText(draft);
  const { entities, hits } = applyWatchList(text, findEntities(text, { lang: draft.lang }), watch);
  const { provenance: _p, column: _c, ...fields } = draft;
  return db.transaction('rw', db.articles, db.versions, async () => {
    const old = await findSame(db, draft.url, draft.canonicalUrl);
    const stamp = now.toISOString();
    const kept = keepCorrections(fields, old);
    const base = {
      ...kept.fields,
      url: old?.url ?? fields.url,
      tags: [...new Set([...(old?.tags ?? []), ...hits])],
      entities,
      highlights: old?.highlights ?? [],
      clippedAt: old?.clippedAt ?? stamp,
      updatedAt: stamp,
      corrected: kept.corrected,
    };
    const stored = toStored({ ...base, id: old?.id ?? crypto.randomUUID() });
    const { pageChanged } = kept;
    // A row from before corrections were recorded is marked (`{}`) only when it is written anyway.
    const { corrected: _c, ...unmarked } = stored;
    // The page's count moving under a corrected count is no change to write or to tell: the counter moves by itself.
    const was = old?.corrected;
    const counted =
      was && 'views' in was && 'views' in kept.corrected
        ? { ...stored, corrected: { ...kept.corrected, views: was.views } }
        : stored;
    if (old && sameArticle(toArticle(old), toArticle(was ? counted : unmarked)))
      return { article: toArticle(old), created: false, versioned: false, changed: false, pageChanged };
    const versioned = !!old && keepsVersion(old, stored);
    if (old && versioned) await addVersions(db, old.id, [versionOf(toArticle(old), stamp)]);
    await db.articles.put(stored);
    return { article: toArticle(stored), created: !old, versioned, changed: true, pageChanged };
  });
}
