/**
 * Lines that are a date and nothing else, with or without its label: what a header or footer prints, never prose.
 * Split from edge-furniture.ts, whose edge walks read them.
 */
import { OTHER_DATE_LABEL_RE } from './date-labels';
import { parseDate } from './parse-date';
import { counterOnly } from './view-counter';
import type { BodyLine } from './body-lines';

/**
 * A date label printed with no colon: "Published Nov. 19, 2026", "Published on Wednesday, 18 November 2026", and other
 * languages' ("Gepubliceerd op 12 maart 2025", "Publié le 5 mars 2025"; session 45, R92).
 */
const DATE_WORD = new RegExp(
  `^(?:(?:published|posted|updated|last updated|released|issued)(?:\\s+on)?|${OTHER_DATE_LABEL_RE.source})\\s+(?=\\p{L}|\\d)`,
  'iu',
);

/** An update's label with no colon after the publication date ("… - Sist endret 4. sep. 2025 13:40"; session 45, R95). */
const UPDATE_WORD =
  /^(?:sist endret|senast (?:ändrad|uppdaterad)|sidst (?:ændret|opdateret)|zuletzt (?:geändert|aktualisiert)|aktualisiert(?:\s+am)?|aktualiséiert(?:\s+den?)?|mis à jour(?:\s+le)?|actualizado(?:\s+el)?|aggiornato(?:\s+il)?|laatst (?:gewijzigd|bijgewerkt)|bijgewerkt(?:\s+op)?)\s+(?=\d)/iu;

/** A field's label and colon opening a line ("Published: ", "Date:", Basque "Argitaratze-data:"; session 52, R145). */
const FIELD_LABEL = /^[\p{L}][\p{L} -]{1,24}\s*[:：]\s*/u;

/**
 * A line that is only a date after a label: "Publikacja: 04.05.2021", "Published: 3 May 2020"; or two, published and
 * updated ("Published on 12 September 2025 Updated on 15 September 2025"; session 42, R58).
 */
export function isDatedLabel(text: string, second = false): boolean {
  const m = FIELD_LABEL.exec(text) ?? DATE_WORD.exec(text) ?? (second ? UPDATE_WORD.exec(text) : null);
  if (!m || text.length > 90) return false;
  const rest = text.slice(m[0].length);
  const d = parseDate(rest, 'UTC', new Date(8.64e15), true) ?? parseDate(rest, 'UTC', new Date(8.64e15));
  if (!d) return false;
  if (d.length >= rest.length * 0.5) return true;
  const after = rest
    .slice(d.index + d.length)
    .trim()
    .replace(/^[-–—|·•]\s*/u, '');
  // The day's name may open the first (Published: Wednesday, 12 February 2025 Updated: …; session 60, R234).
  const opens = d.index === 0 || /^\p{L}{3,12}\.?,?\s*$/u.test(rest.slice(0, d.index));
  return !second && opens && !!after && isDatedLabel(after, true);
}

/** A line that is a date and nothing else ("October 22, 2026", under the release line). */
export function isDateAlone(text: string): boolean {
  // The date and its update's ("February 10, 2025 Updated February 12, 2025"; session 43, R71).
  const both = /^(.{6,34}?)\s+(?:last\s+)?(?:updated|modified|revised)\s*:?\s+(.{6,34})$/iu.exec(text);
  if (both) return isDateAlone(both[1]!) && isDateAlone(both[2]!);
  if (text.length > 40) return false;
  const d = parseDate(text, 'UTC', new Date(8.64e15), true) ?? parseDate(text, 'UTC', new Date(8.64e15));
  if (!d) return false;
  // The day's name before it ("Monday, November 16, 2026") is part of the date line.
  const weekday = /^\p{L}{3,12}\.?,?\s*$/u.test(text.slice(0, d.index)) && d.index + d.length >= text.length - 1;
  return d.length >= text.length * 0.8 || weekday;
}

/**
 * A date and the categories the story is filed in ("Wednesday, May 15, 2024 in Research, Faculty of Engineering and
 * Design": WordPress's entry meta under the text; session 50, R139), or a date alone, or with its view counter.
 */
