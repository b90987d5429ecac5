/**
 * Pages on university hosts that hold prose and dates but are not articles: homes and lists, personal pages,
 * forum and mailing-list archives, course and programme pages, error pages, a site's search results, events and
 * policies, a college site's standing columns. Each test reads only the address or a short window of text.
 */

const LIST_PATH =
  /^\/?(?:$|index\.s?html?$|main\.(?:html?|[jp]sp)$|default\.aspx?$|(?:.*\/)?list\d*\.(?:html?|[jp]sp)$|(?:.*\/)?index\d*\.html?$)/;

// A section's own page, its address ending at the section's name: /hk/events/, /en/events.html, /news (session 46,
// R100, R103: events calendars), each folder before it a word; a story's address goes on to its slug or id, or
// dates its folders (/daily/2001/01/18/news/).
const SECTION_PATH =
  /^(?:\/[a-z][a-z-]*)*\/(?:news|events?|calendar|whats-on|announcements|notices|newsroom|press-releases|media-releases|stories)(?:\/|\.s?html?|\.aspx?|\.php)?$/;

/**
 * No query, or only a list's filters: a section filtered by month, category or page is still the section (/events?
 * category=all&month=2024-03, Calvin's month view; session 56, R191). A story is asked for by its id.
 */
const LIST_FILTERS = /^(?:\?(?:(?:category|cat|month|year|date|page|tag|type|view|topic)=[^&]*(?:&|$))+)?$/i;

/** The parts of an address detection reads: a URL, or the page's own `location` (no URL to build). */
export type PageAddress = Pick<URL, 'hostname' | 'pathname' | 'search'>;

// A personal web space: /~name, or a host that gives staff their own (faculty-staff.ou.edu, people.….edu, homepages.…;
// Chinese universities' teacher.…, scholar.…: teacher.nwpu.edu.cn; session 56, R193). Read on host + path: a host
// never holds "/~".
const PERSONAL = /^(?:people|faculty(?:-staff)?|homepages?|users|teachers?|scholars?)\.|\/~/;

/** The reason a site's search page gives: the clip refuses it too (extract-article.ts). */
export const SEARCH = 'search results';

// A site's search: a /search path (search.jsp, /was5/web/search, 博达's ssjgy.jsp), or a search word in the query
// (q, query, keyword(s), wd, searchword, kw; WordPress's s, Drupal's keys and search_api_fulltext) on a page that
// is no article's own: an article's file names its id (7001.htm), and a value with a "/" is a path (Drupal's
// ?q=node/12), so an article reached from the site's search with ?keyword=… kept on its address, or carrying
// tracking parameters (utm_source, from, spm), is not refused. A value of digits alone is an id, not a word: Taiwan's
// news template addresses its stories News_Content.aspx?n=1158&sms=11923&s=87412 (session 46, R103).
const SEARCH_PATH = /\/(?:search(?:results?)?|ssjgy?)(?:[./]|$)/;
const SEARCH_WORD =
  /(?:^|&)(?:q|query|keywords?|wd|searchword|kw|s|keys|search_api_fulltext)=(?![^&]*(?:\/|%2f))(?!\d+(?:&|$))[^&]/;

/** Why the address alone says "not an article", or null. */
export function notArticleAddress(u: PageAddress): string | null {
  const path = u.pathname.toLowerCase();
  if (SEARCH_PATH.test(path) || (SEARCH_WORD.test(u.search.slice(1).toLowerCase()) && !/\d[^/]*$/.test(path)))
    return SEARCH;
  // A story's own folder holds its index.html (/press-releases/2025/sfu-students-win-gold/index.html; session 50, R138),
  // a folder named by its date too (/press-releases/2025/20250703/index.html; session 54, R173), or by its date and
  // time run into an id (/News_…/20240719152233117856/index.htm; session 55, R185).
  const storyFolder = /\/(?:[a-z0-9]+(?:-[a-z0-9]+){2,}|(?:19|20)\d{6}(?:\d{4,12})?)\/index\d*\.html?$/.test(path);
  if ((LIST_PATH.test(path) || SECTION_PATH.test(path)) && LIST_FILTERS.test(u.search) && !storyFolder)
    return 'home or list';
  if (PERSONAL.test(u.hostname + u.pathname)) return 'personal page';
  return null;
}

