/**
 * The month of a magazine's or newsletter's issue, for pages that print no day: an issue line or link beside the
 * headline ("Volume 121, Number 11 · April 2003", `<a href="/issues/may-2024">May 2024</a>`). A month that a
 * course, an intake or a deadline names ("Start date September 2025", "September 2025 intake", 开学时间：2025年9月,
 * 2025年9月入学) is not when anything was published. Split from extract-date.ts.
 */
import { foldSpace } from './dom-text';
import { parseMonth } from './parse-date';
import { MONTH_NAME } from '../model/months';
import { isUpcomingMonth } from '../model/upcoming-month';

const MONTH_AT = new RegExp(
  `\\b(?:${MONTH_NAME})\\s+(?:19|20)\\d{2}\\b|(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月`,
  'giu',
);

/** The first month of an issue in the text (as `parseMonth` reads it), passing over the months of courses and deadlines. */
export function issueMonth(text: string, now: Date): string | null {
  const re = new RegExp(MONTH_AT.source, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (isUpcomingMonth(text, m.index, end)) continue;
    const month = parseMonth(text.slice(m.index, end + 8), now);
    if (month) return month;
  }
  return null;
}

// An issue's own page: /issues/may-2024, /issue/42/, /edition/spring-2024, /ausgabe/2024-05.
const ISSUE_PATH = /\/(?:issues?|editions?|ausgaben?|hefte?)(?:[/_-]|$)/i;

/**
 * The month an issue link names when it is printed right above the headline (`before` is the text there, links
 * included): magazines link their issue's page in place of a date.
 */
export function issueLinkMonth(doc: Document, headline: Element | null, before: string, now: Date): string | null {
  if (!headline) return null;
  const tail = foldSpace(before.slice(-160));
  for (const a of doc.querySelectorAll('a[href]')) {
    if (!(a.compareDocumentPosition(headline) & 4 /* FOLLOWING */)) break;
    const path = (() => {
      try {
        return new URL(a.getAttribute('href') ?? '', 'http://x/').pathname;
      } catch {
        return '';
      }
    })();
    const text = foldSpace(a.textContent ?? '');
    if (!ISSUE_PATH.test(path) || !text || !tail.includes(text)) continue;
    const month = parseMonth(text, now);
    if (month) return month;
  }
  return null;
}
