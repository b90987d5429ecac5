/**
 * A writer's name printed after the date in the meta line with no label, a bar between ("21.05.2024 | Maria Vinther
 * Jensen", Aarhus University's TYPO3 news; session 49, R131). The bar and the date's place say it is the meta line; a
 * common given name says the words after it are a person, not a section ("21.05.2024 | Research").
 */
import type { BylineEntry } from '../model/article';
import { GIVEN } from '../entities/english-name-words';
import { nameWithinLine } from './lead-before-body';
import { parseDate } from './parse-date';

const WORD = "\\p{Lu}[\\p{Ll}'’-]+";
const AFTER_DATE = new RegExp(`^\\s*[|·•]\\s*(${WORD}(?:\\s+${WORD}){1,3})`, 'u');

/** The writer named after the meta line's date, read to the end of its printed line; none when no date or name. */
export function nameAfterDate(metaZone: string, lines: readonly string[], zone: string, now: Date): BylineEntry[] {
  const d = parseDate(metaZone, zone, now, true);
  const m = d ? AFTER_DATE.exec(metaZone.slice(d.index + d.length)) : null;
  if (!m) return [];
  const name = nameWithinLine(m[1]!, lines);
  const words = name.split(' ');
  return words.length <= 3 && GIVEN.has(words[0]!) ? [{ name, role: 'Author' }] : [];
}
