/**
 * Programs named in English, French, Dutch and German text: capitalised names ending in a program word (Program,
 * Fund, Scholarship, Initiative, Grant, Fellowship …), names the text itself calls a program, project or initiative,
 * defined acronyms and degree programmes. Split from find-programs.ts, which keeps the Chinese names.
 */
import { countOccurrences, escapeRegExp } from '../model/text';
import {
  degreePrograms,
  DEGREE_FIRST,
  EN_WORD,
  ENDS_IN_DEGREE,
  FIELD_LAST,
  FIELD_WORD,
  OPENER,
} from './english-degree-programs';
import { givenFirst } from './english-name-shape';
import { BODY_WORDS, namedInitiatives } from './english-initiatives';
import { knownPrograms } from './known-programs';
import { wordFirstPrograms } from './european-programs';

// Labs and institutes are organizations, places people work in (find-organizations.ts; session 17). A named challenge
// is a competition, as 挑战赛 is; grants, fellowships and schemes are named funding (ERC Synergy Grant), a named
// Scholar holds one (Rhodes Scholar), and the EU names its schemes Actions.
const EN_SUFFIX =
  'Program|Programme|Project|Fund|Scholarship|Scholarships|Scholars?|Actions|Initiative|Trust|Challenge|Hackathon|Grants?|Fellowships?|Scheme|Strategy|Partnership|Competition|Prizes?|Awards?|Incubator|Accelerator';
/** A capitalised name of two to six words (of/for/and/on/in between), not opening with an article. */
// A possessive ends the owner's name: "The British Library's Electronic Beowulf" names Electronic Beowulf.
const EN_NAME_WORD = `${EN_WORD}(?<!['’]s|['’])`;
// "Frontiers for the Future": an article after of/for/on/in is part of the name ("X and the Y" is two names).
// "Science to Achieve Results", "Pathways to Practice": to joins a name's words too. A pronoun opens none (Her
// CAREER project; session 44, R59).
const EN_NAME = `(?!(?:The|A|An|This|That|It|Its|Our|Their|His|Her|My|Your)\\s)${EN_NAME_WORD}(?:\\s+(?:(?:of|for|on|in)\\s+(?:the\\s+)?|(?:and|to)\\s+)?${EN_NAME_WORD}){1,6}`;
// Singular only: "successful Silicon Valley programs" are programs of a place, not one named program.
const PROGRAM_WORD = '(?:programme|program|project|initiative|scheme)';
const NO_OPENER = '(?:The|A|An|This|That|Our|Its|Their)\\s';
const DATED_HEAD = '(?:Plan|Policy|Framework)';
/** Levels and kinds of study a programme is of, never its name. */
const LEVEL_WORD =
  '(?:Honors|Honours|Graduate|Undergraduate|Doctoral|Masters?|Bachelors?|Degree|Exchange|Residency|Internship|Summer|Winter|Spring|Fall|Research|Scholarship|Pilot|Outreach|Flagship|Signature)';
