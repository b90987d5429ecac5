/**
 * Chinese names found by what stands around them rather than a role or speech verb: 同志 after a name (沈斌同志,
 * 向雷锋同志学习), a family word between two names (潘振声女儿马莉), a body's name right before a name
 * (高能物理研究所王贻芳、), a year in brackets saying when someone was elected or won (姚期智(2010年当选)).
 */
import { VERBS } from './zh-name-edge';
import { CLAUSE_NEXT, TITLE_LAST, isName, nameEndingAt, nameStartingAt, ordinaryWord } from './zh-name-shape';

/** Family words: the names on both sides are people (潘振声女儿马莉表示, 女儿马莉是…). */
export const KIN = ['女儿', '儿子', '妻子', '丈夫', '父亲', '母亲', '爱人', '之女', '之子'];
/** Last words of a body's name: a name printed right after one belongs to someone of that body. */
const BODY_END = '研究所|研究院|研究中心|科学院|工程院|大学|学院|医院|实验室|公司|集团|协会|学会';

/** Words before 同志 that say who, not name (有关负责同志, 领导同志, 党员同志). */
const COMRADE_WORDS = /(?:负责|领导|干部|党员|青年|职工|工作|女|男|老)$/u;

/** 沈斌同志, 向雷锋同志 (most other words before 同志, 全体同志, start with no surname). */
export function comradeNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/同志/gu)) {
    if (COMRADE_WORDS.test(text.slice(0, m.index!))) continue;
    const name = nameEndingAt(text, m.index!);
    // 向雷锋同志学习: 向 is the preposition there, not the surname.
    if (name?.length === 3 && /^[向于和]/u.test(name) && isName(name.slice(1))) out.push(name.slice(1));
    else if (name) out.push(name);
  }
  return out;
}

/** A name before a family word (the name after it is read as after a role). */
export function kinNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(`(?:${KIN.join('|')})`, 'gu'))) {
    // 于欢的父亲: the name ends before 的.
    const end = m.index! - (text[m.index! - 1] === '的' ? 1 : 0);
    const name = nameEndingAt(text, end);
    // 和女儿: two characters inside running words are no name without a start before them.
    const before = text[end - (name?.length ?? 0) - 1] ?? '';
    if (name && (name.length === 3 || !/\p{Script=Han}/u.test(before))) out.push(name);
  }
  return out;
}

/** The name right after a family word (女儿马莉是…), not a conjunction (父亲和奶奶) or a surname and title (母亲李女士). */
export function namesAfterKin(text: string, boundary: RegExp): string[] {
  const out: string[] = [];
  // After a family word, 是 ends a name too (女儿马莉是南艺老师).
  const orIs = new RegExp(`${boundary.source}|^是`, 'u');
  for (const m of text.matchAll(new RegExp(`(?:${KIN.join('|')})`, 'gu'))) {
    const at = m.index! + m[0].length;
    const name = /^[和与及]/u.test(text[at] ?? '') ? null : nameStartingAt(text, at, orIs);
    if (name) out.push(name);
  }
  return out;
}

/**
 * A student's class, numbered, right before the name (2022级护理学1班黄思琪在发言中表示, 护理2201班李明; session 51,
 * R140): who the student is, as a role says it.
 */
export function namesAfterClass(text: string, boundary: RegExp): string[] {
  const out: string[] = [];
  // Or the student's year and major (2021级化学（师范）专业戴欣怡获得; session 53, R160, R162), or the year alone (2021级郑浩和
  // 财务管理专业2022级林书瑶组成; session 59, R218).
  // An age too (15岁少年陈俊豪用流利的中文发言; session 60, R230), the means after it (用, 以) ending the name as well.
  // A year of study before 的 (碩士班二年級的蔡宜蓁是…; session 61, R240).
  const orMeans = new RegExp(`${boundary.source}|^[用以]\\p{Script=Han}`, 'u');
  for (const m of text.matchAll(
    /\d{1,4}班(?=\p{Script=Han})|\d{2,4}级(?:[^，。；、和\d\n]{1,16}?专业)?的?(?=\p{Script=Han})|[一二三四五六七八九]年级的(?=\p{Script=Han})|\d{1,3}岁的?(?:少年|少女|男孩|女孩|老人|学生|同学|青年|姑娘|小伙)?(?=\p{Script=Han})/gu,
  )) {
    const name = nameStartingAt(text, m.index! + m[0].length, m[0].includes('岁') ? orMeans : boundary);
    if (name && !ordinaryWord(name)) out.push(name);
  }
  return out;
}

/**
 * A body's name then a name that ends where names end (北京生命科学研究所邵峰荣获, 中科院高能物理研究所王贻芳、):
 * the boundary must follow (a role word such as 董事长 read as a name never has one), no recurrence fallback.
 */