// A <title> naming only a newsletter's issue ("NFAPP's Newsletter October 1997", "… Bulletin, Vol. 3 No. 2"): the
// issue's own page, a table of contents or several stories in one; its articles' <title>s add their headlines.
// document.title is trimmed, its spaces collapsed.
const ISSUE_TITLE = /^(?:\S+ ){0,2}(?:newsletter|bulletin)\W*(?:[a-z]+ (?:19|20)\d\d|(?:vol|no|issue)\b.*)$/;

// A message of a forum or mailing-list archive answers another: "Re: housing question".
const REPLY_TITLE = /^re:\s/;
// A course's own page opens its <title> with the course code ("CS 101: Introduction to Programming", "ECON 2010 -
// …"); a year is not a code ("FY 2024 Budget"), and a code is capitals ("Top 100 Innovators" is a headline).
const COURSE_TITLE = /^[A-Z]{2,5} ?(?!(?:19|20)\d\d\b)\d{3,4}[a-z]?\b/;

// A column's archive for a month or year ("Events – May 2024", "News Archive | 2023", "Press Releases: March 2024"):
// the column's name, then only the period (session 38, R32).
const ARCHIVE_TITLE =
  /^(?:events?|news|calendar|archives?|news archive|press releases?|announcements|stories)\s*[-–—:|]?\s*(?:[A-Za-z]+\.?\s+)?(?:19|20)\d\d(?:\s*$|\s+[-–—|:])/i;

// An events calendar's own page opens its <title> with the calendar's name alone, in the languages university sites
// print ("Calendrier des événements – Octobre 2025 | UQAM", "Agenda — Universiteit Gent", "Events Calendar | …"): a
// story about a calendar has a headline of its own first (session 44, R80, R82).
const CALENDAR_TITLE =
  /^(?:(?:(?:academic|university|campus|events?)\s+)?calendar(?:\s+of\s+events)?|agenda|calendrier(?:\s+des\s+(?:événements|activités))?|(?:evenementen|veranstaltungs|termin)?kalender|veranstaltungen|calendario(?:\s+(?:de\s+eventos|degli\s+eventi|eventi|académico|accademico))?|calendário(?:\s+de\s+eventos)?|活动日历|校历|行事曆|行事历)$/;