/** A project's own one-word name: capitals (QUASAR, PHOTOCAT2D) or camel case (AgriTrust, QuSCAN), not a surname's (McDonald). */
const PROJECT_ACRONYM = '[A-Z][A-Z\\d]{3,}(?:-[A-Z\\d]+)*|(?!Mc|Mac|De|Di|Le|La)[A-Z][a-z]+[A-Z][A-Za-z\\d]+';
/** Before "project" the capitals are six or more: shorter ones are funders and fields (the NASA project, a STEM project). */
const ACRONYM_BEFORE = '[A-Z][A-Z\\d]{5,}|(?!Mc|Mac|De|Di|Le|La)[A-Z][a-z]+[A-Z][A-Za-z\\d]+';
const PROJECT_FIRST = '(?:project|progetto|projet|proyecto|projeto|Projekt)(?:\\s+(?:europeo|européen|europeu))?';
/** What the text calls a program right after or about a name: "the Learning Commons program", "… is part of a programme". */
const CALLED_PROGRAM = [
  // "the Learning Commons program at the University": the name, then the text's lower-case program word.
  // An acronym the text defines may stand between (the NUS Lifelong Learning (L3) scheme).
  new RegExp(`(?<![\\w’'-])(${EN_NAME})(?:\\s+\\([A-Z][A-Za-z\\d-]{1,9}\\))?\\s+${PROGRAM_WORD}\\b`, 'g'),
  // One word after an owner's possessive (NASA's Artemis program, the state's Medicaid program; session 42, R56): a
  // field of study or a level there is a department's programme (Rice's Bioengineering program, the university's
  // Honors program), not a named one.
  new RegExp(
    `(?<=['’]s\\s)(?!${LEVEL_WORD}\\s)([A-Z][a-z]{3,}(?<!ology|ics|ing|ry|ence|ine|ies|ism))\\s+${PROGRAM_WORD}\\b`,
    'g',
  ),
  // "Electronic Beowulf is part of a programme", "Upward Bound is a federal program".
  new RegExp(
    `(?<![\\w’'-])(${EN_NAME})\\s+(?:is|was|has\\s+been|will\\s+be)\\s+(?:part\\s+of\\s+)?(?:a|an|the|one)\\s+(?:[a-z-]+\\s+){0,2}${PROGRAM_WORD}\\b`,
    'g',
  ),
  // Two names sharing the text's plural program word: the Make in India and Atmanirbhar Bharat initiatives.
  new RegExp(`\\bthe\\s+(${EN_NAME})\\s+and\\s+(${EN_NAME})\\s+(?:initiatives|programmes|programs|schemes)\\b`, 'g'),
  // A name and a year the text calls a strategy: the Aberdeen 2040 strategy, the SMU 2025 strategic plan.
  new RegExp(
    `(?<![\\w’'-])(${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD})?\\s+20\\d\\d)\\s+(?:strategy|strategic\\s+plan)\\b`,
    'g',
  ),
  // A plan, policy or framework the year dates (Reef 2050 Long-Term Sustainability Plan, Indian Space Policy 2023,
  // the Research, Innovation and Enterprise 2025 Plan): undated, a Strategic Plan is any body's.
  new RegExp(
    `(?<![\\w’'-])((?!${NO_OPENER})${EN_NAME_WORD}(?:,?\\s+(?:and\\s+)?${EN_NAME_WORD}){0,4}\\s+20\\d\\d(?:\\s+${EN_NAME_WORD}){0,3}\\s+${DATED_HEAD}|(?!${NO_OPENER})${EN_NAME_WORD}(?:\\s+${EN_NAME_WORD}){0,4}\\s+${DATED_HEAD}\\s+20\\d\\d)\\b`,
    'g',
  ),
  // One word with a capital or a digit inside after "called" (the four-year project, called REPURPOSE).
  // So after "known as", and with hyphenated parts (the five-year project, known as SHARE-AMR).
  new RegExp(
    `\\b${PROGRAM_WORD},?\\s+(?:called|named|dubbed|known\\s+as)\\s+([A-Z][A-Za-z]*[A-Z\\d][A-Za-z\\d]*(?:-[A-Z\\d][A-Za-z\\d]*)*)\\b(?!-)`,
    'g',
  ),
  // A project's own name, in capitals or camel case, right after the word (the Horizon 2020 project AgriTrust, his
  // ERC project QUASAR; with a capital, Project AF8 is the name) or hyphenated capitals before it (the FLOW-MOOR
  // project): EU projects name themselves so. Italian, French, Spanish, Portuguese and German print the word first too
  // (il progetto AQUARIS, das EU-Projekt NaKaBat); a determiner's one-word name before "project" (the QuSCAN project) too.
  new RegExp(
    `\\b${PROJECT_FIRST}\\s+(${PROJECT_ACRONYM})\\b(?![-’'])|\\b(Project\\s+[A-Z][A-Z\\d]{2,9})\\b(?![-’'])`,
    'gu',
  ),
  new RegExp(`(?<![\\w-])([A-Z][A-Z\\d]+(?:-[A-Z\\d]+)+)\\s+project\\b`, 'g'),
  new RegExp(
    `\\b(?:the|The|a|A|an|An|this|This|our|Our|its|Its|their|Their)\\s+(?:[a-z\\d][\\w-]*\\s+){0,3}?(${ACRONYM_BEFORE})\\s+project\\b`,
    'g',
  ),
  // A quoted name and a program word: the "UK online for business" programme, the ILO “flexicurity” project.
  new RegExp(`[“"‘]([A-Za-z][\\w’' -]{1,60}?)[”"’]\\s+${PROGRAM_WORD}\\b`, 'g'),
  // A brand marked by a plus, one word before the program word: the Erasmus+ programme.
  new RegExp(`(?<![\\w+-])([A-Z][A-Za-z]+\\+)\\s+${PROGRAM_WORD}\\b`, 'g'),
  // A name and a generic word before a lower-case fund: the Kavli research fund. One capitalised word alone also
  // names its funder's body (Kavli Foundation), so the fund is named with its words; a nationality or a level (the
  // Swiss research fund, the National …) names no one fund.
  new RegExp(
    `\\bthe\\s+((?:[A-Z][a-z]+\\s+){1,2}(?<!(?:an|ish|ese|ss|ch|ic|al)\\s+)(?:research|scholarship|endowment|travel|innovation|seed|memorial|relief|hardship|discovery|opportunity|excellence)\\s+fund)\\b`,
    'g',
  ),
];
/** Bodies whose program a name after them is ("the Centre for X project"): not the program's own name. */
const BODY_OR_ORG = new RegExp(
  `${BODY_WORDS.source}|\\b(?:Institute|Center|Centre|Foundation|Council|Association|Society|Committee|Library|Service|Services)\\b`,
);

