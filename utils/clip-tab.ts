/**
 * Clip one tab: inject the extractor (only now, never on page load), re-sanitize what it returns in
 * this extension page, and save it. Returns a plain-words status for the user.
 */
import { browser } from 'wxt/browser';
import type { Article, Provenance } from './article';
import { saveDraft } from './clips-store';
import type { ClipsDb } from './db';
import type { ExtractResult } from './extract-article';
import { sanitizeHtml } from './sanitize';
import { isQuotaError } from './storage-errors';

export type ClipOutcome =
  | { ok: true; article: Article; created: boolean; provenance: Provenance }
  | { ok: false; error: 'no-article' | 'cannot-access' | 'no-tab' | 'quota' | 'save-failed'; detail?: string };

export async function extractFromTab(tabId: number): Promise<ExtractResult | Extract<ClipOutcome, { ok: false }>> {
  try {
    const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/extractor.js'] });
    const result = res?.result as ExtractResult | undefined;
    return result && typeof result === 'object' && 'ok' in result ? result : { ok: false, error: 'no-article' };
  } catch (e) {
    const msg = (e as Error).message ?? '';
    return { ok: false, error: /No tab with id/i.test(msg) ? 'no-tab' : 'cannot-access', detail: msg };
  }
}

export async function clipTab(db: ClipsDb, tabId: number, win: Window): Promise<ClipOutcome> {
  const extracted = await extractFromTab(tabId);
  if (!extracted.ok) return extracted as ClipOutcome;
  const draft = { ...extracted.draft, contentHtml: sanitizeHtml(extracted.draft.contentHtml, win) };
  try {
    return { ok: true, ...(await saveDraft(db, draft)), provenance: extracted.draft.provenance ?? {} };
  } catch (e) {
    return isQuotaError(e) ? { ok: false, error: 'quota' } : { ok: false, error: 'save-failed', detail: (e as Error).message };
  }
}
