/**
 * English credits: "By Jane Doe and John Roe", "Written by …", "Photography by …", and a form's "Author | Name" row.
 * Split from meta-line.ts, which reads them with the Chinese labels.
 */
import type { BylineEntry } from '../model/article';
import { DATE_FIELD, labelledCredits } from './credit-labels';

/** "By Jane Doe and John Roe", "Written by …", "Photo by …". */
// A date field's word in any language (Pubblicato il 17 settembre 2024 after a Plone byline's category; session 54).
const NOT_NAME = new RegExp(
  `^(?:Date|Published|Posted|Updated|Last|Fot|Fotos?|Photos?|Staff|News|University|College|Office|The|And|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Facebook|Twitter|LinkedIn|X|Email|Share|WhatsApp|Instagram|Spring|Summer|Fall|Autumn|Winter|Images|iStock|Shutterstock|Senior|Chief|Contributing|Managing|Journalist|Writer|Reporter|Editor|Correspondent|Photographer|Officer|Manager|Director|Coordinator|Specialist|Relations|Communications|Marketing|Intern|Source|Fuente|Quelle|Edited|Written|Compiled|Reviewed|Translated|Photography|Photographs|Pictures|Video|Views|Hits|Reads|${DATE_FIELD})\\.?$`,
  'u',
);

/** A month's name and a day run into the word before it (LiuApril 8): a space goes between, and trimName cuts there. */
// So is the next field's label ("By Chen RuiPosted on: November 6, 2025": two <span>s; session 47, R107).
const MONTH_RUN_IN =
  /(\p{Ll})((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|(?:Posted|Published|Updated|Date)\b)/gu;

/** A title before a credited name, which is no part of it ("Photo: Dr Gareth Williams"; session 42, R57). */
export const TITLE_BEFORE = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+(?=\S+\s+\S)/u;

/** Keep the leading words of a captured name up to the first word that cannot be part of one. */
function trimName(s: string): string {
  const words = s.trim().replace(TITLE_BEFORE, '').split(/\s+/);
  // An acronym after the name is its unit ("Hannah Oduya UW News"; session 42, R62); right after a given name, capitals
  // are the surname as East Asian universities print it ("By Wenjing SONG"; session 54, R172).
  const end = words.findIndex((w, i) => i > 0 && (NOT_NAME.test(w) || (i > 1 && /^[A-Z]{2,}$/.test(w))));
  // One word left before a job's or a body's word is no name: the list's next item is the writer's job and office
  // ("Report: Rupam Gogoi, Public Relations Officer, Dibrugarh University"; session 65, R297).
  return end < 0 ? words.join(' ') : end > 1 ? words.slice(0, end).join(' ') : '';
}

/** A body a site's account is named after ("By Media Committee", "By News Office"; session 56, R195): no writer. */
const NOT_A_WRITER = /\b(?:Committee|Office|Team|Staff|Communications|Relations|Media|Department|Desk|Bureau|Unit)$/u;

/** A full stop after a word of two lower-case letters or more, before a capital: a sentence's end, not an initial's. */
const SENTENCE_END = /(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u;

/** A credit ending the text before: "by" and a capitalised name, then a comma. */
const CREDIT_BEFORE = /\b[Bb]y\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*[,;]\s*$/u;

/** The words a credit's "by" follows: "Written by", "Photography by", "Posted by", "Story and photos by". */
const BY_ROLE =
  /^(?:written|photos?|photography|photographs|pictures|images?|illustrations?|video|story|words|text|kuha|report|reporting|reported|posted|published|submitted|edited|compiled|interview|produced)$/i;
// Tagalog's "Larawang kuha ni …" (picture taken by; session 56, R194) too.
const PHOTO_ROLE = /^(?:photos?|fotos?|photography|photographs|pictures|images?|kuha)$/i;

/**
 * The name ends the field: at the end, a bar or comma, or the next field's date label (a nav's "Author Guidelines …"
 * does not); a word before the label on its line makes it another field ("First Author:" in a data table), one
 * closing the line above does not (a dek ending in no stop; session 42, R56).
 */
const AUTHOR_LABEL =
  /(?:^|[\s|])(?<!\p{L}[ \t\u00a0])Authors?\s*[:|]?\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3})(?=\s*$|\s*[|,]|\s+(?:Published|Posted|Date|Updated|Released)\b)/u;

