/**
 * Malay and Filipino names held together by a lower-case particle between capitalised words: Nurul Aisyah binte
 * Rahim, Ahmad bin Ismail, Juan Miguel dela Cruz (session 53, R158). The particle is the evidence a capitalised run
 * lacks: no English phrase puts bin, binti, binte, bte, dela or delos between capitals. Brunei's and Malaysia's names
 * carry the father's Haji (Hj) in that place (Norsalimah Haji Ahmad, Mohammad Abdul Hakim Hj Mohd Yassin; round 54,
 * R301), and open with honorifics that are no part of the name (Hajah, Awangku, Dayang).
 */
import { CAP, TITLES } from './english-name-shape';
import { partOfOther } from './english-name-context';

const OPENING = /^(?:For|The|In|At|By|With|From|And|But|As|On|To|When|While|After|Before|Since|Like|Meanwhile)$/;
const PARTICLE = /^(?:bin|binti|binte|bte|dela|delos|Haji|Hj)$/;
const HONORIFIC = /^(?:Haji|Hajah|Hj|Hjh|Awang|Awangku|Dayang|Dayangku|Datin|Dato|Datuk)$/;
/** A title before the name is no part of it (Mdm Siti Rahmah binte Osman; session 59, R227). */
const TITLE_WORD = new RegExp(`^(?:${TITLES})$`);
const PATRONYMIC = new RegExp(
  `(?<![\\w’'ʻ.-])${CAP}(?:[^\\S\\n]+${CAP}){0,2}[^\\S\\n]+(?:bin|binti|binte|bte|dela|delos|Haji|Hj)[^\\S\\n]+${CAP}(?:[^\\S\\n]+${CAP})?(?![\\w’'ʻ-])`,
  'g',
);

/** The names with such a particle the text prints, in order, each once, but those inside a body's name. */
export function patronymicNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PATRONYMIC)) {
    const words = m[0].split(/\s+/);
    // A sentence's first word before the name ("For Juan Miguel dela Cruz, …") is one the text prints in lower case.
    const opening = (w: string) => OPENING.test(w) || new RegExp(`\\b${w.toLowerCase()}\\b`).test(text);
    while (!PARTICLE.test(words[1]!) && (opening(words[0]!) || TITLE_WORD.test(words[0]!) || HONORIFIC.test(words[0]!)))
      words.shift();
    const name = words.join(' ');
    if (!out.includes(name) && !partOfOther(text, m[0], [m.index!])) out.push(name);
  }
  return out;
}
