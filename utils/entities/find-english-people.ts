/**
 * People named in English text. A capitalised two- or three-word name counts when the text says it is a
 * person: a title before it (Provost David Okafor), a middle initial (Max L. Balter), a role noun before
 * it (lead author Josh Leipheimer, Photo: …), an apposition after it (…, a professor of …; …, Ph.D.),
 * a speech verb (said), the surname used alone elsewhere (Norman Nie … Nie said), or "and" joining it
 * to another person.
 */
import { escapeRegExp } from '../model/text';
import type { FoundPerson } from './find-people';
import {
  classYearAfter,
  countWord,
  speaksAlone,
  namedForCountry,
  NOUN_BEFORE,
  partOfOther,
  NAMED_BODY,
  PLACE_BEFORE,
  NOT_A_NAME,
  COMPLEMENT_BEFORE,
  longerForm,
  prose,
  placeWordSurname,
  shortFormOfBody,
  STATE_BEFORE,
  STATE_FIRST,
  THING_BEFORE,
  zhRoleBefore,
} from './english-name-context';
import { romanisedChineseNames } from './romanised-chinese-names';
import { patronymicNames } from './patronymic-names';
import { LATIN_GIVEN } from './latin-people-cues';
import { GIVEN, NOT_FIRST, NOT_PERSON, withoutOccupation } from './english-name-words';
import { longTitles } from './english-long-title';
import { APPOINTED, PUBLICATION_BEFORE, ROLE_AFTER, ROLE_APPOSITION, ROLE_BEFORE, SPEECH } from './english-people-cues';
import {
  ACCENTED,
  CAP,
  commonSurname,
  givenFirst,
  LISTED,
  TITLED_NAME,
  TITLES,
  WITH_INITIAL,
} from './english-name-shape';

/** A name with a lower-case particle before the surname, not opening a longer name (Charles de Gaulle Airport). */
const WITH_PARTICLE = new RegExp(
  `\\b(${CAP})\\s+(?:(?:van|von|de|da|di|del|der|den|du|le|la|bin|ibn)\\s+){1,2}${CAP}\\b(?!\\s+[A-Z])`,
  'g',
);
/**
 * A body's word and "of" or "for" right before a pair (University of Hong Kong, Institute for Global Food Security): the
 * pair ends that name (sessions 34, 43).
 */
const BODY_OF = new RegExp(`${NOT_PERSON.source}[^\\S\\n]+(?:of|for)[^\\S\\n]+(?:the[^\\S\\n]+)?$`);
/** The words that open a title, and a title's noun, never a name's last: Vice, Executive, Professor (Additional Professor) … */
const TITLE_HEAD_END =
  /\s(?:Vice|Executive|Deputy|Associate|Assistant|Acting|Interim|Senior|Chief|Professor|Lecturer|Director|Dean|Provost|Officer|Manager|Coordinator)$/;