/**
 * A sentence's first word and "in the" before a name at `at`: the sentence's subject (Mentors in the Māori and Pacific
 * Admission Scheme, Students in the Water Scholars program), which only mid-sentence joins a name's words (the
 * Frontiers for the Future Programme; session 43). The words to cut, or ''.
 */
function subjectBefore(text: string, at: number, name: string): string {
  if (!/(?:^|[.!?:;]\s*|\n\s*)$/.test(text.slice(Math.max(0, at - 3), at))) return '';
  return /^\S+\s+(?:of|for|in|on|to)\s+the\s+/.exec(name)?.[0] ?? '';
}

/** Names the text itself calls a program, project, initiative or scheme, with the program word outside the name. */
export function calledPrograms(text: string): string[] {
  const out = new Set<string>();
  const known = knownPrograms(text);
  for (const re of CALLED_PROGRAM)
    for (const m of text.matchAll(re))
      for (const found of m.slice(1).filter(Boolean)) {
        // The funder's programme of a "Horizon Europe-funded project" is Horizon Europe.
        const at = text.indexOf(found, m.index);
        const name = found
          .slice(subjectBefore(text, at, found).length)
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/-(?:funded|backed|supported|sponsored|financed)$/, '');
        // A kind of award (Research Fellowship) is no name, even before an acronym (Prime Minister's … (PMRF) scheme).
        if (BODY_OR_ORG.test(name) || KIND.test(name) || ENDS_IN_DEGREE.test(name)) continue;
        // With the text's program word after it, as it is printed (the Artemis program, the Soybean Innovation Grant
        // program; session 61, R236–R251), but for a degree's or a known name (the Bachelor of Science in Nursing program,
        // the Horizon Europe programme).
        const printed =
          (re === CALLED_PROGRAM[0] || re === CALLED_PROGRAM[1]) &&
          !DEGREE_FIRST.test(name) &&
          !FIELD_LAST.test(name) &&
          !known.includes(name);
        const word = printed ? m[0].slice(at - m.index! + found.length) : '';
        out.add(`${name}${word.replace(/\s+/g, ' ')}`);
      }
  return [...out];
}

/**
 * Acronyms a text defines for a program it names: "the Scottish Centre for Research on Families and Relationships
 * (CRFR Scotland)" → CRFR. The letters must follow the name's capitals in order, so "(PDF)" after a name is not one.
 */
export function definedAcronyms(text: string, names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const m = new RegExp(`${escapeRegExp(name)}\\s*\\(([A-Z][A-Z&]{1,9})(?:\\s+[A-Z][a-z]+)?\\)`).exec(text);
    if (!m) continue;
    const capitals = name.replace(/[^A-Z]/g, '');
    let at = 0;
    if ([...m[1]!.replace('&', '')].every((c) => (at = capitals.indexOf(c, at) + 1) > 0)) out.push(m[1]!);
  }
  return out;
}

/**
 * An acronym with its expansion in brackets before the text's program word: "the SURF (Summer Undergraduate Research
 * Fellowship) program" names the program by the expansion, the full name (as a name before its acronym is named).
 * The acronym's letters open the expansion and follow its capitals; a body's expansion (the NSF (National Science
 * Foundation) program) names the funder, not the program.
 */
const ACRONYM_FIRST = new RegExp(
  `\\b([A-Z]{3,8})\\s+\\((${EN_WORD}(?:\\s+(?:(?:of|for|in|on|and|to)\\s+)?${EN_WORD}){2,7})\\)\\s+${PROGRAM_WORD}\\b`,
  'g',
);
function expandedAcronyms(text: string): string[] {
  return [...text.matchAll(ACRONYM_FIRST)]
    .filter(([, acronym, name]) => acronym![0] === name![0] && definedAcronyms(`${name} (${acronym})`, [name!]).length)
    .map(([, , name]) => name!.replace(/\s+/g, ' '))
    .filter((name) => !BODY_OR_ORG.test(name) && !KIND.test(name));
}

