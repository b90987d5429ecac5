/**
 * A date printed as a badge beside the headline, the day set apart from the year and month (VSB and WebPlus news
 * templates: a large "22" over a small "2024.10", or "2024-10" over "22"; WordPress's "22 3月 2024"): no date parser
 * reads the blocks as one.
 */

const DAY_FIRST = /^\s*(\d{1,2})\s+((?:19|20)\d{2})[.\-/](\d{1,2})(?![\d.\-/:])/;
const DAY_MONTH = /^\s*(\d{1,2})\s+(\d{1,2})月\s+((?:19|20)\d{2})(?!\d)/;
const DAY_LAST = /^\s*((?:19|20)\d{2})[.\-/](\d{1,2})\s+(\d{1,2})(?![\d.\-/:年月日])/;

/** A publication label over the badge (<dt>发布时间</dt><dd>21</dd><dd>2024-05</dd>; session 62, R261). */
const LABEL = /^\s*(?:发布时间|发布日期|發佈日期|發布日期|日期)\s*[:：]?/u;

function badgeMatch(labelled: string): { iso: string; end: number } | null {
  const label = LABEL.exec(labelled)?.[0].length ?? 0;
  const text = labelled.slice(label);
  const dm = DAY_MONTH.exec(text);
  const first = dm ? [dm[0], dm[1], dm[3], dm[2]] : DAY_FIRST.exec(text);
  const last = first ? null : DAY_LAST.exec(text);
  const [day, year, month] = first
    ? [first[1]!, first[2]!, first[3]!]
    : last
      ? [last[3]!, last[1]!, last[2]!]
      : ['', '', ''];
  if (!year || +month < 1 || +month > 12 || +day < 1 || +day > 31) return null;
  return { iso: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, end: label + (first ?? last)![0]!.length };
}

/** The ISO day a badge opening `text` names, or null. */
export const dayBadge = (text: string): string | null => badgeMatch(text)?.iso ?? null;

/** The ISO day a badge ending `text` names: printed over the headline ("22 3月 2024", then the <h1>). */
export function dayBadgeBefore(text: string): string | null {
  // A share bar's label may stand between the badge and the headline (18 | 2024-07, then 分享到; session 60, R235).
  const tail = text.replace(/\s*(?:分享到|分享|Share(?:\s+this)?)\s*[:：]?\s*$/iu, '').slice(-24);
  for (let i = 0; i < tail.length; i++) {
    if (i > 0 && !/\s/.test(tail[i - 1]!)) continue;
    const m = badgeMatch(tail.slice(i));
    if (m && !tail.slice(i + m.end).trim()) return m.iso;
  }
  return null;
}
