/**
 * Reads the date formats campus pages print (Chinese and English) into the export's ISO form:
 * "2021-04-08T23:00:00+08:00" when a time is printed, "2021-04-08" when only a date is.
 */
import { asciiDigits } from '../model/digits';
import { MONTH_NAME, monthNumber as monthByName } from '../model/months';
import { DAY_FIRST_MONTH_WORDS, YEAR_FIRST_MONTH_NAME, dayFirstMonthNumber } from './day-first-months';
import { zoneOffset } from './date-zone';

export { timeZoneForHost } from './date-zone';
import { SOLAR_HIJRI_ZONES, solarHijriPatterns } from './solar-hijri';

export interface ParsedDate {
  /** ISO 8601 as the export contract wants it. */
  iso: string;
  /** Whether a time of day was printed. */
  hasTime: boolean;
  /** Index in the input where the date text starts, and its length. */
  index: number;
  length: number;
}

// The month name, captured (with its optional full stop: monthNumber reads both).
const MONTH = `(${MONTH_NAME})`;
// Session 27: a weekday in brackets may stand before the time ("2019年6月24日(月) 11:30", "（星期一）"), and Japanese
// and Korean hours end in 時 / 시 ("11時30分", "11시 30분"). Session 34: Drupal's default formats put a dash before
// the time ("Thu, 24/09/2026 - 17:30"), and WordPress themes "at" or a bar ("November 12, 2026 at 10:00 am"); a middle
// dot too ("May 14, 2024 · 10:02 a.m."; session 65, R299).
const TIME =
  '(?:\\s*(?:T|\\s*[-–—|·•]\\s*|\\s+at\\s+|,?\\s+|日\\s*|[（(]\\p{L}{1,3}[）)]\\s*)(\\d{1,2})(?:[:：时時]|시\\s*)(\\d{2})(?:[:：分](\\d{2}))?(?:\\.\\d+)?\\s*(?:(a\\.?m\\.?|p\\.?m\\.?)|(Z|(?:GMT|UTC)?[+-]\\d{2}:?\\d{2}|GMT|UTC)(?![a-z]))?)?';

// The year of a second date run into the first one's day ("…-252024-12-03").
const NEXT_YEAR = '(?:19|20)\\d{2}[-/.年]';
// Session 27: no digit after a year, unless it is the day of a next date run in ("25 November 20243 December 2024",
// "25. November 20243. Dezember 2024": published and updated dates printed together by blog templates).
const dayRunIn = (months: string) => `(?!\\d(?!\\d?\\.?\\s+(?:${months})(?!\\p{L})))`;

/**
 * A 24-hour time with its hour word, right before a date: "12:00 hs.", "12:00 h", "18.30 Uhr", "12:00 horas,". The
 * word is required: a bare "12:00" before a date may end another item (a schedule's line).
 */
const TIME_BEFORE = /(?<![\d:.])(\d{1,2})[:.](\d{2})\s*(?:hs?|hrs?|horas?|uhr|heures)\.?,?\s*$/iu;

