/**
 * Marks what a search matched in the reader's (already sanitized and marked) HTML with <mark data-kind="search">.
 * The body's text is read whole, so a match that crosses a name's or a highlight's mark is still found; its mark is
 * then split into one <mark> per text node it covers, inside the other marks, which stay as they are. Display only.
 */
import { inertElement } from '../safety/inert-html';
import { BLOCK } from '../extraction/dom-text';
import type { SearchMarker } from '../collection/search-marks';

/** Elements that do not end a word: text on either side of them reads as one line. */
const INLINE =
  /^(?:A|ABBR|B|BDI|BDO|CITE|CODE|DATA|DEL|DFN|EM|FONT|I|INS|KBD|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR)$/;

/** The nearest ancestor that is not inline: two text nodes under different ones are different lines. */
function lineOf(node: Text): Element | null {
  let e = node.parentElement;
  while (e && INLINE.test(e.tagName)) e = e.parentElement;
  return e;
}

/** `html` with the matches of `marker` marked, at most `budget.marks` of them (counted down, shared by pieces). */
export function markSearch(
  html: string,
  marker: SearchMarker | null,
  doc: Document,
  budget: { marks: number } = { marks: Infinity },
): string {
  if (!marker || budget.marks <= 0) return html;
  const root = inertElement(doc, html);
  const walker = doc.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let line: Element | null = null;
  // Whether a line-ending element (a <br>, a block: the extractor's lines) came since the last text.
  let broken = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      broken ||= BLOCK.has((n as Element).tagName.toUpperCase());
      continue;
    }
    const here = lineOf(n as Text);
    // A line break between blocks and at a <br>, so that words of two lines are not read as one, as search reads
    // the stored text (Smith<br>Press is two words).
    if (nodes.length && (broken || here !== line)) text += '\n';
    broken = false;
    line = here;
    starts.push(text.length);
    nodes.push(n as Text);
    text += (n as Text).data;
    ends.push(text.length);
  }
  const ranges = marker(text).slice(0, budget.marks);
  if (!ranges.length) return html;
  budget.marks -= ranges.length;
  // From the last range and node back: splitting a node keeps its start, so earlier places stay right.
  let i = nodes.length - 1;
  for (let r = ranges.length - 1; r >= 0; r--) {
    const { start, end } = ranges[r]!;
    while (i > 0 && starts[i]! >= end) i--;
    for (let k = i; k >= 0 && ends[k]! > start; k--) {
      const node = nodes[k]!;
      const from = Math.max(start - starts[k]!, 0);
      const to = Math.min(end - starts[k]!, node.data.length);
      if (!node.data.slice(from, to).trim()) continue;
      const part = node.splitText(from);
      part.splitText(to - from);
      const mark = doc.createElement('mark');
      mark.dataset.kind = 'search';
      part.replaceWith(mark);
      mark.append(part);
    }
  }
  return root.innerHTML;
}
