/**
 * Lines of labelled fields printed in their own block after the article's text: Chinese college and news templates
 * put the credits there ("编辑：周晓 审核：刘洋", "责任编辑：刘畅 【打印本页】"), Taiwan's RPage its 發布單位. Read
 * from the page before the body is extracted (the document may then be taken apart), each with the text printed
 * before it, so that the lines right after the body can be told once the body is known.
 */
import type { BylineEntry } from '../model/article';
import { BLOCK, inFurniture, visibleText } from './dom-text';
import { headlineWindow } from './headline-window';
import { closingFields, signOff } from './closing-credits';
import { DATE_LABEL_RE, parseSource } from './meta-line';
import { SOURCE_WORDS } from './meta-labels';
import { parseViews } from './view-counter';
import { parseEnglishByline } from './english-byline';
import { zhCaptionPhotographers } from './photo-captions';
import { isDatedLabel, isFiledDateLine } from './date-lines';

export interface FieldLine {
  byline: BylineEntry[];
  source: string | null;
  /** Up to 200 characters printed before the line. */
  before: string;
  /** The line's own text. */
  text: string;
}

/**
 * A text that may hold a field label's colon, a credit's slash or a sign-off's "by", or a reporter's role before a
 * space ("（记者 宗婉婷 通讯员 蔡子涵 编辑 孙一帆）", no colon at all; session 42, R59), or a spaced bar ("撰稿 | 俞佳宁").
 */
// A sign-off's colon-less openers too (A cura di Chiara Marchetti under an Italian story; session 60, R230).
const MAY_HOLD_FIELD =
  /[:：/／]|\b[Bb]y\b|\b(?:A[fv]|A cura di|P[oa]r)\s|(?:记者|記者|通讯员|通訊員|编辑|編輯)[\s\u3000]|[\u4e00-\u9fff]\s+[|｜丨]\s+[\u4e00-\u9fff]/;
/** How far after the headline to look: past any article's text, short of a huge page's comments. */
const MAX_CHARS = 60_000;
const MAX_BLOCKS = 200;

function blockOf(n: Node): Element | null {
  for (let e = n.parentElement; e; e = e.parentElement) if (BLOCK.has(e.tagName.toUpperCase())) return e;
  return null;
}

/** A details table's row whose label cells are <th> (<th>發佈日期</th><td>2024-10-25</td><th>瀏覽次數</th><td>312</td>). */
function detailsRow(block: Element | null): Element | null {
  const row = block?.tagName === 'TR' ? block : block?.tagName === 'TD' ? block.parentElement : null;
  return row?.querySelector(':scope > th') ? row : null;
}
/** Its cells as labelled fields, a colon after each label (session 58, R210): "發佈日期：2024-10-25 瀏覽次數：312". */
const rowFields = (row: Element): string =>
  [...row.children]
    .map((c) => (c.tagName === 'TH' ? `${visibleText(c).replace(/[:：]\s*$/u, '')}：` : `${visibleText(c)} `))
    .join('')
    .trim();

/** The field lines after `headline` (after the page's start when there is none), in page order. */
export function fieldLinesAfter(doc: Document, headline: Element | null): FieldLine[] {
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  if (headline && root.contains(headline)) walker.currentNode = headline;
  const out: FieldLine[] = [];
  const seen = new Set<Element>();
  let chars = 0;
  for (let n = walker.nextNode(); n && chars < MAX_CHARS && seen.size < MAX_BLOCKS; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    chars += value.length;
    if (!(MAY_HOLD_FIELD.test(value) || maybeDate(value)) || headline?.contains(n)) continue;
    const cell = blockOf(n);
    const row = detailsRow(cell);
    const block = row ?? cell;
    if (!block || seen.has(block)) continue;
    seen.add(block);
    // An article's own <footer> holds its credits; the page's footer, nav and sidebars do not.
    if ((inFurniture(block) && !block.closest('article') && !infoBox(block)) || block.closest('a')) continue;
    const text = visibleText(block);
    const labelled = row ? rowFields(row) : text;
    // A sign-off in its own block after the text ("Photos by Grace Oduya") as well as labelled fields.
    const fields =
      closingFields(labelled) ??
      signedFields(labelled) ??
      sourceField(labelled) ??
      captionFields(labelled) ??
      linesOfFields(block) ??
      counterLine(labelled) ??
      dateLine(text, block);
    if (fields) out.push({ ...fields, before: headlineWindow(doc, block, 200).before, text });
  }
  return out;
}

