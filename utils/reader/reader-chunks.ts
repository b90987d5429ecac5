/**
 * An enormous article (an import may carry a 2 M-character body and 20,000 entities) is drawn in pieces, one per
 * task, so the popup never blocks for long: the body is cut at block boundaries, and names are marked only up to
 * a budget, for the best-known names.
 */

/** Bodies longer than this are drawn in pieces; shorter ones at once, exactly as stored. */
export const PIECE_CHARS = 8_000;
/** At most this many name marks in one article. */
export const MAX_MARKS = 3_000;
/** At most this many distinct names (the most mentioned) are looked for. */
export const MAX_NAMES = 300;

/** Where a block ends: the best places to cut. */
const BLOCK_END = /<\/(?:p|div|li|ul|ol|h[1-6]|table|blockquote|section|article|figure|pre)\s*>|<br\s*\/?>/gi;

/**
 * `html` cut into pieces of at most about `max` characters, after a block's end tag where one falls in the
 * window, else after any tag. Cut by scanning the string, not by parsing it: parsing 2 MB at once is itself a
 * long task. A piece may hold half of an element; each piece is parsed and sanitized on its own, so a cut can
 * only split an element in two, never let anything through.
 */
export function splitBody(html: string, max = PIECE_CHARS): string[] {
  if (html.length <= max) return [html];
  const pieces: string[] = [];
  let at = 0;
  while (html.length - at > max) {
    const window = html.slice(at, at + max);
    let cut = -1;
    for (const m of window.matchAll(BLOCK_END)) cut = m.index! + m[0].length;
    if (cut <= 0) cut = window.lastIndexOf('>') + 1;
    if (cut <= 0) cut = max;
    pieces.push(html.slice(at, at + cut));
    at += cut;
  }
  pieces.push(html.slice(at));
  return pieces;
}
