/**
 * Pages on university hosts that hold prose and dates but are not articles: homes and lists, personal pages,
 * forum and mailing-list archives, course and programme pages, error pages, a site's search results. Each test reads only the address
 * or a short window of text.
 */

const LIST_PATH =
  /^\/?(?:$|index\.s?html?$|main\.(?:html?|[jp]sp)$|default\.aspx?$|(?:.*\/)?list\d*\.(?:html?|[jp]sp)$|(?:.*\/)?index\d*\.html?$)/;

/** The parts of an address detection reads: a URL, or the page's own `location` (no URL to build). */
export type PageAddress = Pick<URL, 'hostname' | 'pathname' | 'search'>;

// A personal web space: /~name, or a host that gives staff their own (faculty-staff.ou.edu, people.….edu, homepages.…).
// Read on host + path: a host never holds "/~".
const PERSONAL = /^(?:people|faculty(?:-staff)?|homepages?|users)\.|\/~/;

/** The reason a site's search page gives: the clip refuses it too (extract-article.ts). */
export const SEARCH = 'search results';

// A site's search: a /search path (search.jsp, /was5/web/search, 博达's ssjgy.jsp), or a search word in the query
// (q, query, keyword(s), wd, searchword, kw; WordPress's s, Drupal's keys and search_api_fulltext) on a page that
// is no article's own: an article's file names its id (7001.htm), and a value with a "/" is a path (Drupal's
// ?q=node/12), so an article reached from the site's search with ?keyword=… kept on its address, or carrying
// tracking parameters (utm_source, from, spm), is not refused.
const SEARCH_PATH = /\/(?:search(?:results?)?|ssjgy?)(?:[./]|$)/;
const SEARCH_WORD = /(?:^|&)(?:q|query|keywords?|wd|searchword|kw|s|keys|search_api_fulltext)=(?![^&]*(?:\/|%2f))[^&]/;

/** Why the address alone says "not an article", or null. */
export function notArticleAddress(u: PageAddress): string | null {
  const path = u.pathname.toLowerCase();
  if (SEARCH_PATH.test(path) || (SEARCH_WORD.test(u.search.slice(1).toLowerCase()) && !/\d[^/]*$/.test(path)))
    return SEARCH;
  if (LIST_PATH.test(path) && !u.search) return 'home or list';
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
  if (searchTitle(text)) return SEARCH;
  return null;
}

/** A research paper: an abstract, then a numbered introduction, at the top of the text (journals, proceedings). */
export const PAPER = /\babstract\b.*\b(?:1|i)\.? ?introduction/;

const EVENT_LABEL = /\b(time|location|venue|where|when|register|registration|deadline|cost|fee)\s*:/g;

/**
 * An event's announcement (a talk, a conference, a workshop, a deadline): the text by its headline labels the
 * event's time, place, registration or fee. Its date is the event's, not a publication's, and news stories tell
 * these in sentences. Read on the walk's lead-in, lower-cased (session 23: check detection 82/87 → 83/87). Two
 * different labels (Time: and Location:, When: and Where:): one alone is no evidence, as English pages of Chinese
 * universities print "Time: 2024-05-12" or "Release time: …" as their publication stamp.
 */
export function labelsAnEvent(lead: string): boolean {
  const seen = new Set<string>();
  for (const m of lead.matchAll(EVENT_LABEL)) seen.add(m[1]!.startsWith('regist') ? 'register' : m[1]!);
  return seen.size >= 2;
}