export function namesAfterBodies(text: string, boundary: RegExp, roles: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(`(?:${BODY_END})(?![生子长路街院所])`, 'gu'))) {
    const at = m.index! + m[0].length;
    if (roles.some((r) => text.startsWith(r, at))) continue;
    // 时, 和, 向, 于 right after a body are a clause's words (走访上海瑞金医院时看到, 该医院向记者介绍), not a surname (session 23).
    if (/[时和向于]/u.test(text[at] ?? '')) continue;
    // Two characters first: 邵峰荣获 is 邵峰 + 荣获, 王贻芳、 fails at two and is read whole.
    const name = [2, 3]
      .map((n) => text.slice(at, at + n))
      .find((n) => isName(n) && boundary.test(text.slice(at + n.length, at + n.length + 4)));
    if (name) out.push(name);
  }
  return out;
}

/**
 * A name with a note that says it is someone: a year and what the person did then (姚期智(2010年当选), 王某(1962年生)),
 * or where a photo shows the person (沈一帆（右二）与学生讨论, 张华（前排左三）; session 60, R231).
 */
const NOTE =
  /[（(](?:\d{4}年(?:当选|获奖|获|生|出生|入选|毕业)[^）)]{0,6}|(?:前排|后排|中排|第[一二三]排)?(?:[左右]起?第?[一二三四五六七八九十\d]{1,2}|[左右中]|居中))[）)]/gu;
export function notedNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NOTE)) {
    const name = nameEndingAt(text, m.index!);
    if (name) out.push(name);
  }
  return out;
}

/**
 * An honour in quotes right before a name (“全国优秀教师”徐海峰, “最美辅导员”李某, “先进个人”王某): the title it
 * gives ends with a word for a person, and the name ends where names end (session 35).
 */
const HONOUR =
  /“[^“”\n]{0,12}(?:教师|老师|辅导员|班主任|标兵|模范|楷模|先锋|工匠|名师|能手|之星|人物|劳模|英雄|党员|工作者|个人)”/gu;
export function honouredNames(text: string, boundary: RegExp): string[] {
  // 和, 与, 同 right after the quotes join the honoured to others (“优秀工作者”和大家): no surname there.
  return [...text.matchAll(HONOUR)].flatMap((m) => {
    const at = m.index! + m[0].length;
    return /[和与及同跟向对]/u.test(text[at] ?? '') ? [] : (nameStartingAt(text, at, boundary) ?? []);
  });
}

/**
 * The fifty commonest Japanese surnames as they stand in simplified Chinese text (traditional text is read folded): after a role in
 * Chinese news, one of these and one or two characters more is a Japanese name (东北大学教授佐藤健一; session 35).
 */
const JA_SURNAMES =
  '佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 斋藤 清水 山崎 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 福田 西村 藤井 冈本 藤原 中野 三浦 原田 松田 竹内 小野 田村'.split(
    ' ',
  );
export function japaneseNameStartingAt(text: string, at: number, boundary: RegExp): string | null {
  const surname = JA_SURNAMES.find((s) => text.startsWith(s, at));
  if (!surname) return null;
  for (const len of [surname.length + 2, surname.length + 1]) {
    const name = text.slice(at, at + len);
    if (/^\p{Script=Han}+$/u.test(name) && boundary.test(text.slice(at + len, at + len + 4))) return name;
  }
  return null;
}

/** Characters of running words, never of a name between two roles (暨: 导师培训暨研究生…; session 44, R84). */
export const NOT_IN_NAME = /[的了和与及在是为对将把被等个这该其之以于从向并或而且就要好还又已均让者们暨则]/u;
/** A verb inside a name between two roles (学生担任小老师: 担任小 is no name). */
export const VERB_INSIDE = new RegExp(VERBS, 'u');

/**
 * After a role, a name then the act its clause reports: a talk (院士陈卫东作题为…, 教授宋佳作交流发言), a bid or a
 * supervision (教授谭卫国申报的…, 教授陆文彬指导的作品), a lead (由教授苏为民领衔), a meeting's act (below) (session 35). Three; two
 * only before a talk (作 alone is as often a name's character; 院长高度指导: two before a verb are as often a word).
 */
