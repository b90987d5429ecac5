/**
 * Update labels ("Updated April 15, 2024", "Last updated: …", 更新时间：…) beside an article's dates: the date they
 * introduce is when the page was edited, never its publication. Split from extract-date.ts.
 */
import { parseDate } from './parse-date';

/**
 * "Updated" in the languages university news is printed in (Päivitetty 5.9.2024 beside Julkaistu 3.9.2024; session
 * 53, R157). One definition: credit-labels.ts ends a name at them.
 */
export const UPDATE_WORDS =
  'Updated|Oppdatert|Uppdaterad|Opdateret|Päivitetty|Aktualisiert|Actualizado|Atualizado|Aggiornato|Bijgewerkt|' +
  'Zaktualizowano|Aktualizováno|Обновлено';

/** A label that introduces an edit date (checked on a label extract-date's label pattern matched). */
export const UPDATE_LABEL = /^(?:更新|Updated|Last update)/i;

// The label, anywhere in a text, then an optional "on" or colon.
const UPDATE_LABEL_ANY = new RegExp(
  `(?:更新(?:日期|时间|時間)?|(?<![\\p{L}\\p{M}])(?:Last\\s+)?(?:${UPDATE_WORDS})(?:\\s+on)?(?![\\p{L}\\p{M}])|\\bLast\\s+update\\b|\\bSist\\s+endret\\b|\\bMis\\s+à\\s+jour(?:\\s+le)?)\\s*[:：]?\\s*`,
  'iu',
);

/**
 * The text with each update label and the date it introduces blanked (same length, so positions hold): what is
 * left is the publication dateline printed beside them ("April 11, 2024 Updated April 15, 2024" → April 11).
 */
export function updatesOut(text: string, zone: string, now: Date, dayFirst: boolean): string {
  const re = new RegExp(UPDATE_LABEL_ANY.source, 'giu');
  let out = text;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const d = parseDate(text.slice(start, start + 60), zone, now, dayFirst);
    const end = d && d.index <= 12 ? start + d.index + d.length : start;
    out = out.slice(0, m.index) + ' '.repeat(end - m.index) + out.slice(end);
  }
  return out;
}

// A site's clock (今天是：2026年12月7日, written by its header's script on every load; session 62, R262).
const CLOCK = /(?:今天是|今日是|\bToday\s+is)\s*[:：]?\s*/giu;

/** The text with a site's clock and the day it prints blanked (same length): it dates no publication. */
export function clockOut(text: string, zone: string, now: Date, dayFirst: boolean): string {
  let out = text;
  for (const m of text.matchAll(CLOCK)) {
    const start = m.index + m[0].length;
    const d = parseDate(text.slice(start, start + 40), zone, now, dayFirst);
    if (d && d.index === 0)
      out = out.slice(0, m.index) + ' '.repeat(start + d.length - m.index) + out.slice(start + d.length);
  }
  return out;
}
