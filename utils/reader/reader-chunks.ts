/**
 * An enormous article (an import may carry a 2 M-character body and 20,000 entities) is drawn in pieces, one per
 * task, so the popup never blocks for long: the body is cut at block boundaries, and names are marked only up to
 * a budget, for the best-known names.
 */

/** Bodies longer than this are drawn in pieces; shorter ones at once, exactly as stored. */
export const PIECE_CHARS = 40_000;
/** At most this many name marks in one article. */
export const MAX_MARKS = 3_000;
/** At most this many distinct names (the most mentioned) are looked for. */
export const MAX_NAMES = 300;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `html` cut into pieces of about `max` characters at element boundaries. It is parsed in an inert template
 * (nothing loads or runs there); wrappers with a single child are looked through, so one outer <div> still splits.
 */
export function splitBody(html: string, doc: Document, max = PIECE_CHARS): string[] {
  if (html.length <= max) return [html];
  const template = doc.createElement('template');
  template.innerHTML = html;
  let root: ParentNode = template.content;
  for (;;) {
    const only = root.children.length === 1 ? root.children[0]! : null;
    const strayText = [...root.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
    if (!only || strayText || only.childNodes.length < 2) break;
    root = only;
  }
  const pieces: string[] = [];
  let piece = '';
  for (const node of root.childNodes) {
    const s =
      node.nodeType === 1 ? (node as Element).outerHTML : node.nodeType === 3 ? escapeText(node.textContent!) : '';
    if (piece && piece.length + s.length > max) {
      pieces.push(piece);
      piece = '';
    }
    piece += s;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
