/**
 * Program names known by their shape rather than a program word at their end (session 23, issue #11): a numbered
 * national scheme (985工程), a program word opening the name (Project Gutenberg, the Program in Archaeology) and a
 * competition named with its year or edition (the 2024 Solar Car Challenge).
 */

/** 985工程, 211工程, 863计划, 2011计划: a scheme named by its number alone (no 年: 2024年计划 is a year's plan). */
const ZH_NUMBERED = /(?<![\d.．%％年月日号])(\d{3,4})(工程|计划)(?![院师])/gu;

export function numberedZhSchemes(text: string): string[] {
  return [...new Set([...text.matchAll(ZH_NUMBERED)].map((m) => m[1]! + m[2]!))];
}

const CAP = "[A-Z][A-Za-z'’&-]*";
const CAPS = `${CAP}(?:\\s+(?:(?:of|for|and|on|in|the)\\s+)?${CAP}){0,5}`;
/** Words after "Project" that make a job or a team, not a name (Project Manager, Project Team). */
const ROLE = /^(?:Manager|Director|Coordinator|Leader|Lead|Officer|Team|Management|Engineer|Assistant|Scientist|Staff)\b/;

/** "Project Gutenberg", "the Program in Archaeology", "the Initiative for Maximizing Student Development". */
const OPENING = [
  new RegExp(`\\bProject\\s+(${CAP}(?:\\s+${CAP}){0,2})`, 'g'),
  new RegExp(`\\bthe\\s+((?:Program|Programme|Project|Initiative)\\s+(?:for|on|in|of)\\s+${CAPS})`, 'g'),
];

export function programWordFirst(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(OPENING[0]!)) if (!ROLE.test(m[1]!)) out.add(`Project ${m[1]!.replace(/\s+/g, ' ')}`);
  for (const m of text.matchAll(OPENING[1]!)) out.add(m[1]!.replace(/\s+/g, ' '));
  return [...out];
}

/** "the 2024 Solar Car Challenge", "the 5th Annual Business Plan Competition": an edition names one contest. */
const EDITION = new RegExp(
  `\\b(?:(?:19|20)\\d{2}|\\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Inaugural)\\s+(?:Annual\\s+)?(${CAPS}\\s+(?:Challenge|Competition|Contest|Cup|Hackathon|Olympiad))\\b`,
  'g',
);

export function editionContests(text: string): string[] {
  return [...new Set([...text.matchAll(EDITION)].map((m) => m[1]!.replace(/\s+/g, ' ')))];
}

/** "students enrolled in the Honors Scholars", "participants in the Atlantic Storm": what people take part in. */
const JOINED = new RegExp(
  `\\b(?:participat(?:e|es|ed|ing)|participants?|enroll?(?:ed|s|ing)?|took\\s+part|take\\s+part|taking\\s+part)\\s+in\\s+(?:the\\s+|a\\s+|an\\s+)?(${CAP}(?:\\s+(?:(?:of|for|and|on|in)\\s+)?${CAP}){1,5})`,
  'g',
);
const BODY = /\b(?:University|College|School|Department|Faculty|Ministry|Government|Company|Corporation|Inc|Ltd|Agency|Office)\b/;

export function joinedPrograms(text: string): string[] {
  return [...new Set([...text.matchAll(JOINED)].map((m) => m[1]!.replace(/\s+/g, ' ')))].filter((n) => !BODY.test(n));
}

/** "the Learning Integrated Freshman Experience (LIFE)": a capitalised name defined with the acronym of its capitals. */
const DEFINED = new RegExp(`(?<![A-Za-z]\\s)\\b(${CAP}(?:\\s+(?:(?:of|for|and|on|in|the|to)\\s+)?${CAP}){1,6})\\s*\\(([A-Z][A-Z&]{1,7})\\)`, 'g');
const ORG_WORD =
  /\b(?:University|College|School|Department|Faculty|Ministry|Government|Company|Corporation|Inc|Ltd|Agency|Office|Institute|Center|Centre|Foundation|Council|Association|Society|Committee|Library|Service|Services|Board|Bureau|Commission|Organization|Organisation|Union|Team|Group|Network|Hospital|Museum|Laboratory|Lab|Academy|Party|Court|Authority|Administration|Division|Unit|Federation|League|Alliance|Consortium|Corps|Force|Army|Navy|Bank)\b/;

