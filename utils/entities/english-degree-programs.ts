/**
 * Degree programmes named in English: "Bachelor of Science in Nursing", "MSc in Data Science", "BSc (Hons) Computer
 * Science". Split from find-english-programs.ts (which calls degreePrograms) to keep both files small.
 */

// A word may be initials (Fulbright U.S. Student Program), joined by an en dash (NTU–NRF) or accented (Māori), or hold
// Hawaiian's ʻokina (Hawaiʻi Rare Plant Recovery Initiative; session 61, R248), or open with a digit and a hyphen
// (4-H Youth Development Program; round 58, R317).
export const EN_WORD = "(?:[A-Z]\\.(?:[A-Z]\\.)+|(?:\\d-)?[A-Z][A-Za-z\\d\\u00C0-\\u024F\\u02BB'’&–-]*)";

/** Capitalised words that open the next sentence or clause: no name runs on into them. */
export const OPENER =
  'The|A|An|This|That|These|Those|When|While|After|Before|In|On|At|As|He|She|They|We|It|His|Her|Their|Our|Its|But';
/** A month or a season dates a programme ("the Program in June 2025", "an MSc in May"); it names no field. */
const DATE_WORD =
  'January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter';
/**
 * A field's word, as printed: not a month or season, nor a title or a sentence opener, which start what follows
 * ("a Master of Public Health and Dean Smith hired him", "the BSc in Biology Dr Smith teaches"), nor another degree
 * ("… in Electrical Engineering and Bachelor of Engineering in …"; session 43, R73), nor its abbreviation ("Master of
 * Science in Cybersecurity and Ph.D. programs", "MSc Sustainable Energy Engineering and PhD"; session 47, R108, R109).
 */
export const FIELD_WORD = `(?!(?:${OPENER}|${DATE_WORD}|Dr|Prof|Professor|Dean|President|Provost|Chancellor|Director|Mr|Mrs|Ms|Bachelors?|Masters?|Doctors?|Ph|PhD|DPhil|EdD|MSc|BSc|BS|MS|MA|BA|MBA|MPhil|MRes|MEng|BEng|LLB|LLM)\\b)${EN_WORD}`;

/** A comma inside a field's name, only in a list its "and" closes (Energy, Business and Finance). */
const FIELD_LIST = `,\\s+${FIELD_WORD}(?=(?:,\\s+${FIELD_WORD})*,?\\s+and\\s+${FIELD_WORD})`;

// Graduate certificates and diplomas are taught programmes too (Graduate Certificate in Sustainable Finance), and so
// is a diploma (Diploma in Tourism and Hospitality Management, Higher National Diploma in …; session 63, R267), and
// Hong Kong's Higher Diploma in … (session 65, R296).
// An honours degree may print its stream after the bracket (Bachelor of Engineering (Honours) in Renewable Energy
// Engineering; session 43, R69).
const FIELDS = `${FIELD_WORD}(?:\\s+(?:(?:in|and|of|with(?=\\s+Honours))\\s+)?${FIELD_WORD}|${FIELD_LIST}){0,5}(?<!\\s(?:in|and|of))`;
// So may its stream in brackets, as Australian universities name their degrees (Bachelor of Education (Primary),
// Bachelor of Medical Science (Pathway to Medicine); session 48, R119): words, not an abbreviation (BEd) or a year;
// a hyphened one too ((Pre-vocational); session 64).
const STREAM = `\\((?=[A-Z][a-z]+[\\s)-])${FIELD_WORD}(?:\\s+(?:(?:to|of|and|in|for)\\s+)?${FIELD_WORD}){0,3}\\)`;
// A track's capitalised word opens its name (the Accelerated Bachelor of Science in Nursing, an Online Master of …;
// session 50, R132).
const TRACK =
  '(?:(?:Accelerated|Online|Executive|Professional|Joint|Dual|Integrated|Combined|Intensive|Advanced|Applied)\\s+)?';
// Australia's qualification levels name theirs so (Certificate III in Electrotechnology, Diploma of Nursing, Advanced
// Diploma of …), and Californian colleges their certificates (Certificate of Achievement in …; session 64, R280,
// R283). The medical degree Commonwealth schools print as two (Bachelor of Medicine, Bachelor of Surgery) is one.
// Scotland's apprenticeships and the Pacific's trade certificates are taught programmes too (Graduate Apprenticeship in
// Cyber Security, Trade Certificate in Carpentry and Joinery; session 64, R286, R287). So are American two-year
// colleges' associate degrees and technical certificates (Associate of Applied Science in Welding Technology, Technical
// Certificate in Electrical Lineworker Technology; round 57, R312, R313), and the Caribbean's Associate Degree in …
// (round 58, R316).
const DEGREE = new RegExp(
  `\\bBachelor\\s+of\\s+Medicine(?:,|\\s+and)\\s+Bachelor\\s+of\\s+Surgery\\b|\\b${TRACK}(?:(?:Bachelor|Master|Doctor|Associate)\\s+of|(?:Post)?[Gg]raduate\\s+(?:Certificate|Diploma)\\s+(?:in|of)|(?:(?:Higher\\s+)?National\\s+|Higher\\s+)?Diploma\\s+(?:in|of)|Certificate\\s+(?:I{1,3}|IV)\\s+in|Certificate\\s+of\\s+(?:Achievement|Proficiency|Completion)\\s+in|(?:Trade|Technical)\\s+Certificate\\s+in|Associate\\s+Degree\\s+in|(?:Graduate|Modern|Foundation|Higher|Degree)\\s+Apprenticeship\\s+in)\\s+${FIELDS}(?:\\s+\\((?:Hons|Honours)\\)(?:\\s+in\\s+${FIELDS})?|\\s+${STREAM})?`,
  'g',
);

