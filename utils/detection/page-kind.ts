/**
 * Pages on university hosts that hold prose and dates but are not articles: homes and lists, personal pages,
 * forum and mailing-list archives, course and programme pages, error pages. Each test reads only the address
 * or a short window of text.
 */

const LIST_PATH =
  /^\/?(?:$|index\.s?html?$|main\.(?:html?|[jp]sp)$|default\.aspx?$|(?:.*\/)?list\d*\.(?:html?|[jp]sp)$|(?:.*\/)?index\d*\.html?$)/;

/** The parts of an address detection reads: a URL, or the page's own `location` (no URL to build). */
export type PageAddress = Pick<URL, 'hostname' | 'pathname' | 'search'>;

// A personal web space: /~name, or a host that gives staff their own (faculty-staff.ou.edu, people.….edu, homepages.…).
// Read on host + path: a host never holds "/~".
const PERSONAL = /^(?:people|faculty(?:-staff)?|homepages?|users)\.|\/~/;

/** Why the address alone says "not an article", or null. */
export function notArticleAddress(u: PageAddress): string | null {
  if (LIST_PATH.test(u.pathname.toLowerCase()) && !u.search) return 'home or list';
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
