/**
 * Is this page one university news article? Runs on every matching page load, so it reads only what is
 * cheap: the address, a few meta tags, one walk over the text, and short windows of it. An article is a piece
 * published at a point in time: it holds prose outside links, prints when it was published (a labelled or
 * plain date by its headline, an issue line, a view counter, schema.org or Open Graph metadata, a dated
 * address), and is not a home, list, personal, forum, course or error page.
 */
import {
  hasFullDate,
  hasIssueDate,
  hasLabelledDate,
  urlHasDate,
  urlHasIssue,
  VIEW_COUNTER,
  withoutMaintenanceDates,
} from './date-clues';
import { notArticleAddress, notArticleText, type PageAddress } from './page-kind';
import { walkPage } from './page-walk';
import { headlineEvidence, titleParts } from './headline-region';
import { isUniversityHost } from './university-hosts';

export interface Detection {
  isArticle: boolean;
  /** Why, in a few words each (shown in tests and the eval table). */
  reasons: string[];
}

const no = (reason: string): Detection => ({ isArticle: false, reasons: [reason] });

// Meta names that carry a publication date (not "date" or "last-modified", which CMSs fill with edit times).
const PUBLISHED_META =
  /^(?:(?:article:|og:)?published_time|pub(?:lish)?date|publish[-_]date|datepublished|citation_(?:publication_|online_)?date|dc\.date(?:\.issued)?|dcterms\.(?:issued|created|date)|parsely-pub-date|sailthru\.date|article\.published)$/;

/** Metadata that says "article": og:type, a publication-date meta, schema.org datePublished or an Article type. */
function articleMetadata(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (og.toLowerCase().includes('article')) return 'og:type article';
  const metas = [...(doc.head?.querySelectorAll('meta[content]') ?? [])];
  const named = (m: Element) => m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop');
  if (
    metas.some((m) => PUBLISHED_META.test((named(m) ?? '').toLowerCase())) ||
    doc.querySelector('[itemprop="datePublished"]')
  )
    return 'publication date in metadata';
  // A <time> in a link or list item dates another page; one in the text dates this one.
  const time = [...doc.querySelectorAll('time[datetime]')].find((t) => !t.closest('a, li, nav, aside, footer'));
  if (time) return '<time datetime>';
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]'))
    if (/"datePublished"|"@type"\s*:\s*"(?:News|Scholarly)?Article"/.test(s.textContent ?? ''))
      return 'schema.org article';
  return null;
}

/** The page's <title>, or its longest part between separators ("Headline - Site"), is printed in the text. */
function titleInText(title: string, text: string): boolean {
  const part = titleParts(title)[0];
  return !!part && text.includes(part);
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
 * The verdict on a page already known to be on an academic host. The content script calls this one: it is
 * injected only on academic hosts (static match patterns, or the list the background registers), so it ships no
 * host list.
 */
export function detectOnAcademicHost(doc: Document, u: PageAddress, now: Date): Detection {
  const byAddress = notArticleAddress(u);
  if (byAddress) return no(byAddress);
  const byText = notArticleText(doc);
  if (byText) return no(byText);
  const quick = headlineEvidence(doc, now);
  if (quick) return { isArticle: true, reasons: [quick, 'beside the headline'] };
  return detectByWalk(doc, u, now);
}

/** The verdict from one walk over the page: for the pages the headline's region does not settle. */
export function detectByWalk(doc: Document, u: PageAddress, now: Date): Detection {
  const page = walkPage(doc, now);
  if (page.prose < 200) return no(`little prose (${page.prose})`);
  if (page.linked > page.prose * 1.5) return no('mostly links');
  if (page.forum()) return no('forum or mailing-list archive');

  const lead = withoutMaintenanceDates(page.leadIn);
  const title = doc.title.toLowerCase();
  // A view counter, or a date beside the headline that <title> names, is an article whatever its sidebars list
  // (a list prints a labelled date under every item, so the label alone is not enough).
  // The meta line under a headline near the top of the page counts too, when <title> names that headline.
  const near = titleInText(title, page.top) ? `${lead} | ${withoutMaintenanceDates(page.top)}` : lead;
  const labelled = hasLabelledDate(near, now) ? 'labelled date' : VIEW_COUNTER.test(near) ? 'view counter' : null;
  const datedHeadline =
    labelled === 'view counter' || ((!!labelled || hasFullDate(lead, now)) && titleInText(title, near));
  if (!datedHeadline && page.dateLines() >= 5) return no(`${page.dateLines()} dated lines: a list`);
  const evidence =
    labelled ??
    articleMetadata(doc) ??
    (hasFullDate(lead, now) ? 'date by the headline' : null) ??
    (urlHasDate(u.pathname) ? 'date in the address' : null) ??
    (hasIssueDate(`${lead} | ${title}`, now) ? 'issue line' : null) ??
    (urlHasIssue(u.pathname) ? 'issue in the address' : null);
  if (!evidence) return no('no publication date');
  return { isArticle: true, reasons: [evidence, `prose ${page.prose}`] };
}
