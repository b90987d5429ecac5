/**
 * What Readability drops between the headline and the body it picked: a subtitle printed right under the
 * headline, or a labelled summary (摘要/导读/内容提要, Summary/Abstract). Bylines, dates, labels and
 * sidebars there are never taken.
 */
import { NON_TEXT, inFurniture } from './dom-text';
import { DATE_LABEL_RE } from './meta-line';
import { parseDate } from './parse-date';
import { isPageChrome, isReleaseLine } from './edge-furniture';
import { headerCredits } from './header-lines';
import { isDatedMetaLine } from './date-lines';
import { isCaptionRow, metaFields } from './opening-lines';

const SUMMARY_LABEL = /^(?:内容摘要|内容提要|摘要|导读|提要|Executive Summary|Summary|Abstract|Overview)\s*[:：]\s*/i;
// A picture's caption is a line of its own, not the end of the lead printed above it.
const BLOCK = 'p, div, td, li, h2, h3, h4, h5, h6, blockquote, section, figure, figcaption';

/** Marks where one element's text meets the next's with no space (U+2063, invisible separator). */
const ITEM = '\u2063';
/** Opens a line printed wholly in a <figcaption> (U+2064, invisible plus): a caption, never a subtitle. */
const CAPTION = '\u2064';
const MARKS = /[\u2063\u2064]/g;
/** A row of short items with no punctuation (category chips, tags), each item its own element. */
const isChipRow = (line: string): boolean =>
  line.includes(ITEM) &&
  line.length <= 40 &&
  line.split(ITEM).every((s) => s.trim().length <= 12) &&
  !/[\p{P}\p{S}]/u.test(line.replace(/[\u2063&·・]/gu, ''));

/**
 * A picture's caption ending in its credit ("… Learning. Emory Photo/Video", "… (Photo by Ann Lee)", "Courtesy of
 * …"; session 46, R101): no subtitle.
 */
const CREDITED_CAPTION =
  /(?:\p{Lu}[\p{L}.&-]*\s+Photos?(?:\/Video)?|\b(?:[Pp]hoto(?:graph)?s?|[Ii]mages?)\s*(?:by|courtesy|credit)\b.*|\b[Cc]ourtesy\b.*)\)?$/u;

/** Lines read from the page at most: a lead sits right under the headline. */
const MAX_LINES = 12;

/**
 * The text after the headline as the page prints it, one entry per line (a block or a <br> ends a line), before the
 * body is known: read from the intact page, so Readability may take a disposable copy apart afterwards. Entries are
 * raw (spaces unfolded, empty lines kept) and stop after {@link MAX_LINES} lines with text, as far as
 * {@link leadBeforeBody} can ever look.
 */
export function linesAfterHeadline(doc: Document, headline: Element | null): string[] {
  if (!headline) return [];
  const lines: string[] = [];
  let line = '';
  let full = 0;
  let last: Element | null = null;
  let caption = true;
  const flush = () => {
    if (line.trim()) full++;
    lines.push(line.trim() && caption ? CAPTION + line : line);
    line = '';
    last = null;
    caption = true;
  };
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 | 4 /* elements and text */);
  walker.currentNode = headline;
  for (let n = walker.nextNode(); n && full < MAX_LINES; n = walker.nextNode()) {
    if (headline.contains(n)) continue;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === 'BR' || el.matches(BLOCK)) flush();
      continue;
    }
    const parent = n.parentElement;
    if (!parent || NON_TEXT.has(parent.tagName) || inFurniture(parent)) continue;
    const text = n.nodeValue ?? '';
    // Items side by side in their own elements with no space between (<span>トピックス</span><span>大学の取り組み</span>):
    // marked apart, so a row of chips is not read as one phrase.
    if (last && !last.contains(parent) && !parent.contains(last) && /\S$/.test(line) && /^\S/.test(text)) line += ITEM;
    line += text;
    // A table's caption row under its picture is a caption too (session 58, R207's old press-release template).
    if (text.trim() && !parent.closest('figcaption') && !isCaptionRow(parent)) caption = false;
    last = parent;
  }
  flush();
  return lines;
}