/** The capitalised words going on right after a match, on its line. */
const RUN_ON = /^(?:[^\S\n]+[A-Z][\w’'-]*)+/;

const HAN_END = /\p{Script=Han}$/u;

function clean(name: string, text: string): string | null {
  const n = withoutOccupation(name.replace(new RegExp(`^(?:(?:${TITLES})\\s+)+`), '').replace(/\s+/g, ' '));
  // Park after a romanised Korean given name (Soo-Jin Park; session 45, R92), Hill after Marcus: surnames (session 50).
  const korean = /^[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,5} Park$/.test(n) || placeWordSurname(n);
  if (!n.includes(' ') || (NOT_PERSON.test(n) && !korean) || NOT_FIRST.test(n) || NOT_A_NAME.test(n)) return null;
  // A first word the text also uses in lower case (Decrease, Give) is an ordinary word opening a sentence.
  const first = n.split(' ')[0]!;
  if (first.length > 1 && !first.endsWith('.') && new RegExp(`\\b${first.toLowerCase()}\\b`).test(prose(text)))
    return null;
  return n;
}

/**
 * Capitalised role nouns printed right before a name inside one run (General Counsel Debra Zumwalt), and a
 * sentence's opening co-author or class year (Co-author Mei Lin Zhou, Junior Amelia Ortiz; session 42, R62), or
 * student, researcher or mentor (Student Amira Hussain said; session 49, R125; Mentor Johan Louw; session 53), or one
 * taking part (Participant Selma Iyambo, a 21-year-old; session 64, R281), or a resident (Resident Jamal Winters, a
 * teacher residency's; round 57, R315), a class's first (Valedictorian Shanice Joseph) or a programmer (round 58).
 */
const ROLE_IN_RUN =
  /^(?:Counsel|Officer|Secretary|Chairman|Chairwoman|Chair|CEO|Director|Dean|President|Provost|Professor|Advisor|Adviser|Coordinator|Manager|Editor|Chancellor|Rector|Scholar|Fellow|Co-[Aa]uthor|Freshman|Sophomore|Junior|Senior|Student|Undergraduate|Postgraduate|Researcher|Lecturer|Alumna|Alumnus|Mentor|Participant|Trainee|Intern|Apprentice|Volunteer|Delegate|Graduate|Resident|Valedictorian|Salutatorian|Programmer|Developer)$/;

/**
 * Runs of capitalised words, cut into names at function words, titles and role nouns: "The Honorable William S.
 * Cohen Chairman and CEO" → William S. Cohen, "Photo: Unnati Chauhan In the future" → Unnati Chauhan. A name
 * right after a role noun in its run ("Academic Secretary Susan W. Schofield") is recorded as titled.
 */
function candidates(
  text: string,
  english: boolean,
): {
  names: Map<string, number[]>;
  titled: Set<string>;
  glued: Set<string>;
  owners: Set<string>;
} {
  const names = new Map<string, number[]>();
  const bare = new Set<string>();
  const owners = new Set<string>();
  const titled = new Set<string>();
  const glued = new Set<string>();
  const breaker = new RegExp(`^(?:${TITLES}|Honorable|Lecturer|Advising)$`);
  // A run stays on its line (a headline above a byline is not part of the name) and is never a piece of a
  // word with letters beyond ASCII (Samskrita Bh|ârati).
  // A possessive ends a run (General Counsel Debra Zumwalt's title) as a space does.
  const run = `(?<![\\w’'ʻ.\\u00C0-\\u024F-])(?:(?:${CAP}|(?:[A-Z]\\.){1,3})[^\\S\\n]+)*${CAP}(?:(?![\\w’'ʻ\\u00C0-\\u024F-])|(?=['’]s\\b))`;
  for (const m of text.matchAll(new RegExp(run, 'g'))) {
    const words = [...m[0].matchAll(/\S+/g)];
    let seg: RegExpExecArray[] = [];
    let afterRole = false;
    const flush = (next: boolean, role = false) => {
      // In English, a word glued before a common given name opens the sentence or names a team, not the person
      // ("Yesterday John Smith said", "Sixers Kelly Oubre"): the name starts at the given name.
      const g = english
        ? seg.findIndex((w, i) => i > 0 && GIVEN.has(w[0]) && seg.length - i <= 3 && seg.length - i >= 2)
        : -1;
      // A given name of another Latin-script language opens a double given name (Ana Rita Ferreira; round 57, R314).
      // Not after a Chinese title (教授Ana Sofia Martins): nothing opens there. Nor before an apposition on the whole run
      // (Paolo Miguel Sarmiento, a … student; session 60, R231): "Yesterday John Smith, a …" is no way to write.
      const end = m.index! + (seg.at(-1)?.index ?? 0) + (seg.at(-1)?.[0].length ?? 0);
      const apposed = /^,\s+an?\s/.test(text.slice(end, end + 5));
      if (
        g > 0 &&
        !apposed &&
        !GIVEN.has(seg[0]![0]) &&
        !LATIN_GIVEN.has(seg[0]![0]) &&
        !HAN_END.test(text.slice(0, m.index! + seg[0]!.index!))
      )
        seg = seg.slice(g);
      if (seg.filter((w) => !/^(?:[A-Z]\.)+$/.test(w[0])).length <= 3 && seg.length > 0) {
        const n = clean(seg.map((w) => w[0]).join(' '), text);
        if (n) {
          names.set(n, [...(names.get(n) ?? []), m.index! + seg[0]!.index!]);
          if (afterRole) titled.add(n);
          if (role) glued.add(n);
          if (/^['’]s\b/.test(text.slice(m.index! + m[0].length))) owners.add(n);
          else bare.add(n);
        }
      }
      seg = [];
      afterRole = next;
    };
    for (const w of words as RegExpExecArray[]) {
      const isRole = ROLE_IN_RUN.test(w[0]);
      const title = isRole || breaker.test(w[0]);
      if (title || NOT_FIRST.test(w[0])) flush(title, title || /^(?:General|Deputy|Executive|Chief)$/.test(w[0]));
      else seg.push(w);
    }
    flush(false);
  }
  for (const n of bare) owners.delete(n);
  return { names, titled, glued, owners };
}

/**
 * `english`: the text is English (not another Latin-script language, where a capitalised word before a given name is
 * often a noun of that language: Rey Juan Carlos, Physiker Paul …).
 */
export function findEnglishPeople(text: string, english = true): FoundPerson[] {
  const out = new Map<string, string | null>();
  const add = (n: string | null, role: string | null) => {
    // A title's first words cut off before its noun (Technion Executive Vice | President; session 43, R73).
    if (n && !TITLE_HEAD_END.test(n) && (!out.has(n) || (!out.get(n) && role))) out.set(n, role);
  };
  // Titles may stack (NUS President Professor Tan Eng Chye): the name is read after the last, all three words of it.
  for (const m of text.matchAll(new RegExp(`\\b(${TITLES})(?:\\s+(?:${TITLES}))*\\s+(${TITLED_NAME})`, 'g'))) {
    // The title's word inside a longer capitalised name that a body's or a programme's word ends (Environmental Justice
    // Collaborative Problem-Solving Cooperative Agreement Program; session 34) titles no one.
    if (NOT_PERSON.test(RUN_ON.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80))?.[0] ?? ''))
      continue;
    add(clean(m[2]!, text) ?? commonSurname(m[2]!, text.slice(m.index! + m[0].length)), m[1]!.replace(/\.$/, ''));
  }
  // The portfolio's last word before a long title's name is no part of another reading of it (Geosciences Elena Marquez).
  const portfolio = new Set<string>();
  for (const t of longTitles(text, clean)) {
    add(t.name, t.role);
    portfolio.add(`${t.field} ${t.name}`);
  }
  const { names, titled, glued, owners } = candidates(text, english);
  const isPerson = (n: string, at: number[]) => {
    if (STATE_FIRST.test(n)) return false;
    if (at.every((i) => PUBLICATION_BEFORE.test(text.slice(Math.max(0, i - 50), i)))) return false;
    // A citation's authors, surname then initials (Mäkinen E, Lindqvist J, Virtanen S. Phytoplankton …; session 60).
    if (at.every((i) => /\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,2}\.?,\s$/u.test(text.slice(Math.max(0, i - 30), i))))
      return false;
    // City University of Hong Kong (CityU), Bank of Nova Scotia: after a body's word and "of", the pair ends the body's
    // name; what stands around such a mention says nothing of a person.
    // So does a body's word right after it (the Henry and Marilyn Taub Faculty of Computer Science; session 43, R73).
    const free = at.filter(
      (i) =>
        !BODY_OF.test(text.slice(Math.max(0, i - 40), i)) &&
        // Where something is (near Swift Current, Hailey Battiest of Broken Bow): a place (session 50, R134, R135), but
        // for a possessive (in Leigh-Anne Morrow’s course).
        !(PLACE_BEFORE.test(text.slice(Math.max(0, i - 80), i)) && !/^['’]s\b/.test(text.slice(i + n.length))) &&
        !STATE_BEFORE.test(text.slice(Math.max(0, i - 20), i)) &&
        !NAMED_BODY.test(text.slice(i + n.length, i + n.length + 20)),
    );
    if (!titled.has(n) && !free.length) return false;
    if (!titled.has(n) && partOfOther(text, n, at)) return false;
    if (titled.has(n) || WITH_INITIAL.test(n) || (givenFirst(n.split(' ')[0]!) && n.split(' ').length === 2))
      return true;
    // Seen only before a possessive (Committee to Boycott Nixon's Memoirs): a title's words as often as a name, so
    // only the strong evidence above makes it a person.
    if (owners.has(n)) return false;
    // Words glued to a title after them in one run ("German Deputy Minister", "by California Attorney
    // General …") are part of that title: only a given name, an initial or a title before makes them a person.
    if (glued.has(n) || namedForCountry(n)) return false;
    const body = shortFormOfBody(text, n);
    // A university's short name (…at Sheffield Hallam, said: beside Sheffield Hallam University; session 43, R76), a
    // school's (Drake Law alumni, beside Drake Law School; session 58, R205).
    const campus = new RegExp(`(?<![\\w’'-])${escapeRegExp(n)}[^\\S\\n]+(?:University|College|School)\\b`).test(text);
    if (campus) return free.some((i) => ROLE_BEFORE.test(text.slice(Math.max(0, i - 40), i)));
    const surname = n.split(' ').at(-1)!;
    // The surname alone, saying or titled ("Nie said", "Dr. Nie", "said Nie"): how a story goes on about a person. A bare
    // repeat is no evidence: "East" alone also follows "Middle East" and "Near East".
    if (surname.length > 2 && countWord(text, surname) > countWord(text, n) && speaksAlone(text, surname)) return true;
    return free.some(
      (i) =>
        ROLE_BEFORE.test(text.slice(Math.max(0, i - 40), i)) ||
        // "the digital Gutenburg Bible, the …": a name printed after "the" is a thing, not a person.
        (!THING_BEFORE.test(text.slice(Math.max(0, i - 30), i)) &&
          ((!body && ROLE_AFTER.test(text.slice(i + n.length, i + n.length + 60))) ||
            APPOINTED.test(text.slice(i + n.length, i + n.length + 90)) ||
            SPEECH.test(text.slice(i + n.length, i + n.length + 20)) ||
            classYearAfter(n, text.slice(i + n.length, i + n.length + 6)) ||
            /\bsaid\s+$/.test(text.slice(Math.max(0, i - 10), i)) ||
            // A quotation's speaker in brackets after it: "…framework"⏎(Tony Blair, foreword to …).
            (/["”]\s*\($/.test(text.slice(Math.max(0, i - 6), i)) && /^,/.test(text.slice(i + n.length))))),
    );
  };
  for (const [n, at] of names) if (!out.has(n) && isPerson(n, at)) add(n, null);
  // A name with accents outside a title's reach (…; Tomás Echeverría, assistant professor of chemistry; session 34):
  // taken on an apposition naming a role or a speech verb, the evidence that makes a person of an ASCII pair.
  for (const m of text.matchAll(ACCENTED)) {
    const n = /[\u0080-\uFFFF]/.test(m[0]) ? clean(m[0], text) : null;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
    const before = text.slice(Math.max(0, m.index! - 30), m.index!);
    if (n && !out.has(n) && !partOfOther(text, n, [m.index!])) {
      // A class year after it too (Ana Lucía Ferreira ’26; session 45, R89), or a Chinese title before (研究員Martin Krüger).
      const cue = classYearAfter(n, after.slice(0, 6)) || !!zhRoleBefore(before.slice(-8));
      // A relative clause on a person (Tomás Ó Conghaile, who grows potatoes; session 49, R127) too, after a bracketed
      // note (Tama Hōhepa (Ngāti Kahungunu), who completed …; session 60, R235).
      const who = /^(?:\s+\([^()\n]{1,40}\))?,\s+who\b/.test(after);
      if (ROLE_APPOSITION.test(after) || SPEECH.test(after) || NOUN_BEFORE.test(before) || cue || who) add(n, null);
    }
  }
  // A Chinese title right before a romanised name (美国康奈尔大学教授Rui Hai Liu、; session 34).
  for (const [n, at] of names) {
    const role = at.map((i) => zhRoleBefore(text.slice(Math.max(0, i - 8), i))).find(Boolean);
    if (role && !out.has(n) && !partOfOther(text, n, at)) add(n, role);
  }
  for (const n of [...romanisedChineseNames(text), ...patronymicNames(text)]) add(n, null); // hyphen, particle: evidence
  // Session 22: a common given name, a lower-case particle and a surname (Vincent van Gogh, Simon van der Meer).
  for (const m of text.matchAll(WITH_PARTICLE)) if (GIVEN.has(m[1]!)) add(m[0].replace(/\s+/g, ' '), null);
  // A name listed beside a person is one too ("Debra Satz, David Abernethy"), not a role's complement (Manager of
  // Infrastructure Delivery, Kate Brennan; session 51, R141); accented ones too (Sophie Lavallée; session 52); so is one
  // in a list of hometowns (Elise Kaufmann, of Fort Collins, Colo.; Samuel Otieno, of Casper; round 57, R313).
  const sep = `(?:,\\s+|,?\\s+and\\s+|,\\s+(?:of|from)\\s+[^;\\n]{2,40};\\s+(?:and\\s+)?)`;
  for (let pass = 0; pass < 2; pass++) {
    for (const m of text.matchAll(new RegExp(`(${LISTED})${sep}(?=(${LISTED}))`, 'g'))) {
      const [a, b] = [clean(m[1]!, text), clean(m[2]!, text)];
      if (
        a &&
        b &&
        (out.has(a) || out.has(b)) &&
        !COMPLEMENT_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))
      ) {
        add(a, null);
        add(b, null);
      }
    }
  }
  return [...out]
    .filter(
      ([n]) => !portfolio.has(n) && ![...out.keys()].some((o) => o !== n && !portfolio.has(o) && longerForm(o, n)),
    )
    .map(([t, role]) => ({ text: t, role }));
}
