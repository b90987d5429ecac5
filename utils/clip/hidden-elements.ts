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