/** A name only ever printed as a whole quotation closed by a comma or stop (“Rethinking International Scholarship,”) is a cited title. */
function citedTitle(text: string, name: string): boolean {
  const quoted = new RegExp(`[“"]${escapeRegExp(name)}[,.][”"]`, 'g');
  return (text.match(quoted)?.length ?? 0) === countOccurrences(text, name);
}

/**
 * A name the text also writes in lower case, its last word before the program word and the program word together
 * ("Research Project" over a text on a research project, "Student Exchange Program" over an exchange program), is a
 * phrase in title case, a heading's or a kind's, not a name. One word in lower case is not enough: a text on the
 * Climate Project speaks of climate change.
 */
function ordinaryWords(text: string, name: string): boolean {
  // "Interdisciplinary Program in Archaeology": a named field after the program word makes it one. Four words or
  // more are a name the text refers back to in lower case (the Rural Animal Health Outreach Programme … the outreach
  // programme; session 54, R171), not a heading's phrase.
  if (!new RegExp(`(?:${EN_SUFFIX})$`).test(name) || name.split(' ').length >= 4) return false;
  const tail = name.split(' ').slice(-2).join(' ').toLowerCase();
  return new RegExp(`\\b${escapeRegExp(tail)}\\b`).test(text);
}

/** Titles before a person's name, or a given name alone before it: "Dr Oliver Grant", "Eileen Grant" are no grants. */
const personal = (n: string) =>
  /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s/.test(n) ||
  (/^\S+ Grant$/.test(n) && givenFirst(n.split(' ')[0]!));
/**
 * A university's head or a prime minister whose office names an award (Vice-Chancellor's Postdoctoral Fellowship,
 * Prime Minister's Research Fellowship); other owners are not part of the name (a Governor's Research Fellowship).
 */
