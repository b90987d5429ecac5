/**
 * Cheap tests for "a date is printed here", for detection only: no calendar arithmetic, no time zones, no ISO
 * output (clipping reads the exact date with utils/extraction). Each regex is run only on a short window.
 * Every regex here is case-sensitive and reads lower-cased text (callers lower-case their short windows once):
 * a fresh page compiles each regex on first use, and case-insensitive ones (above all with the `u` flag, which
 * folds case through ICU) cost a page load far more to compile than lower-casing a few hundred characters.
 */

import { MONTH_NAME } from '../model/months';
import { isUpcomingMonth } from '../model/upcoming-month';
import { SIGN_OFF_LABEL } from '../extraction/date-labels';

const MONTH = MONTH_NAME;
const YEAR = '((?:19|20)\\d{2})';

// A numeric date, year first: 2021-04-08, 2021/4/8, 2023年5月12日 (the form campus CMSs print).
const NUMERIC_SOURCE = `(?<!\\d)${YEAR}\\s*[-/.年]\\s*(?:0?[1-9]|1[0-2])\\s*[-/.月]\\s*(?:0?[1-9]|[12]\\d|3[01])(?!\\d)`;
/** Only the numeric form of FULL_DATE: a tenth of its cost to compile on a fresh page, tried first after a label. */
const NUMERIC_DATE = new RegExp(NUMERIC_SOURCE);

/** A full date: 2021-04-08, 2021/4/8, 2023年5月12日, April 12, 2025, 3 November 2022, 10/18/2004. */
export const FULL_DATE = new RegExp(
  NUMERIC_SOURCE +
    // Month-day and day-month share one year, so the month names (the bulk, compiled on each page load) appear once.
    // The year may run into the next word: textContent glues blocks ("April 8, 2025Paragraph", "2005Author:").
    `|\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?)\\s+${YEAR}(?!\\d)` +
    // Month or day first with slashes or dashes (10/18/2004, 25/11/2024, 05-08-2024): detection needs only a date.
    `|(?<![\\d/-])(?:0?[1-9]|[12]\\d|3[01])(?<sep>[/-])(?:0?[1-9]|[12]\\d|3[01])\\k<sep>${YEAR}(?![\\d/-])` +
    // Day first with dots, as German, Russian, Czech, Polish … sites print it: 12.05.2024, 19.2.2020.
    `|(?<![\\d.])(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.${YEAR}(?!\\.?\\d)`,
);

