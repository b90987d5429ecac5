/** Dates an article's address names: a day (/2021/04/08/, …_22-04-2024/) or, failing that, a month (/2003/04/). */
import { MONTH_NAME, monthNumber } from '../model/months';

// Session 19: /2024/may/12/ (news sites name the month), /20240512.html (a file named by its day). The day is a
// segment of its own: /2024/june/6-million-scholarship-… opens a slug with a count (session 52, R155).
const URL_MONTH_NAME = new RegExp(`/((?:19|20)\\d{2})/(${MONTH_NAME})[a-z]*/(\\d{1,2})(?=[/.]|$)`, 'i');

/**
 * A date in the URL path: /2024/0315/, /2024/0318_slug.html (round 58, R318), /2022-11-03-, /2021/04/08/,
 * /20210408/, /20210408.html, /t20210408_ (the TRS CMS of Chinese sites), /2021/apr/08/.
 */
export function urlDate(url: string): string | null {
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  })();
  const m =
    /\/((?:19|20)\d{2})\/(\d{2})(\d{2})(?=[/_.-])/.exec(path) ??
    /\/((?:19|20)\d{2})[-/_](\d{1,2})[-/_](\d{1,2})(?=[-/_.]|$)/.exec(path) ??
    /\/t?((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-])/.exec(path) ??
    URL_MONTH_NAME.exec(path) ??
    dayFirstSlug(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), /^\d+$/.test(m[2]!) ? Number(m[2]) : monthNumber(m[2]!), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A slug ending in its day, month and year (…/2024/04/er_nursing_grant_22-04-2024/story.html; session 46, R101), as
 * [_, year, month, day]; where the path names a year and month too, they must agree.
 */
function dayFirstSlug(path: string): string[] | null {
  const m = /[_-](\d{2})-(\d{2})-((?:19|20)\d{2})(?=[/_.]|$)/.exec(path);
  if (!m) return null;
  const folder = /\/((?:19|20)\d{2})\/(\d{2})\//.exec(path);
  if (folder && (folder[1] !== m[3] || folder[2] !== m[2])) return null;
  return [m[0], m[3]!, m[2]!, m[1]!];
}

/** A year and month in the URL path with no day: /2003/04/, /news/2003-04-story. */
export function urlMonth(url: string, now: Date): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* not a URL: read it as a path */
  }
  const m = /\/((?:19|20)\d{2})[/_-](0[1-9]|1[0-2])(?=[/_-]|$)/.exec(path);
  if (!m || Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) > now.getTime()) return null;
  return `${m[1]}-${m[2]}`;
}
