/**
 * Reads the labelled fields campus pages print around an article: 来源, 作者/文字/摄影/编辑/审核,
 * 浏览次数 and their English forms. Works on plain text so any CMS template reads the same way.
 */
import type { BylineEntry } from '../model/article';
import { VIEW_LABELS } from './view-counter';

const ROLE_LABELS = [
  '责任编辑',
  '責任編輯',
  '责编',
  '文字',
  '撰稿',
  '撰文',
  '作者',
  '记者',
  '記者',
  '通讯员',
  '摄影',
  '攝影',
  '图片',
  '摄像',
  '视频',
  '编辑',
  '編輯',
  '审核',
  '审稿',
  '校对',
  '终审',
  '初审',
  '文',
  '图',
];
// Traditional forms (來源, 發布單位, 瀏覽次數, 發佈日期) are what Hong Kong and Taiwan university pages print.
const SOURCE_LABELS = [
  '稿件来源',
  '来源',
  '稿件來源',
  '來源',
  '發布單位',
  '發佈單位',
  '供稿单位',
  '供稿',
  '发布单位',
  '发布部门',
  '发布者',
  '发布人',
];
const DATE_LABELS = [
  '发布日期',
  '发布时间',
  '发表时间',
  '更新时间',
  '发稿时间',
  '發佈日期',
  '發布日期',
  '發佈時間',
  '發布時間',
  '發表時間',
  '發表日期',
  '刊登日期',
  '公告日期',
  '更新時間',
  '日期',
  '时间',
  '時間',
];

const ALL = [...ROLE_LABELS, ...SOURCE_LABELS, ...VIEW_LABELS, ...DATE_LABELS].sort((a, b) => b.length - a.length);
// A label starts a field when followed by a colon; 文/图 also work with a slash or space ("文/王海", "图 李四").
const LABEL_RE = new RegExp(`(${ALL.join('|')})\\s*[:：]|(?<![\\p{Script=Han}])([文图])\\s*[/／]`, 'gu');

export interface LabelledField {
  label: string;
  value: string;
}

/** Split a meta line like "来源：党委宣传部 | 文字：王海 编辑：李明" into labelled fields. */
export function labelledFields(text: string): LabelledField[] {
  const hits = [...text.matchAll(LABEL_RE)];
  return hits.map((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]!.index! : text.length;
    const value = text
      .slice(start, end)
      .replace(/^[\s|丨/／]+|[\s|丨/／,，;；（）()【】[\]]+$/g, '')
      .trim();
    return { label: m[1] ?? m[2]!, value };
  });
}

/** A printed Chinese credit: a name (2–4 characters, or with ·) or an office (新闻中心, 党委宣传部). */
const ZH_NAME = /^[\p{Script=Han}·•]{2,12}$/u;

const NAME_SPLIT = /[、，,;；]|\s+(?:and|&)\s+|\s{2,}/u;

function splitNames(value: string): string[] {
  const cjk = /\p{Script=Han}/u.test(value);
  // Chinese names carry no spaces, so a space separates two people; English names keep theirs.
  return value
    .split(cjk ? /[、，,;；\s]+/u : NAME_SPLIT)
    .map((s) => s.trim())
    .filter((s) => (cjk ? ZH_NAME.test(s) : s.length > 0 && s.length <= 40 && !/^\d/.test(s)));
}

/** Normalised role for a printed label: 文 → 文字, 图 → 图片; others as printed. */
function roleOf(label: string): string {
  return label === '文' ? '文字' : label === '图' ? '图片' : label;
}

/** The byline entries of a meta line, in printed order, without duplicates. */
export function parseByline(text: string): BylineEntry[] {
  const out: BylineEntry[] = [];
  for (const { label, value } of labelledFields(text)) {
    if (!ROLE_LABELS.includes(label) || !value) continue;
    // A note in brackets after a name ("王海（实习生）", its closing bracket cut with the field's end) is not a name.
    for (const name of splitNames(value.replace(/[（(][^（）()]*[）)]?/gu, ' '))) {
      if (!out.some((b) => b.name === name && b.role === roleOf(label))) out.push({ name, role: roleOf(label) });
    }
  }
  return out.concat(parseEnglishByline(text).filter((b) => !out.some((o) => o.name === b.name)));
}

/** A Chinese article often ends with its author in brackets: "（袁源）", "（通讯员 王海）". */
export function closingAuthor(lastLine: string): BylineEntry[] {
  const m =
    /^[（(]\s*(?:(通讯员|记者|作者)\s*)?([\p{Script=Han}·]{2,4}(?:[、，\s]+[\p{Script=Han}·]{2,4}){0,3})\s*[)）]$/u.exec(
      lastLine.trim(),
    );
  if (!m) return [];
  return m[2]!.split(/[、，\s]+/u).map((name) => ({ name, role: m[1] ?? '作者' }));
}

/** "By Jane Doe and John Roe", "Written by …", "Photo by …". */
const NOT_NAME =
  /^(Date|Published|Posted|Updated|Photos?|Staff|News|University|College|Office|The|And|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/** Keep the leading words of a captured name up to the first word that cannot be part of one. */
function trimName(s: string): string {
  const words = s.trim().split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && NOT_NAME.test(w));
  return (end < 0 ? words : words.slice(0, end)).join(' ');
}

export function parseEnglishByline(text: string): BylineEntry[] {
  const m =
    /(?:^|[\s|])(?:(Written|Photos?|Story|Words)\s+)?[Bb]y\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:(?:,\s*|\s+and\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*)/u.exec(
      text,
    );
  if (!m) return [];
  const role = m[1] ? (/^photo/i.test(m[1]) ? 'Photo' : 'Author') : 'Author';
  return m[2]!
    .split(/,\s*|\s+and\s+/)
    .map(trimName)
    .filter((s) => s.split(/\s+/).length >= 2 && s.length <= 60)
    .map((name) => ({ name, role }));
}

/**
 * Where a source's value ends on a meta line: a wide gap, the next label (作者：), or an unlabelled date, time or
 * share control printed after it ("来源：中国日报网 2023-11-17 15:13 分享 分享到微信 关闭": news templates).
 */
const SOURCE_END =
  /\s{2,}|\s(?=\p{Script=Han}{1,4}\s*[:：])|\s*(?<!\d)(?=\d{4}\s*[-/.年]\s*\d{1,2}(?!\d))|\s(?=\d{1,2}:\d{2}\b)|\s(?=(?:分享|打印|关闭|收藏|字号)(?:\s|$|[到本此]))/u;

/** The source office or outlet (来源/供稿/发布单位), or null when the label is empty or absent. */
export function parseSource(text: string): string | null {
  const f = labelledFields(text).find((x) => SOURCE_LABELS.includes(x.label) && x.value);
  if (f) return f.value.split(SOURCE_END)[0]!.trim() || null;
  const en = /\bSource\s*:\s*([^|\n]{2,80})/.exec(text);
  return en ? en[1]!.trim() : null;
}

/** Whether the text carries a date label (发布时间：, Published …). */
export const DATE_LABEL_RE = new RegExp(
  `(?:${DATE_LABELS.join('|')})\\s*[:：]|\\b(?:Published|Posted|Publication Date|Date|Released|Updated|Last update|Last updated|Issued|For immediate release)\\b\\s*(?:on)?\\s*:?`,
  'iu',
);
