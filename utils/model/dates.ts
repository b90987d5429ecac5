/**
 * The one definition of the date strings an article carries (export contract, import, the review form).
 * `publishedAt`: a month (2000-07, when the page printed only that), a day, or a day and time with an optional offset.
 * `clippedAt`, `updatedAt`, a highlight's `createdAt`: an instant, with Z or an offset.
 * Real calendar values only ("2021-02-30" and "9999-99-99T99:99" are not dates), from a sane first year, and never
 * more than a day in the future: a forged future `updatedAt` would otherwise win every later merge.
 */

const PUBLISHED =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Earliest year of a publication date (university news), and of a clip (the extension's own dates). */
export const MIN_PUBLISHED_YEAR = 1900;
export const MIN_INSTANT_YEAR = 1990;
/** How far past now a date may lie (clocks differ between machines). */
const FUTURE_SLACK_MS = 86400e3;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(s: string, minYear: number, now: number): boolean {
  const m = PUBLISHED.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second, , offH, offM] = m.slice(1).map((x) => (x === undefined ? -1 : +x));
  if (year! < minYear || month! < 1 || month! > 12) return false;
  if (day !== -1 && (day! < 1 || day! > daysIn(year!, month!))) return false;
  if (hour !== -1 && (hour! > 23 || minute! > 59 || second! > 59)) return false;
  if (offH !== -1 && (offH! > 14 || offM! > 59)) return false;
  const t = Date.parse(day === -1 ? `${s}-01` : s);
  return Number.isFinite(t) && t <= now + FUTURE_SLACK_MS;
}

/** A real publication date in one of the publishedAt forms. */
export function isPublishedAt(s: string, now = Date.now()): boolean {
  return valid(s, MIN_PUBLISHED_YEAR, now);
}

/** A real instant: a day and time that names its offset. */
export function isInstant(s: string, now = Date.now()): boolean {
  return INSTANT.test(s) && valid(s, MIN_INSTANT_YEAR, now);
}

/** A publication date as the list and reader print it: "2021-04-08 23:00", "2021-04-08" or "2000-07". */
export function displayDate(iso: string | null | undefined): string {
  return iso ? iso.replace('T', ' ').slice(0, 16) : '';
}
