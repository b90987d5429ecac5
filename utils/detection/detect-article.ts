/**
 * Is this page one university news article? Runs on every matching page load, so it reads only what is
 * cheap: the address, the headline's neighbourhood and how much prose the page holds. An article has a
 * publication date, sentences of prose outside links, and is not a home, list or personal page.
 */
import { inFurniture } from '../extraction/dom-text';
import { extractDate } from '../extraction/extract-date';
import { extractTitle } from '../extraction/extract-title';
import { parseDate, timeZoneForHost } from '../extraction/parse-date';
import { dateMarksArticle, datePrintedNearHeadline, headlineMatchesTitle } from '../extraction/provenance';
import { isUniversityHost } from './university-hosts';

export interface Detection {
  isArticle: boolean;
  /** Why, in a few words each (shown in tests and the eval table). */
  reasons: string[];
}

const LIST_PATH =
  /^\/?(?:$|index\.s?html?$|main\.(?:htm|html|jsp|psp)$|default\.aspx?$|(?:.*\/)?list\d*\.(?:htm|html|jsp|psp)$|(?:.*\/)?index\d*\.(?:htm|html)$)/i;
const BLOCK = /^(P|DIV|TD|LI|DD|SECTION|ARTICLE|BLOCKQUOTE|BODY|MAIN|FONT|TH)$/;
const SENTENCE = /[，。！？；]|[a-z]{2,}[,.;!?]\s/iu;

/** Text nodes read to judge a page: enough for any article, and a bound on huge pages (on every load). */
const MAX_TEXT_NODES = 20_000;

/** Characters of prose on the page: text in blocks with sentences, outside links and page furniture. */
export function pageProse(doc: Document): { prose: number; linked: number } {
  const blocks = new Map<Element, string>();
  let linked = 0;
  let seen = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && seen++ < MAX_TEXT_NODES; n = walker.nextNode()) {
    const parent = n.parentElement;
    const text = (n.nodeValue ?? '').replace(/\s+/g, ' ');
    if (!parent || !text.trim() || /^(SCRIPT|STYLE|NOSCRIPT|TITLE|OPTION)$/.test(parent.tagName)) continue;
    if (parent.closest('a')) {
      linked += text.trim().length;
      continue;
    }
    let block: Element | null = parent;
    while (block && !BLOCK.test(block.tagName)) block = block.parentElement;
    if (!block) continue;
    blocks.set(block, (blocks.get(block) ?? '') + text);
  }
  let prose = 0;
  for (const [el, text] of blocks) {
    const chars = text.replace(/\s/g, '').length;
    if (chars >= 30 && SENTENCE.test(text) && !inFurniture(el)) prose += chars;
  }
  return { prose, linked };
}

/** Short date lines repeated down the page ("Published 11 December 2006" under each item): a list. */
export function repeatedDateLines(doc: Document, zone: string, now: Date, enough = 5): number {
  let n = 0;
  let seen = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t && seen++ < MAX_TEXT_NODES; t = walker.nextNode()) {
    const text = (t.nodeValue ?? '').trim();
    if (text.length >= 60 || !/\d{4}/.test(text) || t.parentElement?.closest('li, a, script, style')) continue; // cheap tests first
    const d = parseDate(text, zone, now);
    if (d && d.length >= text.length * 0.5 && ++n >= enough) break;
  }
  return n;
}

export function detectArticle(doc: Document, url: string, now = new Date()): Detection {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { isArticle: false, reasons: ['bad address'] };
  }
  if (!isUniversityHost(u.hostname)) return { isArticle: false, reasons: ['not a university host'] };
  if (LIST_PATH.test(u.pathname) && !u.search) return { isArticle: false, reasons: ['home or list address'] };
  if (/\/~/.test(u.pathname)) return { isArticle: false, reasons: ['personal page'] };

  const { prose, linked } = pageProse(doc);
  if (prose < 200) return { isArticle: false, reasons: [`little prose (${prose})`] };
  if (linked > prose * 1.5) return { isArticle: false, reasons: ['mostly links'] };

  const zone = timeZoneForHost(u.hostname);
  const title = extractTitle(doc);
  const date = extractDate(doc, url, title.element, zone, now);
  // A headline that <title> names, dated right beside it, is an article whatever its sidebars list.
  const datedHeadline = headlineMatchesTitle(title.provenance) && !!date && datePrintedNearHeadline(date.provenance);
  const dateLines = datedHeadline ? 0 : repeatedDateLines(doc, zone, now);
  if (dateLines >= 5) return { isArticle: false, reasons: [`${dateLines} dated items: a list`] };
  const ogArticle = /article/i.test(doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '');
  if ((!date || !dateMarksArticle(date.provenance)) && !ogArticle)
    return { isArticle: false, reasons: ['no publication date'] };
  return {
    isArticle: true,
    reasons: [date ? `date from ${date.provenance.kind}` : 'og:type article', `prose ${prose}`],
  };
}
