/**
 * The page's footer when Readability keeps it under the article: it opens with the copyright or the page's update
 * stamp ("© Internet Archaeology", "Copyright 2005 …", "版权所有 …", "Last updated: Wed Jan 17 2001"), and nothing
 * after it is prose. A "© photographer" credit mid-article, with paragraphs after it, stays.
 */
import { foldSpace } from './dom-text';
import { PROSE_CHARS, bare, leafBlocks, linkedChars } from './related-tail';

const FOOTER_START =
  /^(?:©|\(c\)\s|Copyright\b|版权所有|版權所有|(?:Page\s+)?Last\s+(?:updated|modified)\b|最后更新|最後更新)/i;
const MAX_CHARS = 200;

export function removeFooterTail(root: Element): void {
  const leaves = leafBlocks(root);
  for (let i = 0; i < leaves.length; i++) {
    const text = foldSpace(leaves[i]!.textContent ?? '');
    if (text.length > MAX_CHARS || !FOOTER_START.test(text)) continue;
    const after = leaves.slice(i + 1);
    if (after.some((t) => bare(t.textContent ?? '').length - linkedChars(t) >= PROSE_CHARS)) continue;
    for (const t of [leaves[i]!, ...after]) t.remove();
    return;
  }
}
