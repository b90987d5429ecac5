/**
 * The header block a template prints over an article's text, when Readability takes it into the body: a type label
 * ("Press release", "Pressemitteilung", 新闻稿), the date, a reading time ("Read time 4 min", "Lesezeit: 3 Min.",
 * 阅读时长), and the credits, in any order on one line ("20 October 2026 | Story Niémah Davids. Photo Lerato
 * Maduna. Read time 4 min.") or as a 校报 byline of roles and names with no colon ("记者 梁晓彤 通讯员 何嘉欣").
 * These lines repeat fields read elsewhere, or are credits: they are not the article's first paragraph.
 */
import type { BylineEntry } from '../model/article';
import { parseByline } from './meta-line';
import { TITLE_BEFORE } from './english-byline';
import { parseDate } from './parse-date';
import { ZH_DATELINE } from './headline-before-body';
import { FULL_DATE } from '../detection/date-clues';

/** A reading-time estimate, as news templates print it in English, German, French, Spanish and Chinese. */
const READ_TIME =
  /\b(?:read(?:ing)?[ -]time|lesezeit|lesedauer|temps de lecture|tiempo de lectura)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:ute)?s?|minuten|minutos)\b\.?|\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\b|(?:阅读时长|阅读时间|閱讀時長|閱讀時間|预计阅读|預計閱讀)\s*[:：]?\s*(?:约|約)?\s*\d+\s*(?:分钟|分鐘)/giu;

/** A press office's type label over its releases, alone or leading the meta line. */
const TYPE_LABEL =
  /^(?:(?:press|news|media) (?:release|statement|advisory)|pressemitteilung|presseinformation|pressemeldung|medienmitteilung|communiqué de presse|comunicado de prensa|nota de prensa|新闻稿|新聞稿)\b\s*/iu;

/** An English credit without "by" (UCT's "Story Niémah Davids. Photo Lerato Maduna."), or with it. */
const EN_CREDIT =
  /^(?:(story|words|text|reporting|photos?|photography|pictures|images?|video|illustrations?)(?:\s+and\s+\w+)?(?:\s+by)?|by)\s*:?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/iu;
const PHOTO = /^(?:photos?|photography|pictures|images?)$/i;

/** A 校报 or college byline of roles and names with no colon: "记者 梁晓彤 通讯员 何嘉欣", "文 / 张三". */
const ZH_ROLE = '(?:责任编辑|責任編輯|记者|記者|通讯员|通訊員|摄影|攝影|文字|撰稿|撰文|作者|编辑|編輯|审核|審核|文|图)';
const MARK = '(?:[■□●○◆◇▲△★☆▶►]\\s*)?';
// A dotted Uyghur or Kazakh name is longer (通讯员 阿依古丽·买买提; session 58, R212).
const ZH_NAME = '(?:\\p{Script=Han}{1,6}·\\p{Script=Han}{1,8}|[\\p{Script=Han}·]{2,4})';
const ZH_NAMES = `${ZH_NAME}(?:[\\s、，]+${ZH_NAME})*`;
// A 校报's byline may open with a typographic mark (■ 记者 孙晓霏 通讯员 杜明轩).
const ZH_CREDIT_LINE = new RegExp(`^${MARK}(?:${ZH_ROLE}(?:\\s*[:：/／]\\s*|\\s+)${ZH_NAMES}\\s*)+$`, 'u');
const ZH_ROLE_SEP = new RegExp(`(?<![\\p{Script=Han}])${ZH_ROLE}(?:\\s*[:：/／]\\s*|\\s+)`, 'gu');

const MAX_LINE = 160;

interface HeaderRead {
  byline: BylineEntry[];
  /** The line holds more than one field, or a reading time or type label: a header, not a lone byline or date. */
  several: boolean;
}

function readHeader(line: string): HeaderRead | null {
  const text = line.trim();
  if (!text || text.length > MAX_LINE) return null;
  if (ZH_CREDIT_LINE.test(text)) {
    const byline = parseByline(
      text
        .replace(new RegExp(`^${MARK}`, 'u'), '')
        .replace(ZH_ROLE_SEP, (m) => `${m.trim().replace(/[:：/／\s]+$/u, '')}：`),
    );
    return byline.length ? { byline, several: true } : null;
  }
  const rest = text.replace(READ_TIME, ' | ').replace(TYPE_LABEL, ' | ');
  const labelled = rest !== text;
  const byline: BylineEntry[] = [];
  let segments = 0;
  let unsigned = 0;
  // Segments end at a bar or bullet, or at a full stop after a word (not an initial's "J.").
  for (const segment of rest.split(/\s*[|·•;]\s*|(?<=\p{Ll}{2})\.\s+/u)) {
    const s = segment.trim().replace(/\.$/, '');
    if (!s) continue;
    segments++;
    const credit = EN_CREDIT.exec(s);
    if (credit) {
      // A title before the name is no part of it ("By Dr Angela Wong"; session 65, R296).
      const name = credit[2]!.replace(TITLE_BEFORE, '');
      byline.push({ name, role: credit[1] && PHOTO.test(credit[1]) ? 'Photo' : 'Author' });
      if (!/\bby$/i.test(s.slice(0, s.length - credit[2]!.length).replace(/[\s:]+$/, ''))) unsigned++;
      continue;
    }
    const date = parseDate(s, 'UTC', new Date(8.64e15), true) ?? parseDate(s, 'UTC', new Date(8.64e15));
    if (!date || date.length < s.length * 0.8) return null;
  }
  const several = labelled || segments >= 2;
  // "Video Shows Campus Flooding" alone is a heading: a role word without "by" is a credit beside other fields.
  if (unsigned && !several) return null;
  return { byline, several };
}

