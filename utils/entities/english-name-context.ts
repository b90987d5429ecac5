/** Whether a capitalised pair is part of another name (a chair's, a body's, a longer one) rather than a person; cues beside a name. */
import { escapeRegExp } from '../model/text';
import { GIVEN, NOT_FIRST, NOT_PERSON, OCCUPATIONS } from './english-name-words';
import { TITLES } from './english-name-shape';
import { OCCUPATIONS as OCCUPATIONS_ZH, ZH_ROLES } from './zh-roles';
import { foldToSimplified } from './zh-fold';

/**
 * What makes a capitalised pair part of something else, whatever its first word: a named chair or professorship
 * after it (the Don and Carol Scifres Distinguished Professor, O.A. Vogel Endowed Chair), an apposition saying it is a
 * group or a body (Opportunity Insights, a Harvard-based research group,) or a national effort (Forward Singapore, the
 * national conversation on …; session 35), not a member's (Rami Aslanian, a student on the team; session 46, R103),
 * or a longer capitalised name around it
 * (the Santa Barbara Coastal LTER): session 33.
 */
// Or a building named for the person (the Glen D. Johnson Student Union; session 50, R135).
const CHAIR_AFTER =
  /^[^\S\n]+(?:Distinguished|Endowed|Chair|Professorship|Student[^\S\n]+Union|Hall|Building|Library|Stadium|Arena|Auditorium|Gymnasium|Pavilion|Fieldhouse|Natatorium)\b/;
const BODY_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:of|for|on|in|at|with|within|from)\b)[\w’'-]+\s+){0,5}(?:group|centre|center|lab|laboratory|institute|organi[sz]ation|company|nonprofit|non-profit|firm|startup|start-up|foundation|network|consortium|coalition|agency|initiative|program|programme|project|think\s+tank|society|association|alliance|partnership|collaborative|team|office|platform|fund|scheme|funder|conversation|dialogue|campaign|movement|effort|strategy|blueprint|roadmap)(?=[,.;:)]|\s+(?:that|which|based|founded|at|in|of|on|about|led|launched|whose|with|from|funded|run)\b)/;
/** A capitalised word glued before (not a title or a sentence's opener) and one after, on the same line. */
const CAPITAL_BEFORE = /(?<![\w’'.-])([A-Z][\w’'-]*)[^\S\n]+$/;
const CAPITAL_AFTER = /^[^\S\n]+(?!(?:Jr|Sr|II|III|IV|PhD)\b)[A-Z]/;
/**
 * After a capitalised pair, a company's all-capital tail (Google Quantum AI) or a national body's head (Lawrence
 * Berkeley National Laboratory, cut at National): the pair opens that name (session 34).
 */
const BODY_AFTER = new RegExp(
  `^[^\\S\\n]+(?:(?:AI|AG|GmbH|PLC|plc|SE|NV|BV|LLP|LLC|Inc|Ltd)\\b|(?:National|Federal|International|United|American|Northern|Southern|Eastern|Western)[^\\S\\n]+(?:[A-Z][a-z]+[^\\S\\n]+){0,2}${NOT_PERSON.source})`,
);

/** A namesake's suffix, then the body it names (the Walter Scott, Jr. College of Engineering; session 59, R216). */
const NAMESAKE_OF = new RegExp(
  `^,?[^\\S\\n]+(?:Jr|Sr)\\.?,?[^\\S\\n]+(?:[A-Z][a-z]+[^\\S\\n]+){0,2}${NOT_PERSON.source}`,
);

/** A capitalised word glued on both sides: the pair is inside a longer name (the Santa Barbara Coastal LTER). */
function insideLonger(text: string, n: string, i: number): boolean {
  const before = CAPITAL_BEFORE.exec(text.slice(Math.max(0, i - 30), i))?.[1];
  return !!before && !NOT_FIRST.test(before) && CAPITAL_AFTER.test(text.slice(i + n.length, i + n.length + 12));
}

/** Whether a name's mentions make it part of a chair's, a body's or a longer name rather than a person. */
export function partOfOther(text: string, n: string, at: number[]): boolean {
  const after = (i: number) => text.slice(i + n.length, i + n.length + 90);
  if (at.some((i) => BODY_APPOSITION.test(after(i)))) return true;
  return at.every(
    (i) =>
      CHAIR_AFTER.test(after(i)) || BODY_AFTER.test(after(i)) || NAMESAKE_OF.test(after(i)) || insideLonger(text, n, i),
  );
}

/**
 * An occupation or a role noun right before a name (civil engineer Tomás Lindqvist; session 35), no function word; or
 * with a comma, in apposition (his mentor teacher, Lisa Fernández,; session 50, R136); a student's year opening a
 * caption (Sophomore Ana Lucía Herrera, left,; session 51, R143).
 */
export const NOUN_BEFORE = new RegExp(
  `\\b(?:${OCCUPATIONS}|author|researcher|scientist|lecturer|professor|student|graduate|fellow|members?|participant|[Ss]ophomore|[Ff]reshman|[Jj]unior|[Ss]enior|Student|[Uu]ndergraduate),?\\s+$`,
);
/**
 * A class year after a name (Amara Osei ’24, Jane Doe '09 MBA): how American colleges print an alumnus (session 35).
 * Not after a season or a term (Fall ’24), which clean() and NOT_PERSON do not catch.
 */
const CLASS_YEAR = /^[^\S\n]+['’‘]\d{2}(?![\w’'-])/;
const SEASON = /\b(?:Spring|Summer|Fall|Autumn|Winter|Term|Semester|Class|Reunion|Commencement)\b/;
export function classYearAfter(name: string, after: string): boolean {
  return CLASS_YEAR.test(after) && !SEASON.test(name);
}