/** A pathway in brackets after the field is the course's own (BSc (Hons) Nursing (Adult); session 62, R258). */
const SPECIALISM = '(?:\\s+\\([A-Z][a-z]+(?:\\s+(?:[A-Z][a-z]+|and|&)){0,3}\\))?';

/** Degree abbreviations (BSc, M.Tech, PhD): a taught programme when a field follows (a BSc in Biochemistry). */
// Business, fine arts, social work, public policy and nursing degrees too (a BBA in Management; session 54, R171).
const DEGREE_ABBR =
  '(?:B|M|Ph|D|BE|ME)\\.?(?:Sc|A|Tech|Eng|Phil|D|Ed|Arch)\\.?|MBA|MPH|LLB|LLM|BBA|BCom|BBus|BFA|MFA|MSW|MPA|MPP|DNP|BSN|MSN';
// "the Structured PhD programme in Microbiology": a capitalised kind may open it, an owner's possessive may not.
// An honours degree names its field with or without "in" (BA (Hons) in English Literature, BSc (Hons) Computer
// Science): the bracketed Hons says a degree stream is named.
const DEGREE_IN = new RegExp(
  `\\b(?:(?!(?:The|A|An|Her|His|Their|Our|Its|My|Your|This|That)\\s)[A-Z][a-z]+\\s+)?(?:${DEGREE_ABBR})(?:(?:\\s+program(?:me)?)?\\s+in|\\s+\\((?:Hons|Honours)\\)(?:\\s+in)?)\\s+${FIELD_WORD}(?:\\s+(?:and\\s+)?${FIELD_WORD}){0,3}${SPECIALISM}`,
  'g',
);
/**
 * A taught master's or bachelor's named by its field alone, as British, Irish and Australian universities print their
 * courses (MSc Subsea Engineering, MEng Aerospace Engineering, BSc Computer Science; session 43, R56–R69): the
 * abbreviations no other word spells, and a student or a graduate of it is no part of the name. So do Scotland's
 * colleges their national certificates and diplomas (HNC Forestry, HND Computing), and a field may be for someone
 * (MSc Energy Transition for Island Communities; session 64, R286).
 */
const DEGREE_BARE = new RegExp(
  `\\b(?:BSc|MSc|BEng|MEng|MRes|MPhil|HNC|HND)(?:\\s+\\((?:Hons|Honours)\\))?\\s+(?!(?:Students?|Graduates?|Candidates?|Alumn\\w*|Degree|Programmes?|Programs?|Courses?)\\b)${FIELD_WORD}(?:\\s+(?:and\\s+|&\\s+|for\\s+)?(?!(?:Students?|Graduates?|Candidates?|Alumn\\w*|BSc|MSc|BEng|MEng|MRes|MPhil|HNC|HND)\\b)${FIELD_WORD}){0,4}${SPECIALISM}`,
  'g',
);

/**
 * A BS or MS named by its field alone, as Pakistani and American universities print them (the BS Computer Science
 * programme; session 63, R265): the letters spell other things (MS Teams), so only before the text's programme or
 * degree word, or before the next such degree of a list its programmes close.
 */
const DEGREE_BS = new RegExp(
  `\\b(?:BS|MS)\\s+(?!(?:Students?|Graduates?|Degree|Programmes?|Programs?)\\b)${FIELD_WORD}(?:\\s+(?:and\\s+|&\\s+)?${FIELD_WORD}){0,4}(?=\\s+(?:programmes?|programs?|degrees?)\\b|,?\\s+and\\s+(?:BS|MS)\\s)`,
  'g',
);

/**
 * A degree's opening word, after a kind (Accelerated, Online) or a province's and a kind's (Saskatchewan Collaborative;
 * session 63, R269) at most: its name is whole without the program word.
 */
export const DEGREE_FIRST =
  /^(?:[A-Z][a-z]+\s+){0,2}(?:Bachelor|Master|Doctor|Associate|Graduate\s+(?:Certificate|Diploma)|Diploma|[BM]Sc|[BM]S|[BM]A|PhD|MBA|[BM]Eng|LL[BM])\b/;
/**
 * A field of study's last word: a school's programme in it is named by the field (the Culinary Arts program, the Ocean
 * Mapping program, Wind Turbine Technician; session 63, R271), the program word the text's, not the name's.
 */
export const FIELD_LAST =
  /\s(?:Arts|Sciences?|Studies|Engineering|Technology|Nursing|Medicine|Management|Education|Mapping|Design|Economics|Mathematics|Physics|Chemistry|Biology|Psychology|Journalism|Accounting|Architecture|Agriculture|Pharmacy|Therapy|Technician|Technologist)$/;

/** A name ending in a degree (Structured PhD) is a degree's kind: DEGREE_IN reads the programme with its field. */
export const ENDS_IN_DEGREE = new RegExp(`\\s(?:${DEGREE_ABBR})$`);

/** Degree programmes with the field as printed, up to the clause that follows. */
export function degreePrograms(text: string): string[] {
  return [
    ...text.matchAll(DEGREE),
    ...text.matchAll(DEGREE_IN),
    ...text.matchAll(DEGREE_BARE),
    ...text.matchAll(DEGREE_BS),
  ].map((m) => m[0].replace(/\s+/g, ' '));
}