/** The credits of a header line made only of credits, dates, reading times and a type label; null for any other. */
export function headerCredits(line: string): BylineEntry[] | null {
  return readHeader(line)?.byline ?? null;
}

/**
 * A header line (see headerCredits) of more than one field, or a reading time or type label alone: a lone date or
 * "By …" line is left to the rules that read those (a byline linked to its author may open a text).
 */
export function isHeaderLine(line: string): boolean {
  return !!readHeader(line)?.several;
}

/**
 * A news site's dateline with its byline in brackets: "天大新闻网11月10日电（记者 杨帆 通讯员 崔浩）", or the 讯 lead
 * every Chinese paper and campus site prints without a date: "本网讯（通讯员 王磊）", "本报讯（记者 张敏）".
 */
// A dated 讯 too: "内蒙古大学新闻网7月15日讯（通讯员 其其格）" (session 38, R30); a long name before it (中国矿业大学新闻网讯; session 45).
const DATELINE_BYLINE = new RegExp(
  `^(?:${ZH_DATELINE}|${ZH_DATELINE.replace(/电$/u, '讯')}|\\p{Script=Han}{1,12}?讯)\\s*[（(]([^（）()]{2,60})[)）]`,
  'u',
);

/**
 * A Taiwan campus paper's lead: the reporter and the campus reported from, in brackets ("【記者林佳穎淡水校園報導】",
 * "【記者王小明、陳大同臺北校園報導】"; 淡江時報, session 44, R81). The campus is two characters and 校園, or 綜合.
 */
const CAMPUS_REPORT =
  /^【(?:本報)?(?:記者|记者)\s*(\p{Script=Han}{2,4}?(?:[、，]\p{Script=Han}{2,4}?)*)\s*(?:\p{Script=Han}{2}(?:校園|校园)|綜合|综合)(?:報導|报道)】/u;

/**
 * Taiwan's reporter line, alone over the text: the reporters, a slash and the place reported from ("陳雅婷╱桃園報導",
 * "記者王小明／台北報導"; session 55, R183), or none ("記者 黃品瑄／報導"; session 59, R220).
 */
const SLASH_REPORT =
  /^(?:本報)?(?:記者|记者)?\s*(\p{Script=Han}{2,4}(?:[、，]\p{Script=Han}{2,4})*)\s*[／/╱]\s*(?:\p{Script=Han}{2,6})?(?:報導|报道)$/u;

/** The credits in the brackets after a body's opening dateline, as a header line of credits reads them. */
export function datelineCredits(firstLine: string): BylineEntry[] {
  const line = firstLine.trim();
  // Roles run into their names there (（记者周旭东、余晓晴）, Xinhua's; session 59, R221): spaced, as a header line's are.
  const inner = DATELINE_BYLINE.exec(line)?.[1]?.replace(/\s*(记者|記者|通讯员|通訊員)\s*/gu, ' $1 ');
  if (inner) return zhCreditLine(inner);
  const names = (CAMPUS_REPORT.exec(line) ?? SLASH_REPORT.exec(line))?.[1]?.split(/[、，]/u) ?? [];
  if (names.length) return names.map((name) => ({ name, role: '記者' }));
  // An English "By" and one name alone on the text's first line (<p><em>By Abdirahman Yusuf Ahmed</em></p>; session
  // 65, R298).
  const by = BY_LINE.exec(line)?.[1]?.replace(TITLE_BEFORE, '');
  return by ? [{ name: by, role: 'Author' }] : [];
}

const BY_LINE = /^By\s+((?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3})$/u;

/** The credits of a line of Chinese roles and names alone, colons or not ("通讯员 谢雨桐 胡嘉铭"); else none. */
export function zhCreditLine(line: string): BylineEntry[] {
  // "reports" closing it is no name (【記者 張家瑜報導】, （记者 张家瑜 报道）; session 58, R208).
  const t = line.trim().replace(/\s*(?:报道|報導|报导|報道)$/u, '');
  return ZH_CREDIT_LINE.test(t) ? (headerCredits(t) ?? []) : [];
}

/**
 * A byline with the writer's office, run into its dates ("By Megan Doyle, Texas A&M School of Veterinary Medicine
 * February 10, 2025 Updated February 12, 2025"; session 43, R71): longer than a byline alone, it ends in a date.
 */
export const datedByline = (t: string): boolean =>
  t.length <= 200 &&
  /^[Bb]y\s+\p{Lu}[^!?。]+$/u.test(t) &&
  !/[.!?]\s/u.test(t) &&
  FULL_DATE.test(t.slice(-30).toLowerCase());
