/**
 * Wraps the user's highlights in the reader's (already sanitized) HTML with <mark data-kind="user">.
 * A selection may cross elements (a bold name, an entity mark, a paragraph break) and the browser's
 * selection text has different spacing from the DOM's, so matching ignores whitespace and the mark is
 * split into one <mark> per text node it covers. A passage the body holds more than once is marked where it was
 * selected: the highlight's `occurrence` counts the equal passages before it (passagesBefore).
 */
import { inertElement } from '../safety/inert-html';
import type { Highlight } from '../model/article';
import { compact } from '../model/passage';

const SPACE = /\s/u;

/** Where `needle` begins in `haystack`, each place (overlapping ones too), up to `end` (exclusive). */
export function starts(haystack: string, needle: string, end = haystack.length): number[] {
  const out: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0 && at < end; at = haystack.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/**
 * How many times the passage `text` begins before `before` characters of `body` (both as compact() makes them): the
 * occurrence of a selection that begins there.
 */
export function passagesBefore(body: string, text: string, before: number): number {
  const needle = compact(text);
  return needle ? starts(body, needle, before).length : 0;
}

/**
 * `html` with the highlights marked. A body drawn in pieces is marked piece by piece, in order, with one `seen`
 * for all of them: it counts each highlight's passages in the pieces before, so an occurrence is counted over the
 * whole body. Without it (one piece), a highlight whose occurrence is no longer there (a re-clip changed the
 * body) marks its first.
 */
export function markUserHighlights(
  html: string,
  highlights: Highlight[],
  doc: Document,
  seen?: Map<Highlight, number>,
): string {
  if (!highlights.length) return html;
  const root = inertElement(doc, html);
  for (const h of highlights) markOne(root, h, root.ownerDocument, seen);
  return root.innerHTML;
}

function markOne(root: HTMLElement, h: Highlight, doc: Document, seen?: Map<Highlight, number>): void {
  const needle = compact(h.text);
  if (!needle) return;
  // The text without whitespace, and for each of its characters the text node and offset it came from.
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let text = '';
  const where: [number, number][] = [];
  nodes.forEach((node, i) => {
    const s = node.data;
    for (let k = 0; k < s.length; k++)
      if (!SPACE.test(s[k]!)) {
        text += s[k];
        where.push([i, k]);
      }
  });
  const found = starts(text, needle);
  const earlier = seen?.get(h) ?? 0;
  seen?.set(h, earlier + found.length);
  const at = found[(h.occurrence ?? 0) - earlier] ?? (seen ? undefined : found[0]);
  if (at === undefined) return;
  const [first, last] = [where[at]!, where[at + needle.length - 1]!];
  for (let i = last[0]; i >= first[0]; i--) {
    const node = nodes[i]!;
    const start = i === first[0] ? first[1] : 0;
    const end = i === last[0] ? last[1] + 1 : node.data.length;
    if (!node.data.slice(start, end).trim()) continue;
    const tail = node.splitText(start);
    tail.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.dataset.kind = 'user';
    if (h.note) mark.title = h.note;
    tail.replaceWith(mark);
    mark.append(tail);
  }
}