/**
 * A source office labelled alone on its line in a European language ("Fuente: Unidad de Cultura Científica",
 * "Quelle: Pressestelle"; session 38, R33), or null. A contact's e-mail or phone is no source (parseSource).
 */
function sourceField(text: string): Omit<FieldLine, 'before' | 'text'> | null {
  const m = new RegExp(`^(?:${SOURCE_WORDS})\\s*:\\s*([^:|\\n]{2,80})$`, 'u').exec(text.trim());
  const source = m ? parseSource(`Source: ${m[1]!.trim()}`) : null;
  return source ? { byline: [], source } : null;
}

/**
 * A short line holding a view counter, with no credits (發佈日期：2025/06/03 瀏覽次數：356 under Taiwan's ASP.NET
 * news bodies; session 49, R124): kept so the counter is read, and so the lines after it still follow the body.
 */
function counterLine(text: string): Omit<FieldLine, 'before' | 'text'> | null {
  return text.length <= 120 && parseViews(text) !== null ? { byline: [], source: null } : null;
}

/**
 * A story's info box beside its text: an <aside> line beside the byline ("24 October 2024 ⏎ Story by Aleksandra Nowak",
 * RMIT's article-info; "By Lena Ortiz ⏎ Posted on October 15, 2024", Inside UNC Charlotte's meta card; session 56,
 * R190, R197), or a sidebar whose one date stands alone on its line (<p class="story-date">February 12, 2025</p> over
 * SFU's contact and related links; R192). A list prints a date for each item, and an event's details label theirs
 * (Date ⏎ 4 November 2024 ⏎ Venue …): those date no story.
 */
function infoBox(block: Element): boolean {
  const aside = block.closest('aside');
  if (!aside) return false;
  const byline = (e: Element | null) => !!e && parseEnglishByline(e.textContent ?? '').length > 0;
  if (byline(block.previousElementSibling) || byline(block.nextElementSibling) || byline(block)) return true;
  const text = aside.textContent!.replace(/\s+/g, ' ').trim();
  const label = block.previousElementSibling?.textContent?.trim() ?? '';
  const labelled = !!block.closest('dl, table') || /^[\p{L} ]{2,20}[:：]?$/u.test(label);
  return !labelled && text.match(/(?:19|20)\d{2}/g)?.length === 1 && isFiledDateLine(block.textContent!.trim());
}

/** A text node that may be a date alone ("October 14, 2024"): a year in it, and short. */
const maybeDate = (value: string): boolean => value.length <= 60 && /(?:19|20)\d{2}/.test(value);

/**
 * A date alone on its line (<p class="news-date">October 14, 2024</p> under the writer's line after a Drupal body;
 * session 49, R128), or after its label ("Posted on October 15, 2024" under the writer's in an <aside>'s meta card;
 * session 56, R197), or outside a list's items ("发布时间：2024-11-08" under a 博达 body, over a later publishdate meta;
 * session 58, R208; a list prints one under every item): kept so that, right after the body, it dates the page.
 */
function dateLine(text: string, block: Element): Omit<FieldLine, 'before' | 'text'> | null {
  const dated =
    isFiledDateLine(text.trim()) || ((!!block.closest('aside') || !block.closest('li')) && isDatedLabel(text.trim()));
  return dated ? { byline: [], source: null } : null;
}

/** A Chinese caption's photographer after the text (材料系吳承翰副教授（攝影／校園記者 林郁婷）; session 40, R48). */
function captionFields(text: string): Omit<FieldLine, 'before' | 'text'> | null {
  const names = zhCaptionPhotographers(text);
  return names.length ? { byline: names.map((name) => ({ name, role: '摄影' })), source: null } : null;
}

/**
 * A block of field lines under one another ("（通讯员 谢雨桐 胡嘉铭）<br>编辑：吴楠", "Texto: …<br>Arte: …"; session
 * 41, R50, R52): every line credits or a source, merged; else null.
 */