/**
 * Words of an agency, archive or studio credited for a picture ("Getty Images", "University Archives"), or an
 * acronym naming a body (UNSW Sydney): no person.
 */
// Two capitals opening with U are a university's (UC Davis, UW; session 53, R156), as three capitals are an office's;
// so are two opening the name (KU Leuven, TU Delft; session 54, R169).
export const NOT_A_PHOTOGRAPHER =
  /\b[A-Z]{3,}\b|\bU[A-Z]\b|^[A-Z]{2}\s|\b(?:Images?|Photography|Photos?|Pictures?|Studios?|Archives?|Library|Collection|University|College|Institute|Office|Press|News|Media|Agency|Communications|Courtesy|Getty|Universit\p{L}*|Hochschule|Shutterstock|iStock|Stock|Adobe|Alamy|Reuters|AFP|AP|Unsplash|Wikimedia|Commons|Ltd|Inc|Group|Services|Division|Affairs|Department|Unit|Team|Staff|Marketing|Relations|Centre|Center|Faculty|School|Lab|Laboratory)\b/u;

/**
 * The photo credits labelledCredits' capitalised labels leave: Polish and Czech "Fot." (session 43, R72) and a
 * lower-case label after a comma ("Text: Jana Nováková, foto: Petr Svoboda"); the name ends its line or field.
 */
const PHOTO_LABEL =
  /(?:^|(?<=[\s|])(?<!\p{L}[ \t\u00a0])|(?<=\p{Ll}[.!?]))(?:(?<=,\s)(?:photos?|fotos?|фото)\s*:|Fot\.:?)\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3})(?=\s*$|\s*[|,/]|\s+\p{Lu}\p{L}+\s*:)/u;

/**
 * "By Jane Doe and John Roe", "Written by …", "Photography by …", Spanish "Por Catalina Fuentes", French "Par",
 * German "Von", Dutch "Door" (capitalised: a field's label, not the preposition): every credit of the text, in order. A "by" after
 * a word of a sentence ("funded by Research Ireland", "led by Professor …", "and by IISc's …") is prose, not a
 * credit: a byline's "by" opens its line or field, or follows a credit word, a capitalised label, a date or a mark.
 */
