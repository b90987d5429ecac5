/** Key names of an article, with counts: people (with the printed role), programs and organizations. */
import { countOccurrences, escapeRegExp } from '../model/text';
import type { Entity, EntityKind } from '../model/article';
import { findEnglishPeople } from './find-english-people';
import { findChineseOrganizations, findEnglishOrganizations, isShownOrganization } from './find-organizations';
import { findChinesePeople } from './find-people';
import { findKoreanPeople } from './find-korean-people';
import { findTitledPeople } from './find-titled-people';
import { findLatinPeople, otherLatinLanguage } from './latin-people-cues';
import { findChinesePrograms } from './find-programs';
import { findEnglishPrograms } from './find-english-programs';
import { namedInitiatives } from './english-initiatives';
import { europeanPrograms } from './european-programs';
import { knownPrograms } from './known-programs';
import { foldToSimplified, printedForm } from './zh-fold';

/**
 * Key names to show: what was found, less the organizations named on weak evidence, which
 * pages never seen by the rules proved mostly wrong (session 16). Precision first: a wrong highlight is worse.
 */
export function findEntities(text: string, page: PageFacts = {}): Entity[] {
  // Traditional text (香港大學校長張翔) is read folded to simplified, the finders' script; names, roles and
  // counts keep their offsets, so each is printed as the page prints it, its mentions counted in either script.
  // Taiwan prints an indigenous name's parts with a full-width stop or a hyphenation point (瓦旦．達道, 瓦旦‧達道): read as
  // the middle dot foreign names take (session 45, R92), printed as the page prints it.
  const folded = foldToSimplified(text).replace(/(?<=\p{Script=Han})[．‧](?=\p{Script=Han})/gu, '·');
  const found = foundNames(folded, page).filter(
    (e) => e.kind !== 'organization' || isShownOrganization(e.text, folded),
  );
  if (folded === text) return found;
  const printed = (s: string) => printedForm(text, folded, s);
  return found
    .map((e) => ({ ...e, text: printed(e.text), ...(e.role ? { role: printed(e.role) } : {}) }))
    .sort(byCount);
}

/**
 * Most mentioned first, then by name in code-unit order: localeCompare followed the browser's language, so the same
 * page clipped again under another language listed its names otherwise and was "Updated" though nothing changed.
 */
const byCount = (a: Entity, b: Entity) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/** What is known of the page beside its text. */
export interface PageFacts {
  /** The page's language (Draft.lang: "de", "zh", "en"); empty or "en" leaves it to the text's stopwords. */
  lang?: string;
}

/** Every name found, weak or strong: a weak organization still keeps its name from being read as a program. */
function foundNames(text: string, page: PageFacts = {}): Entity[] {
  // Other Latin-script languages: their own cues, and no person named only after a place noun (lycée Jean Zay).
  // The language is read once (stopwords count every word) and handed on as the page's: the rules below and
  // europeanPrograms scan no more.
  const language = otherLatinLanguage(text, page.lang);
  const english = findEnglishPeople(text, !language);
  const found = [
    ...findChinesePeople(text),
    ...findKoreanPeople(text),
    ...findTitledPeople(text),
    ...(language ? findLatinPeople(text, english, language) : english),
  ];
  // An initiative the text names as one ("a new initiative - the … Centre") is a program, not an organization.
  const initiatives = new Set(namedInitiatives(text));
  // Nor is the head of its name cut off at "on" (the Scottish Centre for Research | on Families …).
  const orgs = [...findChineseOrganizations(text).map((o) => afterPerson(o, found)), ...findEnglishOrganizations(text)]
    .filter((o) => ![...initiatives].some((i) => i === o || i.startsWith(`${o} `)))
    .filter((o, i, all) => all.indexOf(o) === i);
  // A name that is an organization (北京大学经济学院, 信息化建设管理服务中心) is not also a program, nor is a college
  // that opens one (洛阳职业技术学院 in 洛阳职业技术学院文化与旅游学院).
  // Programmes known by name, wherever the text prints them (known-program-names.ts; session 46).
  const known = knownPrograms(text);
  const programs = [
    ...findChinesePrograms(text),
    ...findEnglishPrograms(text),
    // Italian and German name a programme after its word (il progetto “…”, Masterstudiengang …).
    ...(language ? europeanPrograms(text, language) : []),
    ...known,
  ]
    .filter((p, i, all) => all.indexOf(p) === i)
    .filter((p) => initiatives.has(p) || !orgs.some((o) => o.endsWith(p) || (p.endsWith('学院') && o.startsWith(p))))
    // A Chinese name printed only inside a longer program's (国家自然科学基金 in 国家自然科学基金重大研究计划, 國際基因工程
    // in 國際基因工程機器大賽) is a part of that name, not a program of its own (session 44, R56–R82: 17 such flags);
    // so is any name inside a known programme's, or a known one inside a longer name found. A Latin one too (Bachelor of
    // Medicine in Bachelor of Medicine and Bachelor of Surgery; session 63, R267).
    .filter((p, _, all) => !onlyInside(text, p, all));
  // A Chinese name printed only inside a body's name (农业 in 浙江大学农业与生物技术学院 and 浙江省农业科学院) is part of it;
  // so is one printed only inside a program's (钟山 in “钟山研究生国际交流计划”, 唐敖庆 in “唐敖庆讲坛”; session 43, R68, R72).
  const people = found.filter(
    (p) =>
      // A Latin name printed only as the start of a longer one found (Hans Van of Hans Van den Broeck; session 54), or
      // only inside an organization's (Social Work in the School of Health and Social Work; session 62, R258).
      (!/\p{Script=Han}/u.test(p.text)
        ? !onlyInside(text, p.text, [
            ...found.filter((f) => f.text.startsWith(`${p.text} `)).map((f) => f.text),
            ...orgs,
          ])
        : !onlyInside(text, p.text, orgs) &&
          !onlyInside(text, p.text, programs) &&
          // …or inside a foreign name's (万诺夫 in 谢尔盖·伊万诺夫; session 45, R96).
          !onlyInside(
            text,
            p.text,
            found.map((f) => f.text),
          )) && !originalOnly(text, p.text, found),
  );
  const names = new Set(people.map((p) => p.text));
  const out: Entity[] = [
    // A program's name is no person's (Heinz Maier-Leibnitz-Programm, Tisch Summer Fellows program).
    ...people
      .filter((p) => !programs.some((q) => q === p.text || q.startsWith(`${p.text} `)))
      .map((p) => ({
        text: p.text,
        kind: 'person' as const,
        role: p.role,
        count: countOccurrences(text, p.text),
      })),
    ...programs.map((p) => ({ text: p, kind: 'program' as const, count: countOccurrences(text, p) })),
    ...orgs
      .filter((o) => !names.has(o))
      .map((o) => ({ text: o, kind: 'organization' as const, count: countOccurrences(text, o) })),
  ];
  // Most mentioned first; a name inside a longer found name (秦创原平台 in 秦创原创新驱动平台 is not) stays.
  return out.filter((e) => e.count > 0).sort(byCount);
}