/** Roles, places, conditions and measures are defined with acronyms too (Chief Executive Officer, United States, SARS, GPA). */
const NOT_SCHEME =
  /\b(?:Officer|Director|Investigator|Manager|President|Chair|Secretary|Executive|Professor|States|Kingdom|Republic|Nations|Kong|Island|Islands|County|City|Province|Region|Syndrome|Disease|Virus|Disorder|Deficiency|Equipment|Average|Index|Rate|Test|Score|Intelligence|Learning|Language|Technology|Protocol|System|Systems|Data)$/;

export function acronymNames(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(DEFINED)) {
    const name = m[1]!.replace(/\s+/g, ' ').replace(/^(?:The|A|An)\s+/, '');
    const caps = name.replace(/[^A-Z]/g, '');
    const again = (globalThis as any).process?.env?.R15A !== '1' || new RegExp(`\\b${m[2]!.replace('&', '\\&')}\\b`).test(text.slice(m.index! + m[0].length));
    const plain = (globalThis as any).process?.env?.R15B !== '1' || !NOT_SCHEME.test(name);
    if (again && plain && !ORG_WORD.test(name) && caps.startsWith(m[2]!.replace('&', '').slice(0, 1)) && caps.length >= m[2]!.length - 1 && caps.includes(m[2]!.replace('&', '').slice(-1))) out.add(name);
  }
  return [...out];
}

/** A name printed only inside 《》 is a document's or a book's title (《…行动计划》), not a scheme the article reports. */
export function onlyInTitles(text: string, name: string): boolean {
  let [all, inTitle] = [0, 0];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    all++;
    const open = text.lastIndexOf('《', i);
    if (open >= 0 && text.lastIndexOf('》', i) < open && text.indexOf('》', i) >= 0) inTitle++;
  }
  return all > 0 && inTitle === all;
}

/** A name printed only on lines of its own with no sentence (menus, related links, headings) is page furniture. */
export function onlyOnBareLines(text: string, name: string): boolean {
  const lines = text.split('\n').filter((l) => l.includes(name));
  return lines.length > 0 && lines.every((l) => l.trim().length <= name.length + 30 && !/[.!?。！？]\s*$/.test(l.trim()));
}

const SCHEME_NOUN =
  '(?:program|programme|project|initiative|scheme|partnership|collaboration|effort|campaign|competition|contest|challenge|fellowship|scholarship|grant|course|workshop|series|exercise|pilot|consortium)';
/** "Friends Together is a peer mentoring partnership", "Atlantic Storm, a table-top exercise": the text says what the name is. */
const DEFINED_AS = new RegExp(
  `(?<![\\w’'-])(${CAP}(?:\\s+(?:(?:of|for|and|on|in)\\s+)?${CAP}){1,5})(?:\\s+(?:is|was)|\\s*,)\\s+(?:a|an)\\s+(?:[a-z-]+\\s+){0,3}${SCHEME_NOUN}\\b`,
  'g',
);

export function definedSchemes(text: string): string[] {
  return [...new Set([...text.matchAll(DEFINED_AS)].map((m) => m[1]!.replace(/\s+/g, ' ').replace(/^(?:The|A|An)\s+/, '')))].filter(
    (n) => n.includes(' ') && !ORG_WORD.test(n),
  );
}

/** "the new Center for Teaching Excellence", "a newly established Institute for …": a unit just set up is an initiative. */
const NEW_UNIT = new RegExp(
  `\\b(?:new|newly\\s+(?:created|established|launched|founded|formed))\\s+(${CAP}(?:\\s+(?:(?:of|for|and|on|in)\\s+)?${CAP}){0,6}(?<=\\b(?:Center|Centre|Institute|Academy|Network|Hub|Consortium|Alliance|Partnership)(?:\\s+(?:(?:of|for|and|on|in)\\s+)?${CAP}){0,4}))`,
  'g',
);

export function newUnits(text: string): string[] {
  return [...new Set([...text.matchAll(NEW_UNIT)].map((m) => m[1]!.replace(/\s+/g, ' ')))].filter((n) => n.includes(' '));
}

/** A capitalised name the headline prints and the body prints again mid-sentence: what the article is about. */
export function headlineNames(text: string, title: string, people: string[]): string[] {
  const out = new Set<string>();
  for (const m of title.matchAll(new RegExp(`${CAP}(?:\\s+(?:(?:of|for|and|on|in)\\s+)?${CAP}){1,5}`, 'g'))) {
    for (const words = m[0].split(/\s+/); words.length >= 2; words.shift()) {
      const name = words.join(' ');
      if (/^(?:of|for|and|on|in)\b/.test(name) || ORG_WORD.test(name) || people.some((p) => name.includes(p))) continue;
      if (new RegExp(`[a-z,;]\\s+(?:the\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)) out.add(name);
      break;
    }
  }
  return [...out];
}
