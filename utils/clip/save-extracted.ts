/**
 * A clip's last step, in an extension page with a DOM: the draft sanitized again and saved with its default tags.
 */
import type { Draft, Provenance } from '../model/article';
import { addTags } from '../collection/store';
import { saveDraft } from '../collection/save-draft';
import type { ClipsDb } from '../collection/db';
import { sanitizeHtml } from '../safety/sanitize';
import type { WatchItem } from '../entities/watch-list';
import { isQuotaError, isUnavailableError } from '../collection/storage-errors';
import type { ClipOutcome } from './clip-tab';

/**
 * Save an extracted draft (sanitized again here, in an extension page); storage failures become plain outcomes.
 * A new article gets the default tags in the same transaction: no clip is ever stored without them.
 */
export async function saveExtracted(
  db: ClipsDb,
  draft: Draft,
  provenance: Provenance,
  win: Window,
  /** The watch list, read by the caller where storage exists (Chrome's offscreen document has none). */
  watchList: WatchItem[],
  /** The default tags (options page), read by the caller likewise; only a newly created article gets them. */
  defaultTags: string[] = [],
): Promise<ClipOutcome> {
  try {
    const clean = { ...draft, contentHtml: sanitizeHtml(draft.contentHtml, win, draft.url) };
    // Every table: whatever saveDraft writes alongside the article stays inside this one transaction.
    const saved = await db.transaction('rw', db.tables, async () => {
      const s = await saveDraft(db, clean, new Date(), watchList);
      if (!s.created || !defaultTags.length) return s;
      return { ...s, article: (await addTags(db, s.article.id, defaultTags)) ?? s.article };
    });
    return { ok: true, ...saved, provenance, column: draft.column ?? null };
  } catch (e) {
    if (isQuotaError(e)) return { ok: false, error: 'quota' };
    if (isUnavailableError(e)) return { ok: false, error: 'db-unavailable', detail: (e as Error).name };
    return { ok: false, error: 'save-failed', detail: (e as Error).message };
  }
}
