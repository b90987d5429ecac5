/**
 * For pages whose <title> names only the site (北医新闻网, "Medical Public Affairs"): the headline is the
 * line printed just before the body's first sentences, preferring a bold, large or heading line.
 */
import { NON_TEXT, inFurniture } from './dom-text';
import { parseDate } from './parse-date';

const PROMINENT = /^(H[1-4]|B|STRONG|FONT)$/;
/**
 * A news-agency dateline opening the body ("清华新闻网5月12日电", "新华社北京5月12日电", "BEIJING, May 12 (Xinhua)
 * --": a capitalised place, the agency in brackets, a dash): never the headline.
 */
export const ZH_DATELINE = '[\\p{Script=Han}\\w（）()·\\s]{0,20}?\\d{1,2}月\\d{1,2}日(?:\\d{1,2}时)?电';
export const AGENCY_DATELINE = new RegExp(
  `^${ZH_DATELINE}|^\\p{Lu}[\\p{Lu} .'-]{2,}(?:,[^()]{0,40})?\\s*\\([\\p{L} .]{2,20}\\)\\s*(?:-|–|—)`,
  'u',
);

/** A block of running text: Chinese sentences, or English with mostly lower-case words. */
export function isProse(text: string): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  if (han >= 30) return /[，。]/u.test(text);
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  // Scripts without capitals (Arabic, Urdu, Devanagari, Tamil …) count as lower-case: their prose is running text.
  return (
    words.length >= 15 &&
    words.filter((w) => /^(?:\p{Ll}|(?!\p{Script=Han})\p{Lo})/u.test(w)).length >= words.length * 0.4
  );
}

function isCandidate(text: string): boolean {
  if (text.length < 6 || text.length > 120) return false;
  if (/[。！？]$|[:：]|>>|\s[>›»]\s|^[>›»]\s|\|/.test(text)) return false; // sentences, labels, breadcrumbs, menus
  if (!/\p{L}/u.test(text)) return false; // a field's value in digits (a 民國 date, 113/05/20; a count)
  if (/^[—―–]/u.test(text)) return false; // a subtitle, dashed ("—— 12名學生分享…", under the headline; round 56, R310)
  if (/^[【[（(]|作者|编辑|来源|记者|[文图]\s*[/／]/.test(text)) return false; // credits printed above the body
  if (AGENCY_DATELINE.test(text)) return false;
  // "FOR IMMEDIATE RELEASE"; not a Chinese headline naming "USR" (it has no lower case to have).
  if (text === text.toUpperCase() && /[A-Z]/.test(text) && !/\p{Lo}/u.test(text)) return false;
  const d = parseDate(text, 'UTC');
  return !(d && d.length >= text.length * 0.5);
}

/** A field's key in a row's cell of its own: a word or two, an optional colon, no digits. */
const ROW_KEY = /^\p{L}[\p{L} ]{1,7}[:：]?$/u;
/** Keys of the headline's own row (標題 | …). */
const TITLE_KEY = /^(?:標題|标题|題目|题目|主題|主题|title|headline|subject)\s*[:：]?$/iu;

/**
 * The key printed in the cell before this text's, on old sites' table layouts (新聞來源 | 觀光與餐飲旅館系, 標題 | …):
 * the text is that field's value. Null when the text is in no such row.
 */
function rowKey(el: Element): string | null {
  const cell = el.closest('td, th');
  const prev = cell?.previousElementSibling;
  if (!prev || (prev.tagName !== 'TD' && prev.tagName !== 'TH')) return null;
  // Two characters spaced to a column's width (標 題, 內 容) are one word.
  const key = (prev.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  return ROW_KEY.test(key) ? key : null;
}

export function headlineBeforeBody(doc: Document, allowPlain: boolean): { el: Element; text: string } | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  let best: { el: Element; text: string; prominent: boolean } | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (!el || !text || NON_TEXT.has(el.tagName) || el.closest('a') || inFurniture(el)) continue;
    if (isProse(text)) break;
    if (!isCandidate(text)) continue;
    // Another field's value (its source, its unit) is no headline; the value of a headline's key is one.
    const key = rowKey(el);
    if (key && !TITLE_KEY.test(key)) continue;
    const prominent =
      !!key ||
      (!!el.closest('h1, h2, h3, h4, b, strong, font[size]') &&
        PROMINENT.test((el.closest('h1, h2, h3, h4, b, strong, font[size]') as Element).tagName));
    if (prominent || (allowPlain && !best?.prominent)) best = { el, text, prominent };
  }
  return best && (best.prominent || allowPlain) ? { el: best.el, text: best.text } : null;
}