export function isFiledDateLine(text: string): boolean {
  const filed = /^(.{6,40}?)\s+in\s+\p{Lu}[^.!?]{0,120}$/u.exec(text);
  // Or the story's view counter after it ("2024-03-18 瀏覽次數：1,286", a calendar's and an eye's icons their labels;
  // round 55, R307).
  const counted = /^(.{6,40}?)\s+(\S.{2,30})$/u.exec(text);
  return (
    isDateAlone(text) ||
    (!!filed && isDateAlone(filed[1]!)) ||
    (!!counted && counterOnly(counted[2]!) !== null && isDateAlone(counted[1]!))
  );
}

/** A press release's number before its date: "Nr. 172 – 24.11.2025", "Pressemitteilung Nr. 172/2025 vom …". */
const RELEASE_NO =
  /^(?:(?:pressemitteilung|presseinformation|medienmitteilung|press release|media release|comunicado)\s+)?(?:nr|no|n[º°o])\.?\s*\d{1,4}(?:\/\d{2,4})?\s*(?:[–—-]|vom|of|del)?\s*/iu;

/** A release's number alone on its line, its date on the next ("Presseinformation 023/2025"; session 42, R64). */
const RELEASE_ALONE =
  /^(?:pressemitteilung|presseinformation|medienmitteilung|press release|media release|news release)\s+(?:(?:nr|no|n[º°o])\.?\s*)?\d{1,4}(?:\/\d{2,4})?$/iu;

/**
 * A meta line opening the body: a date (with its time), then only labelled fields or a byline ("2026年11月04日 08:31
 * 来源：新闻中心 阅读：3,482", "14 de julio de 2026 Por Catalina Fuentes Fuente: Facultad …"), or a release's number
 * and date ("Nr. 172 – 24.11.2025"), or that number alone. `fields` tells whether a text is fields and credits only
 * (the meta reader's).
 */
export function isDatedMetaLine(text: string, fields: (rest: string) => boolean): boolean {
  if (text.length > 160) return false;
  if (RELEASE_ALONE.test(text)) return true;
  const numbered = RELEASE_NO.exec(text);
  if (numbered?.[0] && /\d/.test(numbered[0]) && isDateAlone(text.slice(numbered[0].length))) return true;
  // The date's own label may open it ("Date:2024-11-20 Writer:Zhou Xin Editor:Hu Yilin"; session 47, R107), or its
  // word ("Posted on Oct. 3, 2024 | Faculty of …"; session 56, R192).
  const label = FIELD_LABEL.exec(text)?.[0] ?? DATE_WORD.exec(text)?.[0] ?? '';
  const dated = text.slice(label.length);
  const d = parseDate(dated, 'UTC', new Date(8.64e15), true) ?? parseDate(dated, 'UTC', new Date(8.64e15));
  // The day's name may open it ("Sunday, 17 November 2024 Number of views (1284)"; session 55, R185), in two words
  // where the language names it so ("Thứ Hai, 14/10/2024 15:32 | Số lượt xem: 1.245"; session 56, R191).
  if (!d || (d.index > 0 && !WEEKDAY_BEFORE.test(dated.slice(0, d.index)))) return false;
  const rest = dated
    .slice(d.index + d.length)
    .replace(/^\s*\d{1,2}:\d{2}(?::\d{2})?/u, '')
    .trim();
  // Values are names and offices: a sentence after the date is the text's (a Chinese lede opens with its date).
  return !!rest && !/[。！？，]|[.!?](?:\s|$)/u.test(rest) && (fields(rest) || FILED_UNDER.test(rest));
}

const WEEKDAY_BEFORE = /^(?:\p{L}{2,5}\s)?\p{L}{2,12}\.?,?\s*$/u;

/**
 * The section a story is filed in after its date, as a kicker prints it ("14.05.2024 | Spin-off"; session 55, R182),
 * or the faculty it is from ("Posted on Oct. 3, 2024 | Faculty of Health, Community and Education"; session 56, R192).
 */
const FILED_UNDER = /^[|·•]\s*\p{L}[\p{L}&'’-]*(?:,?\s[\p{L}&'’-]+){0,6}$/u;

/** A date beside the linked column it is filed in ("Monday 9 November 2026, 14:30 Arts and Humanities"; session 58). */
export function datedCategory(line: BodyLine): boolean {
  if (!line.links.length || line.text.length > 100) return false;
  const unlinked = line.nodes.filter((n) => !n.parentElement?.closest('a')).map((n) => n.nodeValue ?? '');
  return isDateAlone(unlinked.join(' ').replace(/\s+/g, ' ').trim());
}