function linesOfFields(block: Element): Omit<FieldLine, 'before' | 'text'> | null {
  if (!block.querySelector(':scope > br')) return null;
  const lines = [''];
  for (const n of block.childNodes) {
    if (n.nodeName === 'BR') lines.push('');
    else lines[lines.length - 1] += n.textContent ?? '';
  }
  const shown = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (shown.length < 2 || shown.length > 4) return null;
  // A date or view counter's line among them is the same block's fields (（撰稿：刘欣悦 审核：雍志强）<br>发布时间：…
  // 访问量：; session 42, R63), read elsewhere.
  const dated = (l: string) => DATE_LABEL_RE.test(l) || parseViews(l) !== null;
  const each = shown.map(
    (l) => closingFields(l) ?? signedFields(l) ?? (dated(l) ? { byline: [], source: null } : null),
  );
  if (each.some((f) => !f) || !each.some((f) => f!.byline.length || f!.source)) return null;
  return { byline: each.flatMap((f) => f!.byline), source: each.find((f) => f!.source)?.source ?? null };
}

/**
 * A blog post's footer line naming its writer after the dates ("Posted on June 5, 2024 · Updated: June 6, 2024 by
 * Janine Kelloway", WordPress themes' entry footer; session 41, R52).
 */
const POSTED_BY = /^(?:Posted|Published)\b[^|]{0,100}?\s[Bb]y\s+([^|]{3,60})$/u;

/**
 * A sign-off's credits as field values, with the source labelled beside them ("Reporter: … | Photo: … | Source: …" in
 * any language SOURCE_WORDS holds; session 56, R190's "خبرنگار: … | عکاس: … | منبع: روابط عمومی …"), or null.
 */
function signedFields(text: string): Omit<FieldLine, 'before' | 'text'> | null {
  const posted = POSTED_BY.exec(text)?.[1];
  const byline = posted ? parseEnglishByline(`By ${posted}`) : signOff(text);
  return byline?.length ? { byline, source: parseSource(text) } : null;
}

/** Characters that may stand between the body's last words and the line: a photo caption, a 供稿 note. */
const MAX_GAP = 40;

/**
 * A paper's or source's address on a line of its own (论文链接：https://…) is no text between: its length is not counted;
 * nor are the tag line and the previous and next stories' links that PHPCMS prints before 【责任编辑：…】 (session 53, R156).
 */
const NEIGHBOURS = /(?:上一[篇条條]|下一[篇条條])[:：]?.{0,80}?(?=上一[篇条條]|下一[篇条條]|$)/gu;
const TAGS = /(?:相关热词搜索|相關熱詞搜索|关键词|關鍵詞|标签|標籤)[:：].{0,40}?(?=上一[篇条條]|下一[篇条條])/gu;
// A share bar's words neither (ShareonFacebookShareonX, compacted: Reed Magazine's date under it; session 56, R196).
const SHARE_WORDS =
  /(?:Share(?:on|this(?:story|article)?)?|Tweet)?(?:Facebook|Twitter|X|LinkedIn|Email|WhatsApp|Weibo|WeChat)/g;
const gapLength = (gap: string): number =>
  gap
    .replace(/https?:\/\/[\x21-\x7e]+/g, '')
    .replace(SHARE_WORDS, '')
    .replace(TAGS, '')
    .replace(NEIGHBOURS, '').length;

/**
 * The lines printed right after the body: the body's last words, or the line accepted before it (a source line, then
 * a credits line), end at most MAX_GAP characters before the line.
 */
export function linesAfterBody(lines: FieldLine[], bodyText: string): FieldLine[] {
  const compact = (s: string) => s.replace(/\s/g, '');
  const end = compact(bodyText).slice(-10);
  if (end.length < 6) return [];
  const out: FieldLine[] = [];
  // A short last line the body kept (a credits line) may follow a line it dropped: the text's end before it anchors too
  // (正文, 發佈單位 : 秘書室公共事務組, then 文／林佳穎 攝影／黃柏翰; session 59, R217).
  const cut = bodyText.trimEnd().lastIndexOf('\n');
  const prior = cut > 0 && compact(bodyText.slice(cut)).length <= 40 ? compact(bodyText.slice(0, cut)).slice(-10) : '';
  const ends = prior.length >= 6 ? [end, prior] : [end];
  let anchors = ends;
  for (const l of lines) {
    const before = compact(l.before);
    const near = anchors.some((a) => {
      const at = before.lastIndexOf(a);
      return at >= 0 && gapLength(before.slice(at + a.length)) <= MAX_GAP;
    });
    if (!near) continue;
    out.push(l);
    const own = compact(l.text).slice(-10);
    anchors = own.length >= 6 ? [...ends, own] : ends;
  }
  return out;
}
