/**
 * The one message protocol between contexts. Injected scripts only report what they saw; they never
 * write to the collection and accept no commands from the page.
 */

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

/** Extension page → background: check followed columns now (all of them, or the due ones); answers `{ found }`. */
export const COLUMNS_MESSAGE = 'cnc:columns-check';

export function isColumnsCheck(m: unknown): m is { type: typeof COLUMNS_MESSAGE; all: boolean } {
  const o = m as Record<string, unknown> | null;
  return !!o && o.type === COLUMNS_MESSAGE && typeof o.all === 'boolean';
}
