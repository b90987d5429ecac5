/**
 * A date printed alone above the first paragraph ("7. oktober 2020", "2024-05-12") is the page's dateline, which
 * Readability takes into the body when it sits inside the article's container. Only lines before the first other
 * line go: a date inside the text, or a dated list further down, is the article's.
 */
import { foldSpace } from './dom-text';
import { parseDate } from './parse-date';
import { leafBlocks } from './related-tail';

const MAX_DATELINE = 40;

export function removeLeadingDateline(root: Element): void {
  for (const el of leafBlocks(root)) {
    const text = foldSpace(el.textContent ?? '');
    const date = text.length <= MAX_DATELINE ? parseDate(text, 'UTC') : null;
    if (!date || date.length < text.length * 0.6) return;
    el.remove();
  }
}