/** Whether every mention of `name` lies inside a mention of one of `longer`. */
function onlyInside(text: string, name: string, longer: string[]): boolean {
  const spans = longer
    .filter((o) => o !== name && o.includes(name))
    .flatMap((o) => [...text.matchAll(new RegExp(escapeRegExp(o), 'gu'))].map((m) => [m.index!, m.index! + o.length]));
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (!spans.some(([a, b]) => a! <= i && i + name.length <= b!)) return false;
  return true;
}

/**
 * A Latin name printed only in brackets right after a Chinese name found as a person (安德鲁·米勒（Andrew Miller）) is
 * that person in the original, not a second person (session 45, R89); after a name not found, it stays the person.
 */
function originalOnly(text: string, name: string, found: { text: string }[]): boolean {
  if (/\p{Script=Han}/u.test(name)) return false;
  const han = found.filter((p) => /\p{Script=Han}/u.test(p.text)).map((p) => escapeRegExp(p.text));
  if (!han.length) return false;
  const inBrackets = new RegExp(`(?:${han.join('|')})[（(]${escapeRegExp(name)}[）)]`, 'gu');
  return (text.match(inBrackets)?.length ?? 0) === countOccurrences(text, name);
}

/** A person opening a body's name is the subject, not its head (潘振声应中央人民广播电台: 中央人民广播电台). */
function afterPerson(org: string, people: { text: string }[]): string {
  const p = people.find((x) => org.startsWith(x.text) && /[\p{Script=Han}]/u.test(x.text));
  const rest = p ? org.slice(p.text.length).replace(/^[应在向任到被为从于赴]/u, '') : org;
  return rest.length >= 4 ? rest : org;
}

/**
 * A bare name's kind when no text surrounds it: a program word at its end, or a quoted or numbered name. A facility
 * the user watches (秦创原平台) is one they follow as a scheme (in an article it is one when named twice).
 */
// A college named alone (未来技术学院 on a watch list) is the program the user follows: in a text, one the text does
// not build or unveil is a body (program-evidence.ts), but a bare name has no text to tell.
const PROGRAM_NAME =
  /(?:工程|计划|项目|行动|专项|基金|奖学金|中心|实验室|基地|平台|学院|书院|Program|Programme|Project|Fund|Initiative|Scholarships?)$|[“”\d]/iu;
const ORGANIZATION_NAME =
  /大学|研究院|研究所|委员会|有限公司|集团|医院|学会|协会|University|College|School|Institute|Center|Centre|Foundation|Association|Society|Committee|Council|Department|Office|Academy|Hospital|\bLab(?:s|oratory)?\b/iu;

/**
 * The kind of one name (a watch-list line): what findEntities calls it when the name stands alone, so a name
 * is never a program in one place and an organization in another; bare words fall back to the same suffixes.
 */
export function kindOfName(name: string): EntityKind {
  const folded = foldToSimplified(name);
  // A name too weak to highlight in an article keeps its kind when the user names it.
  const found = foundNames(folded).find((e) => e.text === folded);
  if (found) return found.kind;
  if (PROGRAM_NAME.test(folded)) return 'program';
  if (ORGANIZATION_NAME.test(folded)) return 'organization';
  return 'person';
}
