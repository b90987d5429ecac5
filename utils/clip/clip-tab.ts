/**
 * Clip one tab: inject the extractor (only now, never on page load), re-sanitize what it returns in
 * this extension page, and save it. Returns a plain-words status for the user.
 */
import { browser } from 'wxt/browser';
import type { Article, Draft, Provenance } from '../model/article';
import { saveDraft } from '../collection/store';
import type { ClipsDb } from '../collection/db';
import type { ExtractResult } from '../extraction/extract-article';
import { sanitizeHtml } from '../safety/sanitize';
import { watchListText } from '../platform/settings';
import { parseWatchList } from '../entities/watch-list';
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

/** Save an extracted draft (sanitized again here, in an extension page); storage failures become plain outcomes. */
export async function saveExtracted(
  db: ClipsDb,
  draft: Draft,
  provenance: Provenance,
  win: Window,
): Promise<ClipOutcome> {
  try {
    const watch = parseWatchList(await watchListText.getValue());
    const saved = await saveDraft(
      db,
      { ...draft, contentHtml: sanitizeHtml(draft.contentHtml, win) },
      new Date(),
      watch,
    );
    return { ok: true, ...saved, provenance, column: draft.column ?? null };
  } catch (e) {
    if (isQuotaError(e)) return { ok: false, error: 'quota' };
    if (isUnavailableError(e)) return { ok: false, error: 'db-unavailable', detail: (e as Error).name };
    return { ok: false, error: 'save-failed', detail: (e as Error).message };
  }
}

export async function clipTab(db: ClipsDb, tabId: number, win: Window): Promise<ClipOutcome> {
  const extracted = await extractFromTab(tabId);
  if (!extracted.ok) return extracted as ClipOutcome;
  return saveExtracted(db, extracted.draft, extracted.draft.provenance ?? {}, win);
}
