/**
 * Lines that are a date and nothing else, with or without its label: what a header or footer prints, never prose.
 * Split from edge-furniture.ts, whose edge walks read them.
 */
import { parseDate } from './parse-date';

/** An English date label printed with no colon: "Published Nov. 19, 2026", "Published on Wednesday, 18 November 2026". */
const DATE_WORD = /^(?:published|posted|updated|last updated|released|issued)(?:\s+on)?\s+(?=\p{L}|\d)/iu;

/** A line that is only a date after a label: "Publikacja: 04.05.2021", "Published: 3 May 2020". */
export function isDatedLabel(text: string): boolean {
  const m = /^[\p{L}][\p{L} ]{1,24}\s*[:：]\s*/u.exec(text) ?? DATE_WORD.exec(text);
  if (!m || text.length > 60) return false;
  const rest = text.slice(m[0].length);
  const d = parseDate(rest, 'UTC', new Date(8.64e15), true) ?? parseDate(rest, 'UTC', new Date(8.64e15));
  return !!d && d.length >= rest.length * 0.5;
}

/** A line that is a date and nothing else ("October 22, 2026", under the release line). */
export function isDateAlone(text: string): boolean {
  if (text.length > 40) return false;
  const d = parseDate(text, 'UTC', new Date(8.64e15), true) ?? parseDate(text, 'UTC', new Date(8.64e15));
  if (!d) return false;
  // The day's name before it ("Monday, November 16, 2026") is part of the date line.
  const weekday = /^\p{L}{3,12}\.?,?\s*$/u.test(text.slice(0, d.index)) && d.index + d.length >= text.length - 1;
  return d.length >= text.length * 0.8 || weekday;
}
