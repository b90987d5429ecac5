/**
 * The one message protocol between contexts. Injected scripts only report what they saw; they never
 * write to the collection and accept no commands from the page.
 */

import type { HeadlineRead } from '../detection/headline-region';

/**
 * Detector → background, as the value of the detector's injection (scripting.executeScript), not a message: whether
 * the tab's page is a university news article, and the address it judged (the tab may have moved on since).
 */
export interface DetectorVerdict {
  isArticle: boolean;
  href: string;
}

/** Shape check for an injection's result (the page's own scripts share its DOM, so nothing is taken on trust). */
export function isDetectorVerdict(m: unknown): m is DetectorVerdict {
  const o = m as Record<string, unknown> | null;
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.isArticle === 'boolean' &&
    typeof o.href === 'string' &&
    Object.keys(o).length === 2
  );
}

/** Shape check for the headline read's result (utils/detection/headline-region.ts readHeadline), the first injection. */
export function isHeadlineRead(m: unknown): m is HeadlineRead {
  const o = m as Record<string, unknown> | null;
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.href === 'string' &&
    typeof o.title === 'string' &&
    Array.isArray(o.windows) &&
    o.windows.every((w) => w === null || typeof w === 'string') &&
    Object.keys(o).length === 3
  );
}

/** Extension page → background: check followed columns now (all of them, or the due ones); answers `{ found }`. */
export const COLUMNS_MESSAGE = 'cnc:columns-check';

export function isColumnsCheck(m: unknown): m is { type: typeof COLUMNS_MESSAGE; all: boolean } {
  const o = m as Record<string, unknown> | null;
  return !!o && o.type === COLUMNS_MESSAGE && typeof o.all === 'boolean';
}
