/**
 * The shape of an English person's name: the titles printed before one, its capitalised words (with accents after a
 * title), initials, post-nominals, and the given-name tests. find-english-people.ts reads names with these.
 */
import { GIVEN, NOT_PERSON } from './english-name-words';

// Session 19: judges, mayors, coaches, clergy, officers and councillors print their title before the name too.
// Session 35: Prof without its stop, as British, South African and Australian sites print it (Prof Sibusiso Vil-Nkomo).
// Session 63: Miss (Miss Temitope Ajibade, West African releases), Mx, and a military college's Cadet and Midshipman.
// Round 54 (R301): Brunei's and Malaysia's honorifics Hajah, Hjh, Awangku and Dayangku (Dr Hajah Norsalimah Haji Ahmad);
// round 55 (R304): Bhutan's Aum (Mrs) and Dasho.
// Shona's and Sesotho's professor (Purofesa, Moprofesa), Sesotho's Ntate and Mme (Mr, Mrs; French's Madame too), from
// the languages' usage (round 58, R317, R319).
export const TITLES =
  "Miss|Mx|Cadet|Midshipman|President|Provost|Vice Provost|Chancellor|Vice Chancellor|Professor Emeritus|Professor|Prof\\.|Prof|Dr\\.|Dean|Director|Chair|Rector|Principal|Senator|Governor|Secretary|Congressman|Congresswoman|Ambassador|Minister|Sir|Mr\\.|Ms\\.|Mrs\\.|Dr|Mr|Mrs|Ms|Messrs|Sri|Shri|Smt\\.|Smt|Monsieur|Encik|Puan|Datuk|Datin|Dato['’]|Hajah|Hjh|Awangku|Dayangku|Aum|Dasho|Tan Sri|Madame|Madam|Mdm\\.|Mdm|Judge|Justice|Mayor|Coach|Rev\\.|Reverend|Father|Rabbi|Bishop|Archbishop|Cardinal|Capt\\.|Captain|Gen\\.|Col\\.|Lt\\.|Sgt\\.|Rep\\.|Sen\\.|Gov\\.|Lord|Lady|Dame|Premier|Prime Minister|Councillor|Cllr\\.|Cllr|Dkt\\.|Registrar|Treasurer|Librarian|Bursar|Proctor|Councilman|Councilwoman|Commissioner|Superintendent|Sheriff|Detective|Colonel|Lieutenant|Sergeant|Admiral|Ranger|Corporal|Constable|Purofesa|Moprofesa|Ntate|Mme";
/**
 * A capitalised word of a name: Nie, McDougall, O'Halloran, Piwnica-Worms, never a possessive. The ʻokina (U+02BB)
 * and ’ inside Hawaiian and Māori names are letters of the name (Kawaiʻaeʻa, Hawaiʻi): session 33. After a hyphen, a
 * lower-case syllable of a romanised given name (Jae-won, Ji-hoon) belongs to it; a longer lower-case word joins a
 * compound (James Webb-ruimtetelescoop; session 44, R82).
 */
// Each repetition starts with ' - or a capital, so the pattern cannot backtrack exponentially.
export const CAP =
  "[A-Z](?=[a-z'’ʻ])[a-z]*(?:(?!['’]s\\b)['’ʻ][A-Z]?[a-z]+|-[A-Z][a-z]+|-[a-z]{2,6}(?![a-z])|[A-Z][a-z]+)*";
export const NAME = `${CAP}(?:\\s+[A-Z]\\.)?(?:\\s+${CAP}){1,2}`;
/**
 * A word of a name with accents (Mélanie Joly, Ruairí Ó Cinnéide; session 34): Latin-1 and Latin Extended-A, capitals
 * where a word starts only (Š, Ł, Ž). Read only after a title: in bare runs accented words are as often a
 * transliteration's or another language's (Samskrita Bhârati), so those stay ASCII, as before.
 */
const UP = 'A-ZÀ-ÖØ-ÞĆČĐŁŃŘŚŠŽ';
const LO = 'a-zß-öø-ÿ\\u0100-\\u017F';
export const ACAP = `[${UP}](?=[${LO}'’ʻ])[${LO}]*(?:(?!['’]s\\b)['’ʻ][${UP}]?[${LO}]+|-[${UP}][${LO}]+|-[${LO}]{2,6}(?![${LO}])|[${UP}][${LO}]+)*`;
/** The Irish particle Ó before a surname (Ruairí Ó Cinnéide); Ní, Nic and Mac are words of their own. */
export const O = '(?:Ó[^\\S\\n]+)?';
/**
 * A name in a list of names, accents allowed, ending where its word ends (not "Sophie Lavall" of Lavallée; session 52,
 * R146); four words on one line, no title among them (Chloe Tan Hui Min and Arjun Menon; session 53, R158).
 */