/** Patterns in order of preference; each yields year, month, day and optional time groups. */
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  // 2021-04-08 23:00, 2021/4/8, 2021.04.08, 2023年05月12日 10:30, 2024년 5월 12일 (Korean); "2024年5月" followed by
  // "5月11日…" names no day; "2024-11-252024-12-03" (published and updated run together): a day may run into the
  // next date's year. The two separators agree: "Nr. 142/2024 - 12.09.2024" holds no 2024-12-09 (session 39, R39).
  {
    re: new RegExp(
      `(?<!\\d)((?:19|20)\\d{2})\\s*([-/.年년])\\s*(\\d{1,2})\\s*(?:\\2|[月월])\\s*(\\d{1,2})(?!(?!${NEXT_YEAR})\\d|\\s*[月월])(?:\\s*[日일])?${TIME}`,
      'giu',
    ),
    parts: (m) => [m[1]!, m[3]!, m[4]!],
  },
  // April 12, 2025 · Feb. 20, 2024 · Tuesday, March 5, 2024 · "November 25, 2024December 3, 2024" (run together)
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)${TIME}`, 'giu'),
    parts: (m) => [m[3]!, m[1]!, m[2]!],
  },
  // 3 November 2022 · 12 Aug. 2021 · 13-Mar-2001 (old pages' "Last modified" lines)
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)${MONTH}(?:,?\\s+|-)((?:19|20)\\d{2})${dayRunIn(MONTH_NAME)}${TIME}`,
      'giu',
    ),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // 10/18/2004 (US order, the only one English campus pages print with slashes); 05-08-2024 with dashes, as US
  // templates print it too (session 52, R144)
  {
    re: new RegExp(`(?<![\\d/-])(\\d{1,2})([/-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/-])${TIME}`, 'giu'),
    parts: (m) => [m[4]!, m[1]!, m[3]!],
  },
  // 23/10/2020, 23-10-2020: day first, read only where the US order names no month (the US reading wins a tie)
  {
    re: new RegExp(`(?<![\\d/-])(\\d{1,2})([/-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/-])${TIME}`, 'giu'),
    parts: (m) => [m[4]!, m[3]!, m[1]!],
  },
  // 01.11.2023 11:35 · 19.2.2020 (most of Europe): day, month, four-digit year, no spaces
  {
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d|\\.\\d)${TIME}`, 'giu'),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // 13. 05. 2024 (Czech, Slovak, Croatian templates): spaced, but zero-padded, so a machine printed it; "27. 2. 2015"
  // inside a headline's words is not read (session 38, R31)
  {
    re: new RegExp(`(?<![\\d.])(\\d{2})\\.\\s(\\d{2})\\.\\s((?:19|20)\\d{2})(?!\\d|\\.\\d)${TIME}`, 'giu'),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // 12. 8. 2024 (Czech and Slovak print dates so) where it ends a line or the next field begins ("12. 8. 2024 Autor:
  // …"): a headline's or a sentence's date runs on into words ("27. 2. 2015 začala", "27. 2. 2015, Eichstätt"; session
  // 49, R124). No "i" flag: \p{Lu} would take lower case too.
  {
    re: new RegExp(
      `(?<![\\d.])(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s((?:19|20)\\d{2})(?!\\d|\\.\\d)${TIME}(?=\\s*(?:$|\\p{Lu}|[|·•/–—]))`,
      'gu',
    ),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // 14. listopada 2024. (Croatian: the day's dot and the year's; listopad is October there, November in Polish and
  // Czech, whose dates print no dot after the year; session 50, R133)
  {
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.\\s+listopada\\s+((?:19|20)\\d{2})\\.(?!\\d)${TIME}`, 'giu'),
    parts: (m) => [m[2]!, '10', m[1]!],
  },
  // 28. Januar 2015 · 20 janvier 2020 · 8 de octubre de 2020 · 3 maggio 2021 · 12 d'abril de 2024 · 12 мая 2024 ·
  // 15 ta' April 2024
  {
    re: new RegExp(
      `(?<![\\d.])(\\d{1,2})\\.?\\s+(?:de\\s+|d['’]|ta['’]\\s*)?(${DAY_FIRST_MONTH_WORDS})(?![\\p{L}\\p{M}])\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})${dayRunIn(DAY_FIRST_MONTH_WORDS)}${TIME}`,
      'giu',
    ),
    // The words are a month only if the table names them ("12 Marketing 2024" is none): "0" is no month. So is the
    // next date's day and month run into the year ("25. November 20243. Dezember"), not a day and any word.
    parts: (m) => [m[3]!, String(runsOn(m) ? dayFirstMonthNumber(m[2]!) : 0), m[1]!],
  },
  // 2024. május 12. (Hungarian) · 2024 m. gegužės 12 d. (Lithuanian): the year first, then a month name
  {
    re: new RegExp(
      `(?<!\\d)((?:19|20)\\d{2})\\.?\\s+(?:m\\.\\s+)?(${YEAR_FIRST_MONTH_NAME})(?!\\p{L})\\s+(\\d{1,2})(?!\\d)(?:\\.|\\s*d\\.)?${TIME}`,
      'giu',
    ),
    parts: (m) => [m[1]!, m[2]!, m[3]!],
  },
  // ngày 12 tháng 5 năm 2024 · 12 tháng 5, 2024 (Vietnamese: day, "month" and its number, year)
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+|,\\s*|\\s+)((?:19|20)\\d{2})(?!\\d)${TIME}`,
      'giu',
    ),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // 令和6年5月12日 · 平成31年4月30日 · 令和元年5月1日 (Japanese era years: Reiwa from 2019, Heisei from 1989)
  {
    re: new RegExp(`(令和|平成)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})(?!\\d)\\s*日${TIME}`, 'gu'),
    parts: (m) => [String((m[1] === '令和' ? 2018 : 1988) + (m[2] === '元' ? 1 : Number(m[2]))), m[3]!, m[4]!],
  },
];

/** Whether what follows a day-first date is no digit, or the next date's day and a month the table names. */
function runsOn(m: RegExpExecArray): boolean {
  const rest = m.input.slice(m.index + m[0].length, m.index + m[0].length + 80);
  if (!/^\d/.test(rest)) return true;
  const words = /^\d{1,2}\.?\s+(\S+(?:\s+\S+){0,6})/u.exec(rest)?.[1]?.split(/\s+/) ?? [];
  return words.some(
    (_, i) =>
      dayFirstMonthNumber(
        words
          .slice(0, i + 1)
          .join(' ')
          .replace(/[.,]$/, ''),
      ) > 0,
  );
}

const monthNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : monthByName(s) || dayFirstMonthNumber(s));

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const pad = (n: number) => String(n).padStart(2, '0');

// Where the page's language prints the day first, "2/11/2023" is 2 November: the day-first slash reading goes
// before the US one (an earlier pattern wins a tie at the same place).
const DAY_FIRST_PATTERNS = [...PATTERNS.slice(0, 3), PATTERNS[4]!, PATTERNS[3]!, ...PATTERNS.slice(5)];

// Taiwan counts years from 1912 (民國): "113年5月12日", "113-05-12" are 2024. Read only on Taiwanese hosts, where
// a two- or three-digit year is no typo.
const ROC_PATTERN: (typeof PATTERNS)[number] = {
  re: new RegExp(
    `(?<!\\d)(\\d{2,3})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d|\\s*月)(?:\\s*日)?${TIME}`,
    'giu',
  ),
  parts: (m) => [String(Number(m[1]) + 1911), m[2]!, m[3]!],
};

const SOLAR_HIJRI_PATTERNS = solarHijriPatterns(TIME);

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// The word is a weekday's name or its abbreviation: a place opening a dateline may begin as one does ("THURSO, 9 October
// 2024 –"; round 58, R318).
const WEEKDAY_BEFORE = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?,?\s*$/i;

/** On pages, an earlier year is a founding year or a citation far more often than the news's own date. */
const PAGE_MIN_YEAR = 1990;

/**
 * Parse one date of a text, the first that is a real calendar date within plausible years. `dayFirst`: the page's
 * language writes day/month/year (see `dayFirstPage`). `minYear`: what a person types is trusted further back.
 */
export function parseDate(
  text: string,
  timeZone: string,
  now: Date = new Date(),
  dayFirst = false,
  minYear = PAGE_MIN_YEAR,
): ParsedDate | null {
  text = asciiDigits(text);
  let best: ParsedDate | null = null;
  const patterns = dayFirst ? DAY_FIRST_PATTERNS : PATTERNS;
  const calendar =
    timeZone === 'Asia/Taipei' ? [ROC_PATTERN] : SOLAR_HIJRI_ZONES.includes(timeZone) ? SOLAR_HIJRI_PATTERNS : [];
  for (const { re, parts } of [...patterns, ...calendar]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [ys, ms, ds] = parts(m);
      const y = Number(ys),
        mo = monthNumber(ms),
        d = Number(ds);
      if (!validDay(y, mo, d) || y < minYear || Date.UTC(y, mo - 1, d) > now.getTime() + 2 * 86400e3) continue;
      // The day's name printed before it decides a slash date's order (Drupal's "Tue, 03/11/2025" on a Kenyan page is
      // 11 March, a Tuesday; session 61, R247): a reading on another day is none.
      const named = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase();
      if (named && WEEKDAYS.indexOf(named) !== new Date(Date.UTC(y, mo - 1, d)).getUTCDay()) continue;
      const date = `${y}-${pad(mo)}-${pad(d)}`;
      const tailStart = m.length - 5;
      const [hs, mins, secs, ampm, zone] = m.slice(tailStart);
      let iso = date;
      if (hs !== undefined && mins !== undefined) {
        let h = Number(hs);
        if (ampm && /p/i.test(ampm) && h < 12) h += 12;
        if (ampm && /a/i.test(ampm) && h === 12) h = 0;
        if (h > 23 || Number(mins) > 59) continue;
        // "Z", "+0800", "GMT+0000" (a script's Date string), "UTC".
        const offset = zone
          ? zone.replace(/^(?:GMT|UTC|Z)/i, '').replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2') || '+00:00'
          : zoneOffset(timeZone, y, mo, d, h, Number(mins));
        iso = `${date}T${pad(h)}:${mins}:${secs ?? '00'}${offset}`;
      }
      let found = { iso, hasTime: iso !== date, index: m.index, length: m[0].length };
      // A time printed just before the date: Latin American boletines' "12:00 hs. 15 de octubre de 2026".
      const lead = iso === date ? TIME_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
      if (lead && Number(lead[1]) <= 23) {
        const [h, mins] = [Number(lead[1]), lead[2]!];
        found = {
          iso: `${date}T${pad(h)}:${mins}:00${zoneOffset(timeZone, y, mo, d, h, Number(mins))}`,
          hasTime: true,
          index: m.index - lead[0].length,
          length: m[0].length + lead[0].length,
        };
      }
      if (!best || found.index < best.index) best = found;
      break;
    }
  }
  return best;
}

/** A month with its year and no day ("July 2000", "2000年7月"), as ISO 8601 reduced precision "2000-07". */
export function parseMonth(text: string, now: Date = new Date()): string | null {
  const en = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'iu').exec(text);
  const zh = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}(?!\d|\s*月))/u.exec(text);
  const [y, m] = en ? [Number(en[2]), monthNumber(en[1]!)] : zh ? [Number(zh[1]), Number(zh[2])] : [0, 0];
  if (!y || m < 1 || m > 12 || Date.UTC(y, m - 1, 1) > now.getTime()) return null;
  return `${y}-${pad(m)}`;
}

// Regions that write the day first in English (and Hong Kong in Chinese too). The languages that write the year
// first (Chinese, Japanese, Korean, Hungarian, Lithuanian) print few day/month slashes; US English writes the month
// first. Those stay in US order, as before.
const DAY_FIRST_ENGLISH = /^(?:gb|uk|au|nz|ie|in|za|sg|my|hk|pk|ng|ke)$/;
const NOT_DAY_FIRST = /^(?:en|zh|ja|ko|hu|lt)$/;

/**
 * Whether a page writes slash dates day first ("2/11/2023" = 2 November): its declared language (`vi`, `fr`,
 * `en-GB`), else, for English or none declared, the host's country (`.uk`, `.au`, `.vn`, `.fr` …).
 */
export function dayFirstPage(lang: string | null, host: string): boolean {
  // The region is the two-letter subtag after any script's (zh-Hant-HK is Hong Kong's; session 56, R189).
  const [primary, ...subtags] = (lang ?? '').trim().toLowerCase().split(/[-_]/);
  const region = subtags.find((t) => /^[a-z]{2}$/.test(t));
  if (primary && !NOT_DAY_FIRST.test(primary)) return /^[a-z]{2,3}$/.test(primary);
  const country = /\.([a-z]{2})$/.exec(host.toLowerCase())?.[1];
  // en-US is what SharePoint and WordPress declare unless told otherwise: on a host of a day-first English country
  // (sun.ac.za, a .uk college) the host says more (session 39, R39).
  if (region === 'us' && primary === 'en' && country && DAY_FIRST_ENGLISH.test(country)) return true;
  if (region) return DAY_FIRST_ENGLISH.test(region);
  if (primary && primary !== 'en') return false;
  if (!country) return false;
  return (
    DAY_FIRST_ENGLISH.test(country) ||
    (!primary && !/^(?:us|cn|jp|kr|tw|hk|mo|ca|ph|hu|lt|io|ai|co|tv|me)$/.test(country))
  );
}