// A report's subject may run ten characters (作本科教育教学工作报告; session 39, R35), and hold years
// (作2024年度科研工作总结和2025年工作安排报告; session 43, R73).
const TALK = /^作(?:题为|(?!为)[\p{Script=Han}\d]{0,24}?(?:报告|发言|讲座|演讲|讲话|辅导|点评|分享|总结))/u;
/**
 * What a meeting's report says its speakers did: judged (院士刘明山评价), led the reading (部长孙立群领学了), relayed or
 * read out (传达, 宣读), and the adverb of a row of speakers (首席科学家陈晓峰分别作报告; session 35, R19); taught,
 * carried out, stood, or specially did (副教授何丽娟执教, 教师徐志鹏进行, 校長楊光明特別…; session 49, R128, R129), designed or
 * created a work (學生張雅婷設計的; session 51, R141); met or summed up (副校长马建国会见, 院长吴志远作会议总结; session
 * 59, R220, R222); a staged work's credits (教授焦志刚作曲, 特聘教授韩立东执导) and 除了 (besides) opening the clause (校長李振宏除了…;
 * session 64, R282). Not in the speech verbs: 全面评价 and 向全体传达 open no clause with a name.
 */
const ACT = new RegExp(
  `${TALK.source}|^(?:申报|指导|领衔|带队|评价|点评|领学|领读|传达|宣读|解读|通报|分别|先后|依次|合作|执教|进行|站在|特别|设计|创作|会见|作曲|作词|执导|编剧|编舞|主演|指挥|除了)`,
  'u',
);
export function beforeAct(text: string, at: number): string | null {
  const three = text.slice(at, at + 3);
  // 校长高度还评价: an adverb third (还, 也, 就) goes on with the clause, it ends no name.
  const ok3 = isName(three) && !CLAUSE_NEXT.test(three.slice(2)) && !VERB_INSIDE.test(three);
  if (ok3 && ACT.test(text.slice(at + 3, at + 30))) return three;
  const two = text.slice(at, at + 2);
  return isName(two) && !NOT_IN_NAME.test(two) && TALK.test(text.slice(at + 2, at + 29)) ? two : null;
}

/** 余 after a number is "more than" (40余名本科生, 200余位院士), never the surname 余 (session 34). */
export function counted(text: string, name: string): boolean {
  if (name[0] !== '余') return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (!/[\d０-９〇零一二两三四五六七八九十百千万]/u.test(text[i - 1] ?? '')) return false;
  return true;
}

/** A surname and a title (劉教授說) where a full name with that surname is found: the same person again (session 33). */
export function refersBack(name: string, found: ReadonlyMap<string, unknown>): boolean {
  return TITLE_LAST.test(name) && [...found.keys()].some((n) => n !== name && n[0] === name[0] && !TITLE_LAST.test(n));
}

/**
 * A three-character name opening three clauses or more (，林沐阳和队友们…。林沐阳的研究方向…，林沐阳随课题组…): a
 * profile names its subject so, with no role beside it each time (session 60, R232). Words that open clauses recur
 * before the same character (黄河流域, 马克思主义); a name goes on each time with another.
 */
export function clauseOpeners(text: string): string[] {
  const next = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<=^|[，。！？；：\n“])(\p{Script=Han}{3})(?=(.))/gmu)) {
    const three = m[1]!;
    counts.set(three, (counts.get(three) ?? 0) + 1);
    next.set(three, (next.get(three) ?? new Set()).add(m[2]!));
  }
  return (
    [...counts]
      .filter(
        ([t, n]) => n >= 3 && next.get(t)!.size >= 2 && isName(t) && !CLAUSE_NEXT.test(t[2]!) && !TITLE_LAST.test(t),
      )
      // Nor a body's short name going on with its last character (华东师大 beside 华东师范大学).
      .filter(
        ([t]) =>
          ![...next.get(t)!].some((c) => /[医师科工农]大$|^.{3}[省市县区院部局委厅会校所处室系馆]$/u.test(t + c)),
      )
      .map(([t]) => t)
  );
}

/**
 * Whom a work was supervised or led by (由高峰、方琳指导的, 由孙明辉指导, 由何振宇等骨干教师进行指导; session 63, R269,
 * R270): 由, up to three names joined by 、 or 和, then the supervising verb, after 等 and the group's word at most.
 */
const SUPERVISED =
  /由((?:\p{Script=Han}{2,3}[、和]){0,2}\p{Script=Han}{2,3})(?:等\p{Script=Han}{0,6}?)?(?:进行)?(?:指导|带领|领衔)/gu;
function supervisors(text: string): string[] {
  return [...text.matchAll(SUPERVISED)].flatMap((m) =>
    m[1]!.split(/[、和]/u).filter((n) => isName(n) && !NOT_IN_NAME.test(n) && !ordinaryWord(n) && !TITLE_LAST.test(n)),
  );
}

/** The names these cues find with no role: 同志, a family word, a note after the name, a clause's subject, a supervisor. */
export const cuedNames = (text: string): string[] => [
  ...supervisors(text),
  ...comradeNames(text),
  ...kinNames(text),
  ...notedNames(text),
  ...clauseOpeners(text),
];
