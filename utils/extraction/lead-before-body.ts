/**
 * What Readability drops between the headline and the body it picked: a subtitle printed right under the
 * headline, or a labelled summary (摘要/导读/内容提要, Summary/Abstract). Bylines, dates, labels and
 * sidebars there are never taken.
 */
import { NON_TEXT, inFurniture } from './dom-text';
import { DATE_LABEL_RE } from './meta-line';
import { parseDate } from './parse-date';

const SUMMARY_LABEL = /^(?:内容摘要|内容提要|摘要|导读|提要|Executive Summary|Summary|Abstract|Overview)\s*[:：]\s*/i;
const BLOCK = 'p, div, td, li, h2, h3, h4, h5, h6, blockquote, section';

/** Lines of text after `from` (a block or a <br> ends a line) until the line holding the body's start. */
function linesAfter(doc: Document, from: Element, bodyStart: string): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 | 4 /* elements and text */);
  walker.currentNode = from;
  for (let n = walker.nextNode(); n && lines.length < 12; n = walker.nextNode()) {
    if (from.contains(n)) continue;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === 'BR' || el.matches(BLOCK)) flush();
      continue;
    }
    const parent = n.parentElement;
    if (!parent || NON_TEXT.has(parent.tagName) || inFurniture(parent)) continue;
    line += n.nodeValue ?? '';
    if (line.replace(/\s/g, '').includes(bodyStart)) {
      line = '';
      break;
    }
  }
  flush();
  return lines;
}

/** The lead to put before the body, or null. `bodyStart` is the body's first characters, spaces removed. */
export function leadBeforeBody(doc: Document, headline: Element | null, bodyStart: string): string | null {
  if (!headline || bodyStart.length < 8) return null;
  const blocks = linesAfter(doc, headline, bodyStart);
  const at = blocks.findIndex((b) => SUMMARY_LABEL.test(b));
  if (at >= 0) {
    // The summary follows its label on the same line, or is the next line.
    const text = blocks[at]!.replace(SUMMARY_LABEL, '') || blocks[at + 1] || '';
    return text.length >= 20 ? text : null;
  }
  // A subtitle: the only block between headline and body, a short line that is no label, date or credit.
  if (blocks.length !== 1) return null;
  const line = blocks[0]!;
  const isDate = (parseDate(line, 'UTC')?.length ?? 0) >= line.length * 0.4;
  // "Posted on November 25, 2024 by Jane Doe" is the meta line, whatever share of it the date takes.
  const isMeta = DATE_LABEL_RE.test(line) || /(?:^|\s)[Bb]y\s+\p{Lu}/u.test(line);
  if (line.length < 8 || line.length > 120 || /[:：|]|^[（(【]/.test(line) || isDate || isMeta || /[。.]$/.test(line))
    return null;
  return line;
}