export const LISTED = `(?:${CAP}(?:[^\\S\\n]+[A-Z]\\.)?(?:[^\\S\\n]+(?!(?:${TITLES})\\b)${CAP}){1,3}|${NAME}|${ACAP}(?:[^\\S\\n]+${O}${ACAP}){1,2})(?![\\w’'ʻ\\u00C0-\\u024F-])`;
/**
 * A pair or a trio of words with accents on one line, not a piece of a longer word, nor opening with a student's year
 * (Sophomore Ana Lucía Herrera: the cue before the name; session 51, R143), nor with a co-role (Co-author Sophie
 * Lavallée; session 52, R146).
 */
export const ACCENTED = new RegExp(
  `(?<![\\w’'ʻ.\\u00C0-\\u024F-])(?!(?:Sophomore|Freshman|Junior|Senior|Student|Undergraduate|Co-[a-z]+)\\s)${ACAP}(?:[^\\S\\n]+${O}${ACAP}){1,2}(?![\\w’'ʻ\\u00C0-\\u024F-])`,
  'g',
);
/**
 * A name read after a title holds no title of its own: "Pro Vice-Chancellor Māori Professor Te Kawehau Hoskins" names
 * Te Kawehau Hoskins (a descriptor between two titles; session 34). Titles that are also names (Dean) are not held.
 */
const INNER_TITLE = `(?!(?:Professor|Prof|Dr|President|Provost|Chancellor|Director|Minister|Mayor|Senator|Governor|Sir|Dame|Mr|Mrs|Ms|Miss|Mx)\\b)`;
// After a given name, the surname may open with lower-case particles (Dr Pieter van Heerden, Prof Ana de la Cruz;
// session 35, R19): the title is the evidence, so no given-name list is needed as for a bare pair (WITH_PARTICLE). Not
// after two words: there the particle opens where someone is from (Prof. Dr. Katharina Vogel von der Professur …).
const PARTICLES = `(?:(?:van|von|de|der|den|du|da|di|del|la|le|ter|ten)[^\\S\\n]+){1,2}`;
// Up to four words, an initial after any but the last (Dr. Maria Cristina P. Alvarez, Assoc Prof Grace Ong Hwee Ling;
// session 53, R158).
export const TITLED_NAME = `${INNER_TITLE}${ACAP}(?:\\s+[A-Z]\\.)?(?:[^\\S\\n]+${PARTICLES}${ACAP}|(?:\\s+${O}${INNER_TITLE}${ACAP}(?:\\s+[A-Z]\\.(?=\\s+[A-Z]))?){1,3})`;
// Initials run together (G.J. Thorkelin, K.A. Krishnasvami Iyer) name a person too (PLACE_INITIALS aside).
export const WITH_INITIAL = new RegExp(
  `^${CAP}\\s+[A-Z]\\.\\s+${CAP}$|^[A-Z]\\.\\s+${CAP}\\s+${CAP}$|^(?:[A-Z]\\.){2,3}\\s+${CAP}(?:\\s+${CAP})?$`,
);
/**
 * After a title, a common given name and a surname that is also a common word (Vice-Chancellor Professor Chris Day,
 * Dr Susan Hall; session 34), where the name ends: two words, and no capitalised word after on the line.
 */
export function commonSurname(name: string, after: string): string | null {
  const words = name.split(/\s+/);
  if (words.length !== 2 || !GIVEN.has(words[0]!) || NOT_PERSON.test(words[0]!)) return null;
  return /^[^\S\n]+[A-Z]/.test(after) ? null : words.join(' ');
}

/** Post-nominals of members of parliaments and of counsel (James Lawless TD, Jane Doe MP). */
export const POST_NOMINAL = 'TD|MP|MSP|MS|MLA|MEP|MHK|MPP|MNA|QC|KC|SC';

/**
 * A common given name, or a compound of two capitalised parts one of which is one (Leigh-Anne, Anne-Marie, Jean-Luc;
 * session 34): a hyphen inside a given name, unlike one inside a surname, joins two given names.
 */
export function givenFirst(word: string): boolean {
  const parts = word.split('-');
  return (
    GIVEN.has(word) ||
    (parts.length === 2 && parts.every((p) => /^[A-Z][a-z]+$/.test(p)) && parts.some((p) => GIVEN.has(p)))
  );
}

/** A word without its accents, to look up in the list of given names (Mélanie as Melanie). */
export const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
