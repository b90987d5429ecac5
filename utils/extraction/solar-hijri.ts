/**
 * Iran's and Afghanistan's universities print the Solar Hijri calendar only (۱۴۰۳/۰۲/۲۵, ۲۵ اردیبهشت ۱۴۰۳): read
 * where the page's zone is theirs, as parse-date.ts reads Taiwan's 民國 years on Taiwanese hosts (session 56, R190).
 */

/** Month names: Iran's, then Afghanistan's (Dari), each in calendar order. */
const IRAN = 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'.split(' ');
const AFGHANISTAN = 'حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت'.split(' ');

/** The zones whose pages print this calendar. */
export const SOLAR_HIJRI_ZONES: readonly string[] = ['Asia/Tehran', 'Asia/Kabul'];

/** The Gregorian day of a Solar Hijri one, by the 33-year arithmetic rule (exact for 1244–1503 AP). */
export function solarHijriToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
  const y = jy + 1595;
  const days =
    -355668 +
    365 * y +
    Math.floor(y / 33) * 8 +
    Math.floor(((y % 33) + 3) / 4) +
    jd +
    (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  // Days since 0000-01-01 of the proleptic Gregorian calendar (Date.UTC reads a year 0 as 1900, so the epoch's ms).
  const d = new Date(-62167219200000 + days * 86400e3);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

type Parts = (m: RegExpExecArray) => [string, string, string];

/** The day as [year, month, day] strings, or a month 0 (which the caller rejects) for a day the calendar lacks. */
function gregorian(y: string, m: number, d: string): [string, string, string] {
  const [jy, jd] = [Number(y), Number(d)];
  if (m < 1 || m > 12 || jd < 1 || jd > (m <= 6 ? 31 : 30)) return ['0', '0', '0'];
  return solarHijriToGregorian(jy, m, jd).map(String) as [string, string, string];
}

const monthOf = (name: string): number => {
  const i = IRAN.indexOf(name);
  return (i >= 0 ? i : AFGHANISTAN.indexOf(name)) + 1;
};

/** Patterns in parse-date.ts's shape, with its time suffix (`time`): year first with digits, and day, name, year. */
export function solarHijriPatterns(time: string): { re: RegExp; parts: Parts }[] {
  const year = '(1[34]\\d{2})';
  return [
    {
      re: new RegExp(`(?<!\\d)${year}\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)${time}`, 'gu'),
      parts: (m) => gregorian(m[1]!, Number(m[3]), m[4]!),
    },
    {
      re: new RegExp(
        `(?<!\\d)(\\d{1,2})\\s+(${[...IRAN, ...AFGHANISTAN].join('|')})(?:\\u200c?\\s*ماه)?\\s+${year}(?!\\d)${time}`,
        'gu',
      ),
      parts: (m) => gregorian(m[3]!, monthOf(m[2]!), m[1]!),
    },
  ];
}
