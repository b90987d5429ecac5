/**
 * The one definition of the date strings an article carries (export contract, import, the review form).
 * `publishedAt`: a month (2000-07, when the page printed only that), a day, or a day and time with an optional offset.
 * `clippedAt`, `updatedAt`, a highlight's `createdAt`: an instant, with Z or an offset. Years 1000–9999, real
 * calendar values only: "2021-02-30" and "9999-99-99T99:99" are not dates.
 */

const PUBLISHED =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar value in the publishedAt forms. */
export function isPublishedAt(s: string): boolean {
  const m = PUBLISHED.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second, , offH, offM] = m.slice(1).map((x) => (x === undefined ? -1 : +x));
  if (year! < 1000 || month! < 1 || month! > 12) return false;
  if (day !== -1 && (day! < 1 || day! > daysIn(year!, month!))) return false;
  if (hour !== -1 && (hour! > 23 || minute! > 59 || second! > 59)) return false;
  return offH === -1 || (offH! <= 23 && offM! <= 59);
}

/** A real instant: a publishedAt-valid day and time that names its offset. */
export function isInstant(s: string): boolean {
  return INSTANT.test(s) && isPublishedAt(s);
}

/** A publication date as the list and reader print it: "2021-04-08 23:00", "2021-04-08" or "2000-07". */
export function displayDate(iso: string | null | undefined): string {
  return iso ? iso.replace('T', ' ').slice(0, 16) : '';
}