/**
 * A country or a continent as a pair's last word (APC Microbiome Ireland, Science Foundation Ireland, Genome Canada,
 * Universities Australia, Enterprise Singapore, Innovation Saskatchewan: session 50, R134): how English-speaking countries
 * and Canada's provinces name national bodies and programmes;
 * such a surname follows a given name (session 35, R19). Names that are common surnames (Holland, Jordan) are left out.
 */
const COUNTRY_LAST =
  /[^\S\n](?:Ireland|England|Scotland|Wales|Britain|Canada|Australia|Zealand|Aotearoa|Singapore|India|Africa|Europe|Asia|America|Saskatchewan|Alberta|Ontario|Quebec|Québec|Manitoba|Hong[^\S\n]Kong|Macau|Macao|Taiwan)$/;
export const namedForCountry = (n: string) => COUNTRY_LAST.test(n);

/** Heads of a body's name: a pair printed before one elsewhere (the Basic Needs Center) is that body's short name. */
const BODY_HEAD =
  'Center|Centre|Institute|Foundation|Office|Network|Initiative|Coalition|Alliance|Collaborative|Council|Committee|Association|Society|Fund|Program|Programme|Project|Unit|Hub|Commission|Agency';
/**
 * Whether the text also prints the pair as the head of a body's name (the Basic Needs Center’s pantry … the Fee for
 * Basic Needs, a student fee): then an apposition after the bare pair describes the body's cause, not a person.
 */
export function shortFormOfBody(text: string, n: string): boolean {
  return new RegExp(`(?<![\\w’'-])${escapeRegExp(n)}[^\\S\\n]+(?:${BODY_HEAD})\\b`).test(text);
}

/**
 * A province's or state's name opening a capitalised run (Saskatchewan Pulse Growers, Texas Instruments): a body's
 * name, not a person's (session 50, R134). Names that are also given names or surnames (Georgia, Virginia, Washington,
 * Carolina, Dakota, Montana) are left out.
 */
const STATES =
  'Saskatchewan|Alberta|Ontario|Quebec|Québec|Manitoba|Labrador|Nunavut|Yukon|Texas|Oklahoma|Minnesota|Iowa|Missouri|Ohio|Michigan|Illinois|California|Arizona|Colorado|Oregon|Kansas|Nebraska|Kentucky|Tennessee|Alabama|Mississippi|Louisiana|Arkansas|Wisconsin|Indiana|Massachusetts|Connecticut|Pennsylvania|Maryland|Delaware|Vermont|Idaho|Utah|Nevada|Wyoming|Alaska|Hawaii|Florida';
// A region of one too (Central Oregon; session 58, R212), named by any word (Appalachian Kentucky; session 59, R224).
export const STATE_FIRST = new RegExp(`^(?:\\p{Lu}\\p{L}+\\s+(?:${STATES})$|(?:${STATES})\\s)`, 'u');
export const STATE_BEFORE = new RegExp(`\\b(?:${STATES})[^\\S\\n]+$`);