/** A month of a year with no day, as issues print them: "March 2001", "2003年4月". */
export const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+${YEAR}\\b|${YEAR}\\s*年\\s*(?:0?[1-9]|1[0-2])\\s*月(?!\\s*\\d)`);

/**
 * An issue line: "Volume 121, Number 11", "Vol. 6 No. 2", "Issue 14"; not a citation's, whose pages follow
 * ("vol. 59, no. 4, pp. 1021–1034": a staff profile's publication list).
 */
export const ISSUE_LINE =
  /\b(?:vol(?:ume)?\.?\s*\d+[,.]?\s*(?:no\.?|number|issue)\s*\d+|issue\s+(?:no\.?\s*)?\d+)\b(?![,:]?\s*pp?\.\s*\d)/;
/** A cited paper's quoted title and its journal before "vol." (“Energy-aware …,” IEEE Internet of Things Journal, vol. 11). */
const CITED_TITLE = /[,.][”"]\s*[^”"]{2,80}$/;
/** A citation's pages just before a month ("pp. 1021–1034, Apr. 2024"): the paper's date, not an issue's. */
const CITED_PAGES = /\bpp?\.\s*\d+\s*[-–—]\s*\d+[,.]?\s*$/;

// The labels' parts: Chinese ones with their colon; English ones that name a publication; a bare "Date".
const CJK_DATE_LABEL =
  '(?:发布|發佈|發布|发表|發表|发稿|更新|上传|上傳|刊登|出版)\\s*(?:日期|时间|時間)\\s*[:：]|(?:^|[\\s|｜])(?:日期|时间|時間)\\s*[:：]';
const NAMED_LABEL = '\\b(?:published|posted|publication date|released|for immediate release)\\b\\s*(?:on)?\\s*:?';
const BARE_LABEL = '\\bdate\\b\\s*(?:on)?\\s*:?';
/**
 * A label that introduces a publication date, in simplified and traditional Chinese and English
 * (发布时间 / 發佈日期 / 發布時間 / Published / Posted …), with its colon where campus pages print one.
 */
export const DATE_LABEL = /* @__PURE__ */ new RegExp(`${CJK_DATE_LABEL}|${NAMED_LABEL}|${BARE_LABEL}`);
const DATE_LABEL_ALL = /* @__PURE__ */ new RegExp(`${CJK_DATE_LABEL}|${NAMED_LABEL}|${BARE_LABEL}`, 'g');
/**
 * DATE_LABEL without a bare "Date:", which an event's details print too ("Date: 12 February 2025 · Time: 6pm"): the
 * labels the quick verdict trusts alone. Global, for hasLabelledDate.
 */
export const NAMED_DATE_LABEL = /* @__PURE__ */ new RegExp(`${CJK_DATE_LABEL}|${NAMED_LABEL}`, 'g');

/**
 * A label that names a publication, not a bare 日期/时间/Date (which events and tables print too), nor an edit
 * (更新时间, "Last published" as gov-style pages print it): 发布时间, 发布于, Posted on, Published, Released … Global.
 */
export const PUBLICATION_LABEL =
  /(?:发布|發佈|發布|发表|發表|发稿|刊登)\s*(?:于|於|日期|时间|時間)\s*[:：]?|(?<!last )\b(?:published|posted|publication date|released|for immediate release)\b\s*(?:on)?\s*:?/g;

/**
 * "Last updated 9 Dec 2006", "Links updated January 2002", "Last modified: …": the date a maintained page was
 * last edited, which says nothing about publication (handbooks, FAQs, support pages print it).
 */
// The keyword and what follows it, up to the next field or 40 characters: the date it introduces. "Update" alone is
// a headline's noun ("COVID-19 Update for Students"): only "last update" or "update:" introduces an edit date.
// Chinese: a page's data or its last update (資料更新日期：2024-02-15 closing a staff profile; session 50, R135); 更新
// alone is a news CMS's publication label (更新时间：…), but 更新日期 dates the standing pages of Taiwan's RPage and
// ASP.NET college sites (a library service, a staff profile; session 52, R145–R147).
const MAINTENANCE_DATE =
  /\b(?:updated|last update|update\s*:|modified|revised|reviewed|maintained)[^|]{0,40}|(?:资料|資料|最后|最後|网页|網頁|页面|頁面)更新[^|]{0,30}|更新日期[^|]{0,30}/g;

/** The text without its maintenance dates. */
export function withoutMaintenanceDates(text: string): string {
  return text.replace(MAINTENANCE_DATE, ' ');
}

/** A view counter, which news CMSs print only on articles: 浏览次数：12 / 瀏覽次數 / 點擊次數 / 阅读10544次. */
export const VIEW_COUNTER =
  /(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問)\s*(?:次数|次數|量|数|數)?\s*(?:[:：]\s*\d|\d+\s*次)|(?:views?|hits)\s*[:：]\s*\d/;

/** The year of the first date in the text, or 0. */
function yearOf(m: RegExpExecArray | null): number {
  return m ? Number(m.slice(1).find((g) => g !== undefined && /^\d{4}$/.test(g))) : 0;
}

/** The match's year is plausible: not in the future, not before the web. */
function plausible(m: RegExpExecArray | null, now: Date): boolean {
  const y = yearOf(m);
  return y >= 1990 && y <= now.getUTCFullYear();
}

/** A plausible full date is printed in the text (not in the future, not before the web). */
export function hasFullDate(text: string, now: Date): boolean {
  let rest = text;
  let m = FULL_DATE.exec(rest);
  // A course's start date or a deadline ("Start Date 8 September 2025") is passed over (session 53, R157).
  while (m && isUpcomingMonth(rest, m.index, m.index + m[0].length))
    m = FULL_DATE.exec((rest = rest.slice(m.index + m[0].length)));
  return plausible(m, now);
}

/** Dates in the years of 民國 (114-07-28, 113年5月12日, 114/7/28) written in the common era's, as Taiwan means them. */
export function fromMinguo(text: string): string {
  return text.replace(
    /(?<![\d./-])(1[01]\d)(\s*[-/.年]\s*)(\d{1,2})(\s*[-/.月]\s*)(\d{1,2})(?![\d/-])/g,
    (_, y: string, a: string, m: string, b: string, d: string) => `${Number(y) + 1911}${a}${m}${b}${d}`,
  );
}

/** A short line that is mostly one date or month ("Published 11 December 2006", "Jan 1999" over each post). */
export function isDateLine(text: string, now: Date): boolean {
  const m = FULL_DATE.exec(text) ?? MONTH_YEAR.exec(text);
  return plausible(m, now) && m![0].length >= text.length * 0.5;
}

/**
 * A plausible month-and-year or issue line is printed in the text; not a course's start month or a deadline's (a
 * degree page's "Start date September 2025" made it an article).
 */
export function hasIssueDate(text: string, now: Date, context = ''): boolean {
  for (const m of text.matchAll(new RegExp(ISSUE_LINE.source, 'g')))
    if (!CITED_TITLE.test(text.slice(Math.max(0, m.index - 100), m.index))) return true;
  const months = new RegExp(MONTH_YEAR.source, 'g');
  for (let m = months.exec(text); m; m = months.exec(text))
    if (
      !isUpcomingMonth(text, m.index, m.index + m[0].length) &&
      !upcomingIn(context, m[0]) &&
      !CITED_PAGES.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      plausible(m, now)
    )
      return true;
  return false;
}

/**
 * Whether `context` prints `month` as a course's or a deadline's: the lead-in is a slice of the page's text and may
 * begin right after the words that say so (": september 2026" of "starting: september 2026"; session 43, R76).
 */
function upcomingIn(context: string, month: string): boolean {
  for (let i = context.indexOf(month); i >= 0; i = context.indexOf(month, i + 1))
    if (isUpcomingMonth(context, i, i + month.length)) return true;
  return false;
}

/**
 * A labelled date: the label (any of DATE_LABEL's, or of `re`, a global regex), then a date within a few
 * characters. Each regex runs once per label: a second run
 * on a fresh page makes V8 compile it to machine code, which for FULL_DATE costs as much as its first run.
 */
export function hasLabelledDate(text: string, now: Date, re: RegExp = DATE_LABEL_ALL): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // A day's name may come first ("date released: fri, 12 may 2023"; round 56, R311).
    const after = text.slice(end, end + 40).replace(/^\s*[a-z]{3,9}\.?,\s*/, ' ');
    const n = NUMERIC_DATE.exec(after);
    const d = n && n.index <= 3 ? n : FULL_DATE.exec(after);
    // "Start Date 8 September 2025" on a course page labels what is to come, not a publication (session 53, R157).
    const at = end + (d?.index ?? 0);
    if (d && d.index <= 3 && plausible(d, now) && !isUpcomingMonth(text, at, at + d[0].length)) return true;
  }
  return false;
}

const URL_MONTH = new RegExp(`/(?:(?:19|20)\\d{2}/${MONTH}|${MONTH}[-_]?(?:(?:19|20)?\\d{2}))(?=/)`);
const URL_ISSUE = /\/issue[-_]?\d+\//;

/**
 * The address names an issue: a month of a year (/2005/dec/, /jul2000/, /spring_05/ is not one) or an issue
 * number (/journal/issue9/), as magazine and newsletter archives lay out their pages.
 */
export function urlHasIssue(path: string): boolean {
  const p = path.toLowerCase();
  return URL_MONTH.test(p) || URL_ISSUE.test(p) || URL_MONTH_SLUG.test(p);
}

/**
 * A story's slug right under its year and month (/stories/2025/02/sfu-researchers-map-….html, WordPress's
 * /2025/02/slug/; session 56, R192): a month's archive ends at the month, or pages on with a number.
 */
const URL_MONTH_SLUG = /\/(?:19|20)\d{2}\/(?:0[1-9]|1[0-2])\/[a-z0-9-]*[a-z][a-z0-9-]*[a-z0-9](?:\.[a-z]{3,5})?\/?$/;

/** A date in the URL path: /2024/0315/, /2022-11-03-, /2021/04/08/, /20210408/, /daily/2001/01/18/, /t20210408_. */
export function urlHasDate(path: string): boolean {
  const m =
    /\/((?:19|20)\d{2})\/(\d{2})(\d{2})(?=[/_.-])/.exec(path) ??
    /\/((?:19|20)\d{2})[-/_](\d{1,2})[-/_](\d{1,2})(?=[-/_.]|$)/.exec(path) ??
    /\/t?((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_-])/.exec(path);
  if (!m) return false;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

/**
 * A news agency's dateline opening a story (清华新闻网5月16日电, 新华社北京3月5日电): only a news story prints one,
 * and it dates it to the day though the year is left out.
 */
export const AGENCY_DATELINE =
  /(?:网|網|社|报|報|台)[\p{Script=Han}]{0,6}\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*时)?\s*[电電]/u;

/**
 * A press release's dateline opening its text (NUKUʻALOFA, 4 April 2019 – …; SUVA, March 3, 2024 — …): a place, a
 * comma, a full date and a dash. Only a story prints one (round 54, R303: under a dek and a photo's caption).
 */
const RELEASE_DATELINE =
  /(?:^|[\s|])\p{L}[\p{L}\p{Lm}'’ .-]{1,30},\s*(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})\s*[–—-]\s/u;
export function hasReleaseDateline(text: string, now: Date): boolean {
  const m = RELEASE_DATELINE.exec(text);
  return !!m && hasFullDate(m[1]!, now);
}

/**
 * A line signing a Chinese story off: a source or credit label (供稿：学院办公室) and the full date it was written
 * (2024-05-23), printed together after the text as notices and college news end.
 */
// English credits sign off too ("source: office of …", "written by: zhou yiran edited by: chen lu", lower-cased; session
// 56, R197).
const SIGNED = /* @__PURE__ */ new RegExp(
  `${SIGN_OFF_LABEL}|^source\\s*:|\\b(?:written|edited|photos?|story|text)\\s+by\\b`,
);
function isSignedDateLine(line: string, now: Date): boolean {
  return SIGNED.test(line) && hasFullDate(line, now);
}

/**
 * A date alone on the line right under a sign-off's (编辑：王琳 审核：周建华, then 2024年10月15日, each in its own
 * block after a college's story; session 50, R136), or after its label ("Date: 2024-07-09"; session 56, R197).
 */
function isDateUnderSignOff(above: string, line: string, now: Date): boolean {
  return (
    line.length <= 24 &&
    SIGNED.test(above) &&
    ((hasFullDate(line, now) && !/[:：]/.test(line)) || hasLabelledDate(line, now))
  );
}

/**
 * A labelled date on the line right above a sign-off's (日期：08/03/2024, then 攝影：鄭家豪 and 撰文：…, closing a Hong
 * Kong college's story; session 56, R189): a list prints no credits under its items' dates.
 */
function isDateAboveSignOff(line: string, below: string, now: Date): boolean {
  return line.length <= 24 && SIGNED.test(below) && hasLabelledDate(line, now);
}

/** One date line under a sign-off, or one above it, among the short lines after the text (a list prints many). */
export function dateBesideSignOff(lines: string[], now: Date): boolean {
  return (
    lines.filter((l, i) => i > 0 && isDateUnderSignOff(lines[i - 1]!, l, now)).length === 1 ||
    lines.filter((l, i) => isDateAboveSignOff(l, lines[i + 1] ?? '', now)).length === 1
  );
}

/**
 * A counter's label with its count left to a script (点击：<script>_showDynClicks(…)</script>, as 博达/VSB prints it
 * on every article; session 54, R169): the label alone ends the line.
 */
const SCRIPTED_COUNTER = /(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問)\s*(?:次数|次數|量|数|數)?\s*[:：]\s*$/;

/**
 * A short line after the text that dates it: a publication label's, a counter's labelled date, a full date beside a
 * counter's label, or a sign-off's.
 */
export function isClosingDateLine(line: string, now: Date): boolean {
  const kept = withoutMaintenanceDates(line);
  return (
    hasLabelledDate(kept, now, PUBLICATION_LABEL) ||
    (VIEW_COUNTER.test(kept) && hasLabelledDate(kept, now)) ||
    (SCRIPTED_COUNTER.test(kept) && hasFullDate(kept, now)) ||
    isSignedDateLine(kept, now)
  );
}

/** How many of the lines are date lines, counting stopped at `enough` (enough to call a page a list). */
export function countDateLines(lines: string[], now: Date, enough: number): number {
  let n = 0;
  for (let i = 0; i < lines.length && n < enough; i++) if (isDateLine(lines[i]!.toLowerCase(), now)) n++;
  return n;
}
