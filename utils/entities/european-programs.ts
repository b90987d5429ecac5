/**
 * Programmes named in Italian and German text, read only when the text is in that language (the page's own
 * language, else its stopwords): both languages put the programme word before the name, and German capitalises every
 * noun, so each rule needs a mark of a name — quotation marks, a funder's prefix, Italian's lower-case connectors
 * between capitalised words, a field after a degree programme. And French, Dutch and German names that their word
 * marks, in text of any language (wordFirstPrograms).
 */

/**
 * A quoted name after the programme word: il progetto “Scuola Futura”, das Projekt „Grüner Campus“, il programma
 * "Erasmus+". It opens with a capital and holds no sentence punctuation, so a quoted remark is no name.
 */
const QUOTED = (words: string) =>
  new RegExp(`(?<![\\p{L}-])(?:${words})\\s+[“”"„«»‚‘]\\s*(\\p{Lu}[^“”"„«».,;:!?]{1,58}?)\\s*[“”"»«‘’]`, 'gu');
const IT_QUOTED = QUOTED('programma|progetto|Programma|Progetto');
const DE_QUOTED = QUOTED('Programms?|Projekts?|Programmes|Projektes');

/**
 * Italian plans, pacts and funds named with lower-case connectors between capitalised words: Piano Nazionale di
 * Ripresa e Resilienza, Patto per il Lavoro, Fondo per il Programma Nazionale della Ricerca. The name stops at a
 * lower-case content word (il Piano di studi is none); "e" joins only a last word (… e Resilienza), not a person
 * that follows (… e Mario Rossi).
 */
const IT_CONNECTOR = "(?:di|d['’]|per(?:\\s+(?:il|la|lo|l['’]|i|gli|le))?|del|dello|della|dell['’]|dei|degli|delle)";
const IT_WORD = "\\p{Lu}[\\p{L}'’-]*";
const IT_PLAN = new RegExp(
  `(?<![\\p{L}-])((?:Piano|Patto|Fondo)(?:\\s+(?:${IT_CONNECTOR}\\s*)?${IT_WORD}){1,8}(?:\\s+e\\s+${IT_WORD}(?!\\s+\\p{Lu}))?)(?![\\p{L}-])`,
  'gu',
);

/**
 * "del programma Horizon Europe", "nel programma Erasmus+": a capitalised name right after the programme word
 * (nel programma di studio, nel programma della giornata name nothing). Connectors are not read: "del programma
 * Horizon Europe della Commissione" names Horizon Europe.
 */
const IT_PROGRAMMA = new RegExp(
  `(?<![\\p{L}-])(?:del|nel|al|dal|sul|il)\\s+programma\\s+(\\p{Lu}[\\p{L}\\d+-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d+-]*|\\d{4})){0,3})(?![\\p{L}-])`,
  'gu',
);

/**
 * German framework and funding programmes named after a funder's prefix (EU-Rahmenprogramm Horizont Europa,
 * BMBF-Förderprogramm …): the name is two capitalised words or a brand with a year or a plus, since one capitalised
 * word after it may be any noun (dem EU-Förderprogramm Mittel entnehmen).
 */
const DE_FRAMEWORK = new RegExp(
  `(?<![\\p{L}-])(?:[A-Z]{2,6}-\\p{Lu}\\p{Ll}*programms?|Forschungsrahmenprogramms?)\\s+((?:\\p{Lu}[\\p{L}-]+\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?|\\p{Lu}[\\p{L}-]+(?:\\+|\\s+\\d{4})))(?![\\p{L}\\d+-])`,
  'gu',
);

/**
 * A degree programme with its field: Masterstudiengang Data Science, Bachelorstudiengang Wirtschaftsinformatik. The
 * field's last word ends as fields do (-ik, -ie, -wissenschaft, -lehre …, or an English field word), so a noun after
 * the word (dass im Masterstudiengang Studierende …) is none.
 */
const DE_FIELD_END =
  '(?:\\p{Lu}[\\p{L}-]*(?:ik|ie|wissenschaften?|lehre|wesen|technik|kunde|bau|recht|medizin)|Science|Sciences|Studies|Engineering|Management|Economics|Design|Analytics|Technology|Administration|Finance)';
const DE_DEGREE = new RegExp(
  `(?<![\\p{L}-])((?:Bachelor|Master|Diplom)-?[Ss]tudiengangs?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}${DE_FIELD_END})(?![\\p{L}-])`,
  'gu',
);

const collect = (text: string, res: RegExp[]) =>
  res.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!.replace(/\s+/g, ' ').trim()));

/** Programmes named in Italian or German text (`language`: the text's, as otherLatinLanguage reads it once). */
export function europeanPrograms(text: string, language: string): string[] {
  const found =
    language === 'it'
      ? collect(text, [IT_QUOTED, IT_PLAN, IT_PROGRAMMA])
      : language === 'de'
        ? collect(text, [DE_QUOTED, DE_FRAMEWORK, DE_DEGREE])
        : [];
  return [...new Set(found)];
}

// French and Dutch put the program word first and capitalise only names: le programme France 2030, het programma
// Kennis en Innovatie voor Biodiversiteit (German capitalises every noun, so it is left out).
const FR_WORD = "(?:\\p{Lu}[\\p{L}'’+-]*|\\d{4})";
const FR_PROGRAMME = new RegExp(
  `\\b(?:le|du|au|het)\\s+(?:programme|projet|dispositif|programma|project)\\s+(\\p{Lu}[\\p{L}'’+-]*(?:\\s+(?:(?:et|de|des|pour|en|voor|van)\\s+)?${FR_WORD}){0,4})`,
  'gu',
);
/**
 * German joins a named program's name to its word by hyphens: Heinz Maier-Leibnitz-Programm, Emmy-Noether-Programm.
 * A funder's initials alone (EU-Programm, DFG-Programm) name no program: its name follows (EU-Programm Horizon Europe).
 */
const DE_FUNDER_PROGRAMM = /\b[A-Z]{2,5}-Programms?(?:\s+(\p{Lu}[\p{L}\d]+(?:\s+\p{Lu}[\p{L}\d]+){0,2}))?/gu;
const DE_PROGRAMM =
  /(?<![\p{L}-])(?:(?!(?:Das|Der|Die|Dem|Den|Des|Ein|Eine|Im|Am|Mit|Über|Für)\s)\p{Lu}\p{L}+\s+){0,2}\p{Lu}[\p{L}-]*-Programms?(?![\p{L}-])/gu;

/** French, Dutch and German programmes named after (or joined to) their word, in text of any language. */
export function wordFirstPrograms(text: string): string[] {
  const out = [...text.matchAll(FR_PROGRAMME)].map((m) => m[1]!.replace(/\s+/g, ' '));
  const funders = [...text.matchAll(DE_FUNDER_PROGRAMM)];
  for (const m of funders) if (m[1]) out.push(m[1]);
  for (const m of text.matchAll(DE_PROGRAMM))
    if (!funders.some((f) => f[0].startsWith(m[0]))) out.push(m[0].replace(/\s+/g, ' '));
  return out;
}
