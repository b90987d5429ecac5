/**
 * Links back out of the article that Readability leaves at its end: "Return to table of contents", "RETURN TO
 * PREVIOUS PAGE", "Back to news", "返回首页". Navigation when the link stands on a line of its own; a link in a
 * sentence ("… and go back to <a>the report</a>") is the article's.
 */
import { BLOCK, foldSpace } from './dom-text';

const BACK_LINK = /^[【[]?\s*(?:(?:Return|Back|Go back)\s+to\b|返回|回到)/i;
const MAX_CHARS = 60;

const blank = (n: Node) => n.nodeType === 3 && !(n.nodeValue ?? '').trim();
/** Nothing but a line break, a rule, a block or the edge of its parent on this side of `n`. */
function lineEdge(n: Node | null, step: (n: Node) => Node | null): boolean {
  while (n && blank(n)) n = step(n);
  if (!n) return true;
  if (n.nodeType !== 1) return false;
  const tag = (n as Element).tagName.toUpperCase();
  return tag === 'HR' || BLOCK.has(tag);
}

export function removeBackLinks(root: Element): void {
  for (const a of [...root.querySelectorAll('a')]) {
    const text = foldSpace(a.textContent ?? '');
    if (!text || text.length > MAX_CHARS || !BACK_LINK.test(text)) continue;
    // Up through the inline wrappers that hold nothing but the link (<center><b><font>&nbsp;<a>…).
    let line: Element = a;
    for (let p = a.parentElement; p && p !== root && !BLOCK.has(p.tagName.toUpperCase()); p = p.parentElement) {
      if (foldSpace(p.textContent ?? '') !== text) break;
      line = p;
    }
    const alone =
      lineEdge(line.previousSibling, (n) => n.previousSibling) && lineEdge(line.nextSibling, (n) => n.nextSibling);
    if (alone) line.remove();
  }
}
