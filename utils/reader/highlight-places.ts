/**
 * Where each of an article's highlights lies in its text, found as the reader marks it (mark-user-highlights.ts):
 * the highlight list shows them in reading order, each with a few characters around it, so that equal passages
 * (a phrase the article repeats) can be told apart, by sight and by their buttons' names.
 */
import type { Highlight } from '../model/article';
import { inertElement } from '../safety/inert-html';
import { compact } from '../model/passage';
import { starts } from './mark-user-highlights';

/** Characters (white space aside) of context on each side of a highlight. */
export const CONTEXT = 10;

/** A highlight and its place in the article's text. */
export type Placed = {
  highlight: Highlight;
  /** Where it begins in the text without white space; Infinity when the text no longer holds it. */
  at: number;
  /** The text just before it, with "…" first when cut ("" at the start, or when not found). */
  before: string;
  /** The text just after it, with "…" last when cut. */
  after: string;
};

const SPACE = /\s/u;
/** A character of a word written with spaces between words (not Chinese). */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}]/u;

/** Elements whose text is a paragraph of its own: a context stops at their edges. */
const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TD|TH|CAPTION|FIGCAPTION|DT|DD|SECTION|ARTICLE|TABLE|TR|UL|OL|DL)$/u;

/**
 * The text the highlights are found in: the body's, as the reader marks it (the stored plain text may differ, an
 * imported one most), one line per paragraph. Read only for an article with highlights.
 */
export function bodyText(html: string, doc: Document): string {
  const root = inertElement(doc, html);
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  let block: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let b = n.parentNode;
    while (b && b !== root && !BLOCK.test((b as Element).tagName)) b = b.parentNode;
    if (b !== block && out) out += '\n';
    block = b;
    out += (n as Text).data;
  }
  return out;
}

/** `highlights` in reading order with their context; any the text no longer holds come last, in stored order. */
export function placeHighlights(text: string, highlights: readonly Highlight[]): Placed[] {
  if (!highlights.length) return [];
  // The text without white space, and for each of its characters where it is in `text`.
  const where: number[] = [];
  for (let i = 0; i < text.length; i++) if (!SPACE.test(text[i]!)) where.push(i);
  const flat = compact(text);
  // `text` from `from` to `to`, its white space as one space; never half of a surrogate pair.
  const piece = (from: number, to: number) => {
    const a = /[\uDC00-\uDFFF]/u.test(text[from] ?? '') ? from + 1 : from;
    const b = /[\uD800-\uDBFF]/u.test(text[to - 1] ?? '') ? to - 1 : to;
    return text.slice(a, b).replace(/\s+/gu, ' ');
  };
  const placed = highlights.map((highlight): Placed => {
    const needle = compact(highlight.text);
    const found = needle ? starts(flat, needle) : [];
    // As the reader marks it: its occurrence, or the first when the body no longer has that many.
    const at = found[highlight.occurrence ?? 0] ?? found[0];
    if (at === undefined) return { highlight, at: Infinity, before: '', after: '' };
    const end = at + needle.length;
    const [start, stop] = [where[at]!, where[end - 1]! + 1];
    // CONTEXT characters each side, within its paragraph (a line of the text), "第二段：校长讲话。", and not
    // half of a word written with spaces ("…Monday, the president").
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = ((i) => (i < 0 ? text.length : i))(text.indexOf('\n', stop));
    let from = Math.max(lineStart, where[Math.max(0, at - CONTEXT)]!);
    let to = Math.min(lineEnd, end + CONTEXT <= flat.length ? where[end + CONTEXT - 1]! + 1 : text.length);
    while (from < start && WORD.test(text[from - 1] ?? '') && WORD.test(text[from]!)) from++;
    while (to > stop && WORD.test(text[to] ?? '') && WORD.test(text[to - 1]!)) to--;
    const cutBefore = text.slice(lineStart, from).trim() !== '';
    const cutAfter = text.slice(to, lineEnd).trim() !== '';
    return {
      highlight,
      at,
      before: (cutBefore ? '…' : '') + piece(from, start).trimStart(),
      after: piece(stop, to).trimEnd() + (cutAfter ? '…' : ''),
    };
  });
  // A stable sort: equal places (the same passage) keep the order they were made in.
  return placed.sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1));
}