/** A place's preposition, or a person's name and "of" or "from" (a hometown), before a capitalised pair. */
// "From" after a name too (Kagiso Mthembu from Orange Farm; session 60, R229).
// Located or situated on or at (a telescope located on Inyarrimanha Ilgari Bundara; session 51, R141). "From" ending an
// apposition (Greg Hoffmann, a soybean farmer from Cole Camp; session 58, R206): a hometown, where "a grant from" is not.
export const PLACE_BEFORE =
  /(?:\b(?:near|outside|across|around|throughout|in|into|(?:located|situated)[^\S\n]+(?:on|at))|\b[A-Z][a-z’'-]+[^\S\n]+(?:of|from)|,[^\S\n]+an?[^\S\n]+[^,.;:\n]{3,60}[^\S\n]from)[^\S\n]+$/;

// Students and occupations too (來自印尼穆罕默迪亞大學的學生Siti Rahmawati表示; session 50, R135), read in simplified.
const ZH_BEFORE_LATIN = [...ZH_ROLES, ...OCCUPATIONS_ZH, '学生', '毕业生', '交换生', '实习生'].sort(
  (a, b) => b.length - a.length,
);
const ZH_ROLE_AT_END = new RegExp(`(${ZH_BEFORE_LATIN.join('|')})[：:]?[^\\S\\n]?$`, 'u');
/** The Chinese role printed right before a romanised name, as the page prints it (研究員Martin Krüger). */
export const zhRoleBefore = (before: string): string | undefined => {
  const m = ZH_ROLE_AT_END.exec(foldToSimplified(before));
  return m ? before.slice(m.index, m.index + m[1]!.length) : undefined;
};

/** A body, building or fund named after a person: its word right after the name, or an acronym and it (… HIV Centre). */
export const NAMED_BODY =
  /^[^\S\n]+(?:[A-Z]{2,6}[^\S\n]+)?(?:University|Faculty|School|College|Institute|Centre|Center|Hospital|Building|Hall|Library|Foundation|Prize|Award|Lecture|Professorship|Fellowship|Scholarship|Fund|Laboratory|Lab)\b/;

/**
 * "the" (and an adjective) right before a name: the thing named, unless a role sits between (the late …); so is a
 * sentence opening "Called" or "Dubbed" (Called Retrofit Ready, the three-year initiative …; session 59, R218); and
 * so is a body a role heads (chief executive of Sound Steps, said: the chief executive speaks; session 62, R260).
 */
export const THING_BEFORE =
  /\bthe\s+(?!late\b)(?:[a-z]+\s+)?$|\b(?:Called|Dubbed)\s+$|\b(?:executive|director|president|chair|head|manager|founder)\s+of\s+$/;

/** A place's word that is a common surname after a common given name (Marcus Hill, Anna Woods): a person's name. */
export const placeWordSurname = (n: string): boolean =>
  /^\S+ (?:Hill|Woods?|Fields?|Brooks|Banks|Rivers|Wells|Hall|Church|Ford|Stone|Park)$/.test(n) &&
  GIVEN.has(n.split(' ')[0]!);

/**
 * A country's or city's initials (U.S. Census, D.C. Council) open a body's or a place's name; an adjective's suffix
 * closes a compound adjective's (including Hong Kong-funded enterprises; session 51, R142): no person either way.
 */
export const NOT_A_NAME =
  /^(?:U\.S|U\.K|U\.N|E\.U|D\.C|N\.Y|L\.A)\.|-(?:funded|based|led|born|owned|run|backed|made|wide|related|style|sponsored|focused)$/;

/** "of" or "for" right before a capitalised pair: a role's or a body's complement (Manager of Infrastructure Delivery). */
// "Made up of", "consisting of" open a list of people instead (made up of Amos Kiprotich, …; session 61, R247).
export const COMPLEMENT_BEFORE = /\b(?<!(?:made up|consisting|composed|comprised|comprising)\s+)(?:of|for)[^\S\n]+$/;

/**
 * Whether `o` is a longer form of the name `n`: with words before it ("G. Morgan Watkins"), or with an initial or a
 * particle after its given names ("Jose Ramon T. Villanueva", "Juan Miguel dela Cruz"; session 53, R158), or a father's
 * Haji (Nurul Syafiqah Haji Rosli; round 54, R301). A longer
 * run of capitals after it is not: it may be a candidate nothing else keeps ("Kirsten Brown Who").
 */
export const longerForm = (o: string, n: string): boolean =>
  o.endsWith(` ${n}`) || new RegExp(`^${escapeRegExp(n)} (?:[A-Z]\\.|\\p{Ll}+|Haji|Hj) `, 'u').test(o);

/** The text without e-mail and web addresses: "guy.werlings@…" does not make "Guy" an ordinary word. */
let [lastText, lastProse] = ['', ''];
export function prose(text: string): string {
  // clean() asks once per candidate: the last text's answer is kept.
  if (text !== lastText) {
    lastText = text;
    lastProse = text.replace(/\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ');
  }
  return lastProse;
}

export function countWord(text: string, word: string): number {
  return text.split(new RegExp(`(?<![\\w’'ʻ-])${escapeRegExp(word)}(?![\\w’'ʻ-])`)).length - 1;
}

/**
 * The surname alone, followed by a speech verb or preceded by a title: "Nie said", "Professor Nie". A word the text
 * also prints in lower case (Women … talented women) needs a title or "said": a plural opening "Women who" is no one.
 */
export function speaksAlone(text: string, surname: string): boolean {
  const w = escapeRegExp(surname);
  const [open, close] = ["(?<![\\w’'ʻ-])", "(?![\\w’'ʻ-])"];
  const then = (verbs: string) =>
    new RegExp(`${open}(?<![A-Z][\\w’'ʻ-]*\\s)${w}(?:['’]s)?,?\\s+(?:${verbs})\\b`).test(text);
  if (new RegExp(`${open}(?:${TITLES}|Dr|Mr|Ms|Mrs|said|says)\\s+${w}${close}`).test(text) || then('said|says'))
    return true;
  if (new RegExp(`${open}${w.toLowerCase()}${close}`).test(prose(text))) return false;
  return then(
    'added|noted|explained|recalled|told|wrote|writes|asked|agreed|argued|believes|thinks|has|had|was|will|would|also|who|[a-z]{3,}ed',
  );
}
