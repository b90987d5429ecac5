/**
 * Is this page one university news article? Runs on every matching page load, so it reads only what is
 * cheap: the address, a few meta tags, one walk over the text, and short windows of it. An article is a piece
 * published at a point in time: it holds prose outside links, prints when it was published (a labelled or
 * plain date by its headline, an issue line, a view counter, schema.org or Open Graph metadata, a dated
 * address, a "Posted on …" line after its body), and is not a home, list, personal, forum, course, event, policy
 * or error page, nor a college site's standing page (a staff profile, a programme, the college's description).
 */
import { asciiDigits } from '../model/digits';
import {
  AGENCY_DATELINE,
  fromMinguo,
  hasReleaseDateline,
  hasFullDate,
  hasIssueDate,
  hasLabelledDate,
  PUBLICATION_LABEL,
  urlHasDate,
  urlHasIssue,
  VIEW_COUNTER,
  withoutMaintenanceDates,
} from './date-clues';
import {
  labelsAnEvent,
  labelsAPolicy,
  notArticleAddress,
  notArticleText,
  PAPER,
  STANDING,
  standingColumn,
  type PageAddress,
} from './page-kind';
import { walkPage, type PageWalk } from './page-walk';
import { headlineEvidence, titleParts } from './headline-region';
import { isUniversityHost } from './university-hosts';
import { readMetadata, type MetadataFacts } from './page-metadata';
import { parseViews } from '../extraction/view-counter';
import { isColumnName } from '../extraction/column-name';
import { dayFirstMonthNumber } from '../extraction/day-first-months';
import { isUpcomingMonth } from '../model/upcoming-month';

// Tests and the protocol read the page's half from here too; the injected detector imports page-metadata.ts itself.
export { readMetadata, type MetadataFacts };

export interface Detection {
  isArticle: boolean;
  /** Why, in a few words each (shown in tests and the eval table). */
  reasons: string[];
}

const no = (reason: string): Detection => ({ isArticle: false, reasons: [reason] });

// Meta names that carry a publication date (not "date" or "last-modified", which CMSs fill with edit times).
// (article:published_time, datepublished, pubdate, publish_date, parsely-pub-date, citation_online_date, dc.date …)
const PUBLISHED_META =
  /published|pub(?:lish)?[-_]?date|citation_\w*date|^dc(?:terms)?\.(?:date(?:\.issued)?|issued|created)$|sailthru\.date/;

