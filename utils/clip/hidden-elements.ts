/**
 * Text the page hides (display:none, visibility:hidden, the `hidden` attribute: keyword spam, print-only or template
 * text) is left out of a tab clip. Only the live page knows what is rendered; it sends the hidden elements' places
 * with its snapshot (page-snapshot.ts, which changes nothing on the page), and they are dropped here from our own
 * parse of it, once they are shown to line up.
 */
import { proseChars, type ExtractResult } from '../extraction/extract-article';
import type { HiddenMarks } from './page-snapshot';

/**
 * The elements `marks` names in `doc` (our parse of the page's HTML), or null when they do not line up: a different
 * count of elements, or one whose tag or subtree differs (markup a parse rebuilds otherwise, such as a div a script
 * put straight into a table). Then nothing is dropped.
 */
export function hiddenIn(doc: Document, marks: HiddenMarks): Element[] | null {
  const all = doc.body?.getElementsByTagName('*');
  if (!all || all.length !== marks.count) return null;
  const found = marks.at.map((i) => all[i]);
  const lined = found.every(
    (el, k) => el?.localName === marks.tags[k] && el.getElementsByTagName('*').length === marks.sizes[k],
  );
  return lined ? found : null;
}

/**
 * Remove the hidden elements from `doc`; their text (joined by lines) is returned, or null when they did not line
 * up and `doc` is left whole.
 */
export function dropHidden(doc: Document, marks: HiddenMarks): string | null {
  const found = hiddenIn(doc, marks);
  if (!found) return null;
  const text = found.map((el) => el.textContent ?? '').join('\n');
  for (const el of found) el.remove();
  return text;
}

const prose = (r: ExtractResult): number => (r.ok ? proseChars(r.draft.textContent) : 0);

/**
 * Whether the page must be extracted again with its hidden elements. The rule: hidden text is left out unless the
 * article without it is missing, or less than half the prose of the article with it; the article itself can be what
 * the page hides (a "展开全文" / "Read more" body shown on a click, a page that unhides itself from a script that
 * has not run). Only prose counts (lines with sentence punctuation): a hidden menu or keyword list makes no article
 * longer. So the second extraction is needed only when the hidden prose alone outweighs what was found without it.
 */
export function needsHiddenBack(without: ExtractResult, hiddenText: string): boolean {
  return proseChars(hiddenText) > prose(without);
}

/** The rule's verdict, given both extractions: the one without hidden text unless it is missing or much shorter. */
export function withoutHiddenOr(without: ExtractResult, withHidden: ExtractResult): ExtractResult {
  if (!without.ok) return withHidden;
  return prose(withHidden) > 2 * prose(without) ? withHidden : without;
}

/** A `style` attribute's value for `name` (lower case, without `!important`), as the cascade would take it. */
function declared(style: string, name: string): string | null {
  let value: string | null = null;
  let important = false;
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0 || decl.slice(0, colon).trim().toLowerCase() !== name) continue;
    const raw = decl
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const isImportant = /!\s*important$/.test(raw);
    if (important && !isImportant) continue;
    [value, important] = [raw.replace(/!\s*important$/, '').trim(), isImportant];
  }
  return value;
}

/**
 * The elements the page's markup hides inline (`style="display:none"`, `visibility:hidden`), outermost first and
 * those inside them left out. Readability drops them by reading `el.style`, as Node's extraction does; in our
 * extension pages that read is empty, because their CSP (`style-src 'self'`) leaves a parsed page's inline styles
 * unapplied, so the extension kept such text in the body (an e-mail address's hidden anti-spam words, a hidden
 * "原标题" line, an editor's box hidden under the article).
 */
export function inlineHidden(doc: Document): Element[] {
  const found: Element[] = [];
  for (const el of doc.body?.querySelectorAll('[style]') ?? []) {
    // Document order: an element inside one already found comes straight after it.
    if (found.at(-1)?.contains(el)) continue;
    const style = el.getAttribute('style') ?? '';
    if (declared(style, 'display') === 'none' || declared(style, 'visibility') === 'hidden') found.push(el);
  }
  return found;
}

/**
 * Give `inlineHidden(doc)` the `hidden` attribute, which Readability reads in any document, so that the body leaves
 * them out as in Node; the headline, date and meta-line rules still read them, as in Node. Their text (joined by
 * lines) is returned, or null when there were none.
 */
export function markInlineHidden(doc: Document): string | null {
  const found = inlineHidden(doc);
  for (const el of found) el.setAttribute('hidden', '');
  return found.length ? found.map((el) => el.textContent ?? '').join('\n') : null;
}

/**
 * Extract `doc` with its hidden text (`hiddenText`, already left out of it) kept out, unless the rule above wants it
 * back: then `whole()`, a fresh parse with nothing left out, is extracted too and the rule picks. One rule for a tab
 * clip and a link clip.
 */
export function extractLeavingHidden(
  doc: Document,
  hiddenText: string | null,
  extract: (d: Document) => ExtractResult,
  whole: () => Document,
): ExtractResult {
  const r = extract(doc);
  return hiddenText !== null && needsHiddenBack(r, hiddenText) ? withoutHiddenOr(r, extract(whole())) : r;
}