// A degree programme's own page opens its <title> with the degree alone ("Bachelor of Nursing - Study - …", "Master
// of Public Health (MPH) | …", "BSc (Hons) Computer Science"): a few capitalised words, no sentence ("Bachelor of
// Nursing students win award" is a headline; session 38, R31). South Asia's BS, BBA, BTech too (session 52, R150).
const DEGREE_TITLE =
  /^(?:(?:Bachelor|Master|Doctor)s? of|(?:BSc|MSc|BS|MS|BA|MA|BEng|MEng|BTech|MTech|MBA|BBA|BCom|MPhil|MPH|BFA|MFA|LLB|LLM|BEd|MEd|PhD)(?: \(Hons\))?(?: in)?)(?: (?:[A-Z][\w'’&-]*|of|in|and|the|with|for|&|\([A-Za-z ]+\)))+$/;

// A search page's <title> or heading names it: "搜索结果-…新闻网", "“校园”的搜索结果（共 128 条）", "Search Results |
// …", "Results for “lab”", WordPress's "You searched for robotics". As one part of the title (between separators, or after 的 or a quoted word) and not
// mid-sentence, so a story about search results ("Study finds bias in search results") stays an article.
const SEARCH_TITLE =
  /(?:^|[|\-–—_·:：»(（【[”"']\s*|的)(?:站内|全文)?(?:搜索结果|搜尋結果|检索结果|檢索結果|search results?)\s*(?:$|[|\-–—_·:：«(（【[]|for\b|共)|^results for\s*[:“"'‘«]|^you searched for\b/;

/** Whether a <title> or a headline names a site's search results. */
export const searchTitle = (text: string): boolean => SEARCH_TITLE.test(text.toLowerCase());

/** Whether a page is a site's search, by its address (null when it has none) or its <title> or headline. */
export const searchPage = (u: PageAddress | null, titles: string[]): boolean =>
  (!!u && notArticleAddress(u) === SEARCH) || titles.some(searchTitle);

/** The reason a college site's standing page gives (a staff profile, a programme, the college's description). */
export const STANDING = 'standing column';

/** The parts of a <title> between separators ("Headline - Site"), longest first: where to look for the headline. */
export function titleParts(title: string): string[] {
  return title
    .split(/\s+[-|_–—:]\s+|[|_｜—–]/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 4)
    .sort((a, b) => b.length - a.length);
}

/** A <title>'s first part, before its first separator: a page's own name, when it prints one first. */
const firstPart = (title: string): string => title.split(/\s+[-|–—:]\s+|[|｜_]/)[0]!.trim();

/** Why the page's text says "not an article", or null. */
export function notArticleText(doc: Document): string | null {
  return notArticleTitle(doc.title);
}

/** The same, from the <title> alone: the background reads it off the tab, before deciding to inject anything. */
export function notArticleTitle(text: string): string | null {
  const title = text.toLowerCase();
  if (/\b(?:page|file) not found\b|\b404\b|页面不存在|頁面不存在|找不到/.test(title)) return 'error page';
  if (ISSUE_TITLE.test(title)) return 'issue page';
  if (REPLY_TITLE.test(title)) return 'forum';
  if (COURSE_TITLE.test(text)) return 'course page';
  if (ARCHIVE_TITLE.test(text)) return 'archive';
  if (CALENDAR_TITLE.test(firstPart(title))) return 'calendar';
  if (DEGREE_TITLE.test(firstPart(text))) return 'degree page';
  if (searchTitle(text)) return SEARCH;
  if (standingTitle(titleParts(text))) return STANDING;
  return null;
}

/** A research paper: an abstract, then a numbered introduction, at the top of the text (journals, proceedings). */
export const PAPER = /\babstract\b.*\b(?:1|i)\.? ?introduction/;

const EVENT_WORD = '(time|location|venue|where|when|register|registration|deadline|cost|fee)';
// So does an event's time of day from and to ("6:00 – 9:00 p.m.", "14:00-16:00"), which a story's dateline never
// prints (session 38, R30; the calendar's "Add to calendar" button is a link, which the walk leaves out).
const EVENT_LABEL = /* @__PURE__ */ new RegExp(
  `\\b${EVENT_WORD}\\s*:|(?<![\\d:])\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*[–—-]\\s*\\d{1,2}:\\d{2}\\s*(?:([ap])\\.?m\\.?)?(?![\\d:])`,
  'g',
);
const EVENT_KEY = /* @__PURE__ */ new RegExp(`^${EVENT_WORD}:?$`);

/** Events a calendar page lists by their times of day (see labelsAnEvent). */
const MIN_LISTED_EVENTS = 2;

/**
 * An event's announcement (a talk, a conference, a workshop, a deadline): the text by its headline labels the
 * event's time, place, registration or fee. Its date is the event's, not a publication's, and news stories tell
 * these in sentences. Read on the walk's lead-in, lower-cased (session 23: check detection 82/87 → 83/87). Two
 * different labels (Time: and Location:, When: and Where:): one alone is no evidence, as English pages of Chinese
 * universities print "Time: 2024-05-12" or "Release time: …" as their publication stamp.
 */
export function labelsAnEvent(lead: string, keys: string[] = [], top = ''): boolean {
  const seen = new Set<string>();
  const add = (label: string) => seen.add(label.startsWith('regist') ? 'register' : label);
  let ranges = 0;
  for (const m of lead.matchAll(EVENT_LABEL)) add(m[1] ?? (++ranges, 'time range'));
  // Two times of day from and to are a calendar's list of events (session 41, R52, R54): a story tells none. The
  // top of the page counts them too, as a calendar's lead-in may hold only its first event (session 43, R68).
  if (ranges < MIN_LISTED_EVENTS && top) ranges = timeRanges(top);
  if (ranges >= MIN_LISTED_EVENTS) return true;
  // The same labels as a key–value list's keys (<dt>Venue</dt><dd>…</dd>), which print no colon.
  for (const k of keys) {
    const m = EVENT_KEY.exec(k);
    if (m) add(m[1]!);
  }
  return seen.size >= 2;
}

/** How many times of day from and to the text prints. */
function timeRanges(text: string): number {
  let n = 0;
  for (const m of text.matchAll(EVENT_LABEL)) if (m[1] === undefined) n++;
  return n;
}

// The fields a university policy library prints over each policy (Responsible Office, Originally Issued, Last Full
// Review, Effective Date, Policy Owner …): the dates there are the policy's issue and reviews, not a publication.
const POLICY_LABEL =
  /\b(responsible (?:office|executive|unit|officer|party)|policy (?:owner|number|volume|contact|steward)|originally issued|issuing office|(?:last|next) (?:full )?review(?: date)?|effective date|approved by|approval date)\b/g;

/** A policy's own page: two of a policy library's fields by its headline, as labels or as keys. */
export function labelsAPolicy(lead: string, keys: string[] = []): boolean {
  const seen = new Set<string>();
  for (const m of `${lead} | ${keys.join(' | ')}`.matchAll(POLICY_LABEL)) seen.add(m[1]!);
  return seen.size >= 2;
}

// Columns of a Chinese college site that hold its standing pages, not news: staff profiles (师资队伍 > 教授),
// programmes (专业介绍, 培养方案), the college's own description (学院概况, 机构设置), rules, contacts and a library's reader
// services (读者服务; session 62, R259), a college's page per major under 专业建设 (round 58, R317). Every page of
// a 博达/WebPlus site prints 发布时间 and 点击, so on these columns a labelled date is no evidence of news.
const STANDING_COLUMN =
  /师资|教师队伍|教授|导师|研究员|专家学者|人才队伍|教职工|專任教師|專業介紹|专业介绍|专业设置|专业简介|专业建设|專業建設|培养方案|课程设置|学院概况|学院简介|学校概况|学校简介|学院簡介|學院概況|學院簡介|學校概況|本院概况|中心概况|中心简介|机构设置|组织机构|機構設置|組織架構|现任领导|领导班子|历史沿革|规章制度|規章制度|管理制度|办事指南|服务指南|读者服务|讀者服務|表格下载|联系我们|联系方式|聯絡我們|聯繫我們/;
// A news or notice column anywhere in the breadcrumb makes its pages pieces published at a point in time, whatever
// else the path names (本科生教育 > 通知公告: a notice is an article; so is 师资队伍 > 人才招聘's job notice).
const NEWS_COLUMN =
  /新闻|招聘|新聞|要闻|要聞|动态|動態|通知|公告|通告|公示|快讯|快訊|资讯|資訊|媒体|媒體|报道|報道|報導|消息|活动|活動|讲座|講座|简报|簡報|聚焦|头条|頭條|焦点|焦點|学术|學術|会议|會議/;

/** The breadcrumb names a standing column (staff, programmes, about, rules, contacts) and no news or notice column. */
export function standingColumn(trail: string): boolean {
  return STANDING_COLUMN.test(trail) && !NEWS_COLUMN.test(trail);
}

// A <title> part that is a standing column's name and nothing more (DedeCMS's "标题_师资队伍_学院", PHPCMS's
// "标题 - 联系我们 - 学院"): a headline that only mentions one ("我校教授获奖") is longer.
const STANDING_PART = /* @__PURE__ */ new RegExp(`^(?:${STANDING_COLUMN.source})\\S{0,2}$`);

/** One of the <title>'s parts (titleParts) names a standing column, and none a news one. */
export function standingTitle(parts: string[]): boolean {
  return parts.some((p) => STANDING_PART.test(p)) && !parts.some((p) => NEWS_COLUMN.test(p));
}

/**
 * The breadcrumb in a run of text before the headline (the quick verdict's window: links and separators run
 * together, "当前位置：首页>师资队伍>正文"): from its last label or home link, or '' when none is there.
 */
export function trailBefore(text: string): string {
  const at = Math.max(text.lastIndexOf('位置'), text.search(/(?:首页|首頁|主页|主頁)\s*[>»›→＞]/));
  if (at < 0) return '';
  // It ends at 正文 ("this article") where it prints one: a side menu may follow it, before the headline.
  const end = text.indexOf('正文', at);
  return text.slice(at, end < 0 ? undefined : end);
}