// A schema.org article type, alone or in a list: Article, NewsArticle, ScholarlyArticle, ReportageNewsArticle,
// BlogPosting ("@type": ["NewsArticle"] as some CMSs print it).
const LD_ARTICLE = /"@type"\s*:\s*\[?\s*"\w*(?:Article|BlogPosting)"/;

// A schema.org event type (Event, EducationEvent, SocialEvent …), alone or first in a list.
const LD_EVENT = /"@type"\s*:\s*\[?\s*"\w*Event"/;

/**
 * The page's JSON-LD describes an event (a talk, a lecture, an open day) and no article: an event page, whatever date
 * its details print by the headline (Drupal, WordPress's event plugins, Terminalfour print one on every event).
 */
export function declaresEvent(f: MetadataFacts): boolean {
  return f.ldJson.some((s) => LD_EVENT.test(s)) && !f.ldJson.some((s) => LD_ARTICLE.test(s));
}

/** The page declares itself one article: og:type article, or a schema.org article type in its JSON-LD. */
export function declaresArticle(f: MetadataFacts): boolean {
  return f.og.toLowerCase().includes('article') || f.ldJson.some((s) => LD_ARTICLE.test(s));
}

/** Metadata that says "article": og:type, a publication-date meta, schema.org datePublished or an Article type. */
export function metadataEvidence(f: MetadataFacts): string | null {
  if (f.og.toLowerCase().includes('article')) return 'og:type';
  if (f.names.some((n) => PUBLISHED_META.test(n.toLowerCase())) || f.itemprop) return 'date meta';
  if (f.time) return '<time datetime>';
  for (const s of f.ldJson) if (s.includes('"datePublished"') || LD_ARTICLE.test(s)) return 'json-ld';
  return null;
}

/** A <title> part naming the site: a university's name, with its news site's word (温州肯恩大学新闻网); lower-cased. */
const SITE_PART = /(?:大学|大學|学院|學院|university|college)(?:新闻网|新聞網|news)?$|^university of /;

/** The page's <title>, or its longest part between separators ("Headline - Site"), is printed in the text. */
function titleInText(title: string, text: string): boolean {
  const parts = titleParts(title);
  // A <title> of a column's name and the site's alone (高科新聞 - 國立高雄科技大學) names a list: a list prints both
  // over its dated items too (session 59, R214).
  if (parts.some(isColumnName) && parts.every((p) => isColumnName(p) || SITE_PART.test(p))) return false;
  return !!parts[0] && text.includes(parts[0]);
}

/** `isAcademicHost` decides which hosts are universities (the column reader, tests and eval ask here). */
export function detectArticle(
  doc: Document,
  url: string,
  now = new Date(),
  isAcademicHost: (host: string) => boolean = isUniversityHost,
): Detection {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return no('bad address');
  }
  if (!isAcademicHost(u.hostname)) return no('not a university host');
  return detectOnAcademicHost(doc, u, now);
}

/**
 * The verdict on a page already known to be on an academic host: the background injects the detector only on
 * academic hosts (the suffixes, or the granted list), so the detector ships no host list.
 */
export function detectOnAcademicHost(doc: Document, u: PageAddress, now: Date): Detection {
  const byAddress = notArticleAddress(u);
  if (byAddress) return no(byAddress);
  return detectPastAddress(doc, u, now);
}

/**
 * The same verdict once the address has passed: the background checks it off the tab before it injects the
 * detector, which calls this one and so neither ships nor compiles the address regexes on every page.
 */
export function detectPastAddress(doc: Document, u: PageAddress, now: Date): Detection {
  const byText = notArticleText(doc);
  if (byText) return no(byText);
  const quick = headlineEvidence(doc, now);
  if (quick) return { isArticle: true, reasons: [quick, 'beside the headline'] };
  return detectByWalk(doc, u, now);
}

/**
 * A date as the languages that print the day first write it, with no list of their month names: a day, one word
 * and a year ("15 de octubre de 2026", "12. januar 2022", "3 maggio 2021", "12 мая 2024"), day/month/year
 * (15/10/2026), or spaced day. month. year (Objavljeno: 10. 4. 2024; session 62, R260). Judged in the background
 * from the text the detector already sent: the injected detector neither grows nor compiles more per page.
 */
const DAY_FIRST_DATE =
  /(?<![\d./])(?:0?[1-9]|[12]\d|3[01])(?:\.?\s+(?:de\s+)?(\p{L}[\p{L}\p{M}]{2,11})\.?,?\s+(?:de\s+)?|\/(?:0?[1-9]|1[0-2])\/|\.\s+(?:0?[1-9]|1[0-2])\.\s+)((?:19|20)\d{2})(?![\d/])/u;

function dayFirstDate(text: string, now: Date): boolean {
  // Any script's digits and vowel signs (दिनांक : १५ जानेवारी २०२४; session 64, R286).
  const m = DAY_FIRST_DATE.exec(asciiDigits(text));
  const y = Number(m?.[2] ?? 0);
  // A word in Latin letters is a month the date reader knows: a profile's counts run into a year are no date ("3
  // projects 2013 first year of research output", a Pure portal's person page; session 56, R189).
  const word = m?.[1];
  if (word && /^\p{Script=Latin}+$/u.test(word) && !dayFirstMonthNumber(word)) return false;
  return y >= 1990 && y <= now.getUTCFullYear() && !isUpcomingMonth(text, m!.index, m!.index + m![0].length);
}

/** The verdict from one walk over the page: for the pages the headline's region does not settle. */
export function detectByWalk(doc: Document, u: PageAddress, now: Date): Detection {
  return judgeWalk(walkPage(doc, now), doc.title, () => readMetadata(doc), u, now);
}

/**
 * Prose a page that declares itself an article must still hold to be one among more link text (three short
 * paragraphs): wire stories and sports briefs on today's portals hold 380-480 characters under heavy menus
 * (session 20: 500 refused them; two paragraphs, a teaser or a video page, stay refused).
 */
const DECLARED_PROSE = 300;

/**
 * The same verdict from the walk's findings, the page's <title> and its metadata (read only when needed): the
 * background judges what the injected detector read, with its regexes compiled once for every page.
 */
export function judgeWalk(
  page: PageWalk,
  docTitle: string,
  metadata: () => MetadataFacts,
  u: Pick<PageAddress, 'pathname' | 'hostname'>,
  now: Date,
): Detection {
  let facts: MetadataFacts | undefined;
  const meta = () => (facts ??= metadata());
  if (page.prose < 200) return no('little prose');
  // Today's news pages print more link text (menus, related stories, footers) than article: one that declares
  // itself an article (og:type, schema.org type) and holds a few paragraphs is judged on, not refused.
  if (page.linked > page.prose * 1.5 && !(page.prose >= DECLARED_PROSE && declaresArticle(meta())))
    return no('mostly links');
  if (page.forum()) return no('forum');
  if (PAPER.test(page.top)) return no('paper');
  // A college site's standing page (a staff profile, a programme, the college's description) prints the same 发布时间
  // and 点击 as its news: the breadcrumb's column says which it is.
  if (standingColumn(page.trail())) return no(STANDING);

  // Taiwan's pages print the year of 民國 (發布日期：114-07-28): read as the year it is (session 46, R103).
  const taiwan = u.hostname.endsWith('.tw');
  const lead = withoutMaintenanceDates(taiwan ? fromMinguo(page.leadIn) : page.leadIn);
  const top = taiwan ? fromMinguo(page.top) : page.top;
  const title = docTitle.toLowerCase();
  // A view counter, or a date beside the headline that <title> names, is an article whatever its sidebars list
  // (a list prints a labelled date under every item, so the label alone is not enough).
  // The meta line under a headline near the top of the page counts too, when <title> names that headline.
  const near = titleInText(title, top) ? `${lead} | ${withoutMaintenanceDates(top)}` : lead;
  const labelled = hasLabelledDate(near, now) ? 'labelled date' : VIEW_COUNTER.test(near) ? 'view counter' : null;
  const datedHeadline =
    labelled === 'view counter' || ((!!labelled || hasFullDate(lead, now)) && titleInText(title, near));
  if (!datedHeadline && (page.dateLines() >= 5 || page.pager())) return no('a list');
  // An event's labels (When:, Venue:, Registration: …, or a list's keys) by its headline: a date there is the
  // event's. A publication label's date or a view counter still makes it an article (a news story about the event);
  // a bare "Date:" does not (an event's list prints one).
  const published = labelled === 'view counter' || (!!labelled && hasLabelledDate(near, now, PUBLICATION_LABEL));
  if (!published && (labelsAnEvent(lead, page.keys, page.top) || declaresEvent(meta()))) return no('event page');
  // A policy library's fields (Responsible Office, Originally Issued, Last Full Review): its dates are the policy's.
  if (labelsAPolicy(lead, page.keys)) return no('policy page');
  const evidence =
    labelled ??
    metadataEvidence(meta()) ??
    // A counter in any language the extraction reads (조회수 1,234, Просмотров: 57): evidence, but only past the list
    // test, where the strict label above is not needed: a Korean board prints 조회 as a column over its rows' counts.
    (parseViews(near) !== null ? 'view counter' : null) ??
    (hasFullDate(lead, now) || dayFirstDate(lead, now) ? 'date by headline' : null) ??
    (AGENCY_DATELINE.test(lead) ? 'agency dateline' : null) ??
    // By the headline <title> names (before a colon: "Headline: The University of …" titles USP's pages).
    ((near !== lead || titleInText(title.split(/:\s/)[0]!, top)) && hasReleaseDateline(top, now)
      ? 'release dateline'
      : null) ??
    (urlHasDate(u.pathname) ? 'date in url' : null) ??
    (hasIssueDate(`${lead} | ${title}`, now, page.top) ? 'issue line' : null) ??
    (urlHasIssue(u.pathname) ? 'issue in url' : null) ??
    // Blog and news templates (Terminalfour, WordPress, Drupal) print "Posted on 23 January 2024" after the body, as
    // the clip reads it: a publication label there counts, once (a list prints one per item; "Last updated" never).
    (page.closingDate(taiwan ? fromMinguo : undefined) ? 'publication line after the body' : null);
  if (!evidence) return no('no date');
  return { isArticle: true, reasons: [evidence] };
}
