/**
 * A publication date labelled in the field lines printed right after the text ("稿源：教育学部 | 日期：2024-06-25"):
 * what readers see. Templates fill meta tags, JSON-LD and <time> with the day the page was last saved, so a printed
 * day that differs wins over markup (session 41, R52); a date printed by the headline is left as it is.
 */
import type { DateResult } from './extract-date';
import { labelledDate } from './extract-date';
import { UPDATE_LABEL } from './date-updates';
import { isFiledDateLine } from './date-lines';
import { parseDate } from './parse-date';

/** Where a date came from that a printed one may overrule: markup, not print. */
const MARKUP = new Set(['time-element', 'json-ld', 'meta', 'itemprop', 'url']);

export function printedAfterBody(
  date: DateResult | null,
  lines: readonly string[],
  zone: string,
  now: Date,
): DateResult | null {
  // A month alone (an issue's, the address's: /stories/2024/04/…) is refined by a day of it printed alone after the
  // body ("April 10, 2024"; session 52, R149).
  const month = date?.iso.length === 7 ? date.iso : null;
  if (date && !month && !MARKUP.has(date.provenance.kind)) return date;
  // With nothing else to go by, a date alone on a line right after the body is the story's (session 49, R128), or
  // with the categories it is filed in (session 50, R139).
  const alone = date && !month ? null : lines.find((l) => isFiledDateLine(l.trim()));
  const day = alone ? parseDate(alone, zone, now) : null;
  if (day && (!month || day.iso.startsWith(month)))
    return { iso: day.iso, provenance: { kind: 'dateline', where: 'after-body' } };
  for (const line of lines) {
    const printed = labelledDate(line, zone, now);
    const label = printed?.provenance.kind === 'labelled' ? (printed.provenance.label ?? '') : '';
    if (!printed || UPDATE_LABEL.test(label)) continue;
    if (date?.iso.slice(0, 10) === printed.iso.slice(0, 10)) return date;
    return printed;
  }
  return date;
}
