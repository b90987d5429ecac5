/**
 * The one message protocol between contexts. Content scripts only report what they saw; they never
 * write to the collection and accept no commands from the page.
 */

/** Detector → background: whether the tab's page is a university news article. */
export interface PageDetectedMessage {
  type: 'page-detected';
  isArticle: boolean;
}

export type Message = PageDetectedMessage;

/** Shape check for anything arriving on runtime.onMessage. */
export function isPageDetected(m: unknown): m is PageDetectedMessage {
  const o = m as Record<string, unknown> | null;
  return !!o && o.type === 'page-detected' && typeof o.isArticle === 'boolean' && Object.keys(o).length === 2;
}

/** Extension page → background: check followed columns now (all of them, or the due ones); answers `{ found }`. */
export const COLUMNS_MESSAGE = 'cnc:columns-check';

export function isColumnsCheck(m: unknown): m is { type: typeof COLUMNS_MESSAGE; all: boolean } {
  const o = m as Record<string, unknown> | null;
  return !!o && o.type === COLUMNS_MESSAGE && typeof o.all === 'boolean';
}