const OFFICE_OWNED = /(?:Prime\s+Minister|(?:Vice-)?(?:Chancellor|President|Rector)|Provost|Dean)['’]s\s.*$/;

/** A kind of award, not one (Research Fellowship left of an owner's possessive, Travel Grants). */
const KIND =
  /^(?:(?:Research|Graduate|Postdoctoral|Doctoral|Travel|Seed|Small|Project|Pilot|National|International|Global|Regional|Local|Visiting|Senior|Distinguished|Emeritus|Young|Early|Career|Legal|Joint)\s+)+(?:Grants?|Fellowships?|Scholars?|Actions|Scheme|Strategy|Partnership)$/;

/**
 * A name the text explains in apposition with its own program word: "Kahuawaiola, the college's Indigenous teacher
 * education program, …". The words between describe it (no preposition: "a professor in the program" is a person's).
 */
const APPOSITIVE = new RegExp(
  `(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:of|for|to|and|in|on)\\s+)?\\p{Lu}[\\p{L}'’-]+){0,4}),\\s+(?:the|a|an)\\s+(?:(?!(?:in|of|at|on|for|with|from|to|by|and|who|director|head|manager|coordinator)\\s)[\\p{L}'’-]+\\s+){0,5}?(?:program|programme|initiative|scheme|project)(?=[,.;]|\\s+(?:that|which|for|at|in|run|led|funded|launched)\\b)`,
  'gu',
);

/**
 * A middle initial between a given name and a surname is part of a fund's name (the John D. Rockefeller Fund): a
 * capital and a stop after a capitalised word, before a capitalised word that opens no sentence (Malcolm X. The …).
 */
const MIDDLE_INITIAL = `(?<=[A-Z][a-z]+\\s)[A-Z]\\.(?=\\s+(?!(?:${OPENER})\\s)[A-Z][a-z])`;
const NAME_WORD = `(?:${EN_WORD}|${MIDDLE_INITIAL})`;
// A defined acronym may stand before the program word: Faculty Early Career Development (CAREER) Program. A field
// may follow "Program in" (Interdisciplinary Program in Archaeology) or "Initiative on" (Wisconsin Initiative on
// Climate Change Impacts); a month or season there is no field. A preposition and "the" join words too (Frontiers
// for the Future Programme; session 43, R69). Before a post (Deputy Project Director) the words are a title.
const PROGRAM_NAME = new RegExp(
  `\\b(${EN_WORD}(?:\\s+(?:(?:of|for|in|on|to)\\s+the|of|for|and|&|in|on|the|to)?\\s*${NAME_WORD}){0,5}(?:\\s+\\([A-Z]{2,8}\\))?\\s+(?:(?:Program|Programme|Initiative)(?:\\s+(?:in|on|for)\\s+${FIELD_WORD}(?:\\s+(?:and\\s+)?${FIELD_WORD}){0,3})?|${EN_SUFFIX}))\\b(?!\\s+(?:Office|Unit|Secretariat|Directorate|Division|Team|Board|Committee|Council|Director|Coordinator|Manager|Officer)\\b)`,
  'g',
);

export function findEnglishPrograms(text: string): string[] {
  const out = new Set<string>([...namedInitiatives(text), ...calledPrograms(text), ...expandedAcronyms(text)]);
  for (const m of text.matchAll(PROGRAM_NAME)) {
    if (personal(m[1]!)) continue; // a person's name (Dr Oliver Grant; Eileen Grant, session 48, R117)
    // Or a Grant who does something: "Doctoral student Aaliyah Grant, who studies …" (session 59, R220).
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (/^\S+ Grant$/.test(m[1]!) && /^,?\s+(?:who|said|says)\b/.test(after)) continue;
    // The owner before a possessive is not part of the name (College of Engineering's Engineering Design Program),
    // but an office is (Vice-Chancellor's Postdoctoral Fellowship, Prime Minister's Research Fellowship).
    const name = (OFFICE_OWNED.exec(m[1]!)?.[0] ?? m[1]!.slice(subjectBefore(text, m.index!, m[1]!).length))
      .replace(/^.*(?<!Prime\s+Minister|Chancellor|President|Provost|Dean|Rector)['’]s?\s+(?=\S+\s)/, '')
      .replace(/^(?:The|A|An|This|That|Our|Its|Their|Each|Every)\s+/, '')
      // A count opening the sentence is no part of the name (Eighty-seven Mastercard Foundation Scholars).
      .replace(
        /^(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|Thousands)\s+/,
        '',
      )
      // A post or a body of the program is a person's or a committee's (Director of the Africa Oxford Initiative,
      // Executive Committee of the … Program): the program's name is what follows.
      .replace(
        /^(?:[A-Z][\w-]*\s+)*?(?:(?:Director|Head|Chair|Lead|Manager|Coordinator|Leader|Dean|President|Principal)\s+of|(?:Committee|Board|Council|Office|Panel|Team|Unit)\s+(?:of|on)\s+the)\s+(?:the\s+)?/,
        '',
      )
      // "About the ARC … Program": a 'the' that no preposition governs opens the name.
      .replace(/^(?:\S+\s+)*?\S+(?<!\b(?:of|for|and|in|on))\s+the\s+/, '')
      .replace(/\s+/g, ' ');
    // A second program word after a grant's or fund's (Specialty Crop Block Grant Program), or the years a programme
    // runs (Affordable Homes Programme 2021–2026), is the name's too (session 61, R240, R243).
    const tail = /^\s+(?:Program|Programme|Scheme)\b|^\s+20\d\d[–-](?:20)?\d\d\b/.exec(after)?.[0] ?? '';
    if (name.split(' ').length >= 2 && !citedTitle(text, name) && !ordinaryWords(text, name) && !KIND.test(name))
      out.add(name + tail.replace(/\s+/g, ' '));
  }
  for (const n of wordFirstPrograms(text)) out.add(n);
  // The owner before a possessive is no part of the name (the NIH’s IMPACT Collaboratory, a program …).
  for (const m of text.matchAll(APPOSITIVE))
    if (!/^(?:The|A|An|This|It|He|She|They)$/.test(m[1]!)) out.add(m[1]!.replace(/^.*['’]s\s+/, ''));
  // Degree programmes: "Bachelor of Science in Nursing", "Master of Public Health", "Doctor of Philosophy".
  for (const d of degreePrograms(text)) out.add(d);
  // A program's acronym defined beside its name is a name of its own only where the text goes on to use it ("CRFR will
  // grow"): defined and never used again (the Fundamental Research Grant Scheme (FRGS)), it is the same program said
  // once more (session 38, R26–R31: six such acronyms counted as programs).
  for (const a of definedAcronyms(text, [...out])) if (countOccurrences(text, a) >= 2) out.add(a);
  // A name read without the program word the text prints after it is that name (Soybean Innovation Grant program).
  const worded = (n: string, o: string) => o.startsWith(n) && PRINTED_WORD.test(o.slice(n.length));
  return [...out].filter((n) => ![...out].some((o) => o !== n && worded(n, o)));
}
const PRINTED_WORD = /^(?:\s+\([^()]{1,12}\))?\s+(?:program|programme|scheme|project|initiative)$/;