/** The lines between the headline and the line holding the body's start (spaces removed, as `bodyStart` is). */
export function linesBefore(after: readonly string[], bodyStart: string, marked = false): string[] {
  const lines: string[] = [];
  for (const raw of after) {
    if (lines.length >= MAX_LINES || raw.replace(/[\s\u2063\u2064]/g, '').includes(bodyStart)) break;
    const t = raw.replace(/\s+/g, ' ').trim();
    if (t) lines.push(marked ? t : t.replace(MARKS, ''));
  }
  return lines;
}

/**
 * The lead to put before the body, or null. `after` is {@link linesAfterHeadline} of the intact page; `bodyStart` is
 * the body's first characters, spaces removed; `body`, the lines taken off the body's top and its dek.
 */
export function leadBeforeBody(
  after: readonly string[],
  bodyStart: string,
  body: { openingLines: readonly string[]; dek: string | null } = { openingLines: [], dek: null },
): string | null {
  // The lines the body's top lost as furniture; a dek taken off there may come back as the lead.
  const removed = body.openingLines.filter((l) => l !== body.dek);
  if (bodyStart.length < 8) return null;
  const marked = linesBefore(after, bodyStart, true);
  const blocks = marked.map((b) => b.replace(MARKS, ''));
  const at = blocks.findIndex((b) => SUMMARY_LABEL.test(b));
  if (at >= 0) {
    // The summary follows its label on the same line, or is the next line.
    const text = blocks[at]!.replace(SUMMARY_LABEL, '') || blocks[at + 1] || '';
    return text.length >= 20 ? text : null;
  }
  // A subtitle: the only block between headline and body, a short line that is no label, date or credit.
  // A <figcaption> under the headline is the lead picture's caption (session 48, R116, R117).
  if (blocks.length !== 1 || isChipRow(marked[0]!) || marked[0]!.startsWith(CAPTION)) return null;
  const line = blocks[0]!;
  const isDate = (parseDate(line, 'UTC')?.length ?? 0) >= line.length * 0.4;
  // "Posted on November 25, 2024 by Jane Doe" is the meta line, whatever share of it the date takes.
  const isMeta = DATE_LABEL_RE.test(line) || /(?:^|\s)[Bb]y\s+\p{Lu}/u.test(line);
  if (
    line.length < 8 ||
    line.length > 120 ||
    // A line the body's top lost as furniture (a hero picture's caption in a <p>; session 61, R237) stays lost.
    removed.includes(line) ||
    isPageChrome(line) ||
    /[:：|]|^[（(【]/.test(line) ||
    isDate ||
    isMeta ||
    // A date and the page's counter ("Sunday, 17 November 2024 Number of views (1284)"; session 55, R185).
    isDatedMetaLine(line, metaFields) ||
    // A release's embargo line ("For Release Upon Receipt - Tuesday, October 15, 2024"; session 55, R187).
    isReleaseLine(line) ||
    // A 校报 byline of roles and names ("■ 记者 孙晓霏 通讯员 杜明轩"): credits, read as the header's.
    headerCredits(line) ||
    /[。.]$/.test(line) ||
    CREDITED_CAPTION.test(line)
  )
    return null;
  return line;
}

/**
 * `name` cut at the end of the printed line it opens on: the meta zone is read as one run of text, so a byline's last
 * name ran into the next block's first words ("By Lucy Harrington" ⏎ "Seven University …", "Story by Grace Nguyen" ⏎
 * "Third-year students …"; session 39, R36, R37). Kept whole when a line holds it whole, or no line ends inside it.
 */
export function nameWithinLine(name: string, lines: readonly string[]): string {
  const printed = lines.map((l) => l.replaceAll(ITEM, ' ').replace(MARKS, '').replace(/\s+/g, ' ').trim());
  if (printed.some((l) => l.includes(name))) return name;
  const words = name.split(' ');
  for (let n = words.length - 1; n >= 2; n--) {
    const head = words.slice(0, n).join(' ');
    if (printed.some((l) => l.endsWith(head))) return head;
  }
  return name;
}
