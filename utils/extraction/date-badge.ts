/**
 * A date printed as a badge beside the headline, the day set apart from the year and month (VSB and WebPlus news
 * templates: a large "22" over a small "2024.10", or "2024-10" over "22"): no date parser reads the two blocks as one.
 */

const DAY_FIRST = /^\s*(\d{1,2})\s+((?:19|20)\d{2})[.\-/](\d{1,2})(?![\d.\-/:])/;
const DAY_LAST = /^\s*((?:19|20)\d{2})[.\-/](\d{1,2})\s+(\d{1,2})(?![\d.\-/:年月日])/;

/** The ISO day a badge opening `text` names, or null. */
export function dayBadge(text: string): string | null {
  const first = DAY_FIRST.exec(text);
  const last = first ? null : DAY_LAST.exec(text);
  const [day, year, month] = first
    ? [first[1]!, first[2]!, first[3]!]
    : last
      ? [last[3]!, last[1]!, last[2]!]
      : ['', '', ''];
  if (!year || +month < 1 || +month > 12 || +day < 1 || +day > 31) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