export function parseEnglishByline(text: string): BylineEntry[] {
  const out: BylineEntry[] = [];
  // Names hold letters, not digits: a name ends where a date run into it begins ("By Mara Ellison14 Oct 2026"), and
  // before the word that opens a date in its language ("Par Julie Gervais Le 9 avril 2024", "On 9 April", "Am 9. April";
  // session 39, R38).
  // So does a month run into the name with no space ("By Hannah LiuApril 8, 2025": a <span> and a <time> side by side;
  // session 44, R81), once MONTH_RUN_IN spaces it. Nor does a name run on into the next credit's word (… Marisa Kessler
  // Photography by Julian Ortega; session 50, R136), nor into the next field's label (… Tiffany Simmons Category: News;
  // Joomla's article info; session 55, R187), nor into a weekday's abbreviation opening the date ("By Lauren DeGraaf
  // Wed, 02/21/2024": Drupal's byline and created field side by side; session 56, R191).
  const BY =
    /(?:^|[\s|(])(?:([A-Za-z]+)\s+)?(?:[Bb]y|Por|Par|Von|Door|[Oo]leh|(?<=kuha\s)ni):?\s+([A-Z][\p{L}\p{M}.'’-]*(?:\s+(?!(?:Le|On|Am|El|Il|Op|Den|Em|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+\d)(?![A-Z][a-z]+\s+(?:by|oleh)\b|\p{Lu}\p{L}*\s*[:：])[A-Z][\p{L}\p{M}.'’-]*){0,3}(?:(?:,\s*|\s+and\s+)[A-Z][\p{L}\p{M}.'’-]*(?:\s+(?!(?:Le|On|Am|El|Il|Op|Den|Em|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+\d)(?![A-Z][a-z]+\s+(?:by|oleh)\b|\p{Lu}\p{L}*\s*[:：])[A-Z][\p{L}\p{M}.'’-]*){0,3})*)/gu;
  const spaced = text.replace(MONTH_RUN_IN, '$1 $2');
  // A sentence's full stop ends a credit ("Story by Priya Raman. Photos by Tom Avery."); an initial's does not.
  for (const m of spaced.split(SENTENCE_END).flatMap((piece) => [...piece.matchAll(BY)])) {
    // A hyphenated verb before it is prose too ("co-organized by SISU's School of …"; session 56, R196).
    const word = m[1] ?? /(?<=-)[a-z]+(?=\s*$)/.exec(m.input!.slice(0, m.index! + 1))?.[0];
    if (word && /^[a-z]/.test(word) && !BY_ROLE.test(word)) continue;
    // A lower-case credit word after a comma is prose ("Cotton at 123, edited by Dr. Smita Goswami of …"; session 65,
    // R297), unless a credit ends right before it ("Story by Ana Ruiz, photos by Ben Ode").
    if (
      word &&
      /^[a-z]/.test(word) &&
      /[,;]\s*$/.test(m.input!.slice(0, m.index! + 1)) &&
      !CREDIT_BEFORE.test(m.input!.slice(0, m.index! + 1))
    )
      continue;
    const role = word && PHOTO_ROLE.test(word) ? 'Photo' : word && /^edited$/i.test(word) ? 'Editor' : 'Author';
    const parts = m[2]!.split(/(,\s*|\s+and\s+)/);
    // After a comma, a writer's affiliation, not another writer: a part holding an institution's word ("By Laura
    // Simmons, Texas Tech University") or cut inside a word ("Texas A" of "Texas A&M"; session 42, R56).
    const cutShort = /^[&\p{L}\p{M}]/u.test(m.input!.slice(m.index! + m[0].length));
    // An affiliation ends the run: what follows it is the affiliation's too ("Emma Clarke, Media and PR Adviser";
    // session 59, R223).
    let affiliated = false;
    const names = parts
      .filter((_, i) => i % 2 === 0)
      .filter((s, i, all) => {
        if (affiliated) return false;
        if (i === 0 || !parts[2 * i - 1]!.startsWith(',')) return true;
        // Or an office's, an acronym first (Orla Twomey, MTU Marketing and Communications Office; session 50, R138).
        const writer =
          trimName(s) === s.trim() &&
          !NOT_A_PHOTOGRAPHER.test(s) &&
          !(cutShort && i === all.length - 1) &&
          /\s/.test(s.trim());
        affiliated = !writer;
        return writer;
      });
    for (const name of names
      .map((s) => trimName(s).replace(/(?<=\p{Ll}{2})\.$/u, ''))
      .filter((s) => s.split(/\s+/).length >= 2 && s.length <= 60 && !NOT_A_WRITER.test(s)))
      if (!out.some((b) => b.name === name)) out.push({ name, role });
  }
  // A form's label and value ("Author | Lynne Rippenaar-Moses", "Author: Jane Doe"): the label is capitalised.
  const labelled = AUTHOR_LABEL.exec(text);
  const name = labelled && trimName(labelled[1]!);
  if (name && name.split(/\s+/).length >= 2 && !out.some((b) => b.name === name)) out.push({ name, role: 'Author' });
  // Labelled fields in any of the languages credit-labels.ts holds ("Writer:Zhou Xin Editor:Hu Yilin", "Autor: …").
  for (const { name, role } of labelledCredits(text)) {
    // A picture credited to a team or body ("Foto: Tim Semar UGM") credits no one; a writer's unit may follow the name.
    const person = trimName(name);
    if (!person || NOT_A_PHOTOGRAPHER.test(role === 'Photo' ? name : person) || out.some((b) => b.name === person))
      continue;
    out.push({ name: person, role });
  }
  // Polish and Czech "Fot." and a lower-case label after a comma ("Text: Jana Nováková, foto: Petr Svoboda").
  const photo = PHOTO_LABEL.exec(text)?.[1]?.replace(/\.$/u, '').replace(TITLE_BEFORE, '');
  if (photo && !NOT_A_PHOTOGRAPHER.test(photo) && !out.some((b) => b.name === photo))
    out.push({ name: photo, role: 'Photo' });
  return out;
}
