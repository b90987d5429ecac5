/**
 * Wraps the user's highlights in the reader's (already sanitized) HTML with <mark data-kind="user">.
 * A selection may cross elements (a bold name, an entity mark, a paragraph break) and the browser's
 * selection text has different spacing from the DOM's, so matching ignores whitespace and the mark is
 * split into one <mark> per text node it covers.
 */
import { inertElement } from '../safety/inert-html';
import type { Highlight } from '../model/article';

const SPACE = /\s/u;

export function markUserHighlights(html: string, highlights: Highlight[], doc: Document): string {
  if (!highlights.length) return html;
  const root = inertElement(doc, html);
  for (const h of highlights) markOne(root, h, root.ownerDocument);
  return root.innerHTML;
}

function markOne(root: HTMLElement, h: Highlight, doc: Document): void {
  const needle = [...h.text].filter((c) => !SPACE.test(c)).join('');
  if (!needle) return;
  // The text without whitespace, and for each of its characters the text node and offset it came from.
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let compact = '';
  const where: [number, number][] = [];
  nodes.forEach((node, i) => {
    const s = node.data;
    for (let k = 0; k < s.length; k++)
      if (!SPACE.test(s[k]!)) {
        compact += s[k];
        where.push([i, k]);
      }
  });
  const at = compact.indexOf(needle);
  if (at < 0) return;
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
