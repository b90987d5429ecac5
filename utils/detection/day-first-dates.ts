/**
 * A date written day first with a month name in another language ("mercredi 11 septembre 2019", "28 luglio 2020",
 * "8 de octubre de 2020", "12 мая 2024"), for detection's "date by the headline" in the background only: the names
 * are the date reader's (utils/extraction/day-first-months.ts), and this module stays out of the injected detector.
 */
import { DAY_FIRST_MONTH_NAME } from '../extraction/day-first-months';

// Lower-cased text (as date-clues.ts reads it); the name is a whole word, the year four digits.
const DAY_FIRST_DATE = new RegExp(
  `(?<![\\d.])(?:0?[1-9]|[12]\\d|3[01])\\.?\\s+(?:de\\s+|d['’])?(?:${DAY_FIRST_MONTH_NAME})(?![\\p{L}])\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)`,
  'u',
);

/** A plausible day-first date with a month name of another language is printed in the text. */
export function hasDayFirstDate(text: string, now: Date): boolean {
  const m = DAY_FIRST_DATE.exec(text);
  const y = m ? Number(m[1]) : 0;
  return y >= 1990 && y <= now.getUTCFullYear();
}
