/**
 * Clipping one tab: inject the extractor (only now, never on page load), then re-sanitize what it returns in an
 * extension page with a DOM and save it. The background runs the two halves as a job (job-runner.ts).
 */
import { browser } from 'wxt/browser';
import type { Article, Draft, Provenance } from '../model/article';
import { addTags } from '../collection/store';
import { saveDraft } from '../collection/save-draft';
import type { ClipsDb } from '../collection/db';
import type { ExtractResult } from '../extraction/extract-article';
import { sanitizeHtml } from '../safety/sanitize';
import { watchListText } from '../platform/settings';
import { parseWatchList, type WatchItem } from '../entities/watch-list';
import { isQuotaError, isUnavailableError } from '../collection/storage-errors';

export type ClipOutcome =
  | { ok: true; article: Article; created: boolean; provenance: Provenance; column: string | null }
  | {
      ok: false;
      error: 'no-article' | 'cannot-access' | 'no-tab' | 'too-slow' | 'quota' | 'db-unavailable' | 'save-failed';
      detail?: string;
    };

/** How long a clip may take before the user is told it gave up (a 13 MB page takes about 1.5 s). */
const EXTRACT_TIMEOUT_MS = 15_000;

export async function extractFromTab(tabId: number): Promise<ExtractResult | Extract<ClipOutcome, { ok: false }>> {
  try {
    const run = browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
    const late = new Promise<'late'>((ok) => setTimeout(() => ok('late'), EXTRACT_TIMEOUT_MS));
    const done = await Promise.race([run, late]);
    if (done === 'late') return { ok: false, error: 'too-slow' };
    const [res] = done;
    const result = res?.result as ExtractResult | undefined;
    return result && typeof result === 'object' && 'ok' in result ? result : { ok: false, error: 'no-article' };
  } catch (e) {
    const msg = (e as Error).message ?? '';
    return { ok: false, error: /No tab with id/i.test(msg) ? 'no-tab' : 'cannot-access', detail: msg };
  }
}

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
  watchList?: WatchItem[],
  /** The default tags (options page), read by the caller likewise; only a newly created article gets them. */
  defaultTags: string[] = [],
): Promise<ClipOutcome> {
  try {
    const watch = watchList ?? parseWatchList(await watchListText.getValue());
    const clean = { ...draft, contentHtml: sanitizeHtml(draft.contentHtml, win, draft.url) };
    // Every table: whatever saveDraft writes alongside the article stays inside this one transaction.
    const saved = await db.transaction('rw', db.tables, async () => {
      const s = await saveDraft(db, clean, new Date(), watch);
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
