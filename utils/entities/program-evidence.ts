/**
 * What makes a bare Chinese name ending in a program word one program rather than a kind of thing, a place or a
 * fragment (session 17, issue #11: each rule kept because it lifted the check set's precision, recall kept).
 */
import { countOccurrences } from '../model/text';

/** Facilities: a centre, lab, base or platform is a place or a body unless the text sets it up as a scheme. */
const FACILITY = /^(?:中心|实验室|基地|平台)$/u;
/** Projects and plans named once: one only when set up or at a clean left edge (not 美联储将继续按计划). */
const PLAN = /^(?:项目|计划)$/u;
/**
 * Verbs that build, launch or take part in a scheme, just before its name or just after it; so do verbs that give
 * or enrol in one (给予大学生创新创业训练计划立项支持, 纳入…计划; session 38, R26).
 */
const SET_UP_VERBS =
  '建立|设立|启动|打造|建设了?|成立|搭建|组建|构建|实施|推行|推进|开展|获批|获得|入选|申报|参加|参与|加入|暂停|承担|牵头|主持|得到|支持|资助|给予|纳入|列入';
const SETS_UP_BEFORE = new RegExp(`(?:${SET_UP_VERBS})了?$`, 'u');
/** A plan worked through (透過…計畫, 依托…计划; session 39): a centre or platform relied on is a place, no scheme. */
const THROUGH_BEFORE = new RegExp(`(?:${SET_UP_VERBS}|[通透]过|依托|借助)了?$`, 'u');
/** For a two-character head, only verbs that name a scheme (入选千人计划), not 参加/支持 (参加了不同项目的比赛). */
const SCHEME_BEFORE = /(?:入选|启动|实施|推进|设立|获批|申报|建立)了?$/u;
// Or a project of it titled in quotes (国家重点研发计划项目“典型草原退化生态系统修复技术与示范”; session 40, R48).
const SUB_PROJECT = /^(?:“[^”]{2,20}”\p{Script=Han}{0,4}?(?:专项|项目|计划)|\d\.\d|项目“[^”]{4,40}”)/u;
const SETS_UP_AFTER = /^(?:启动|建设|揭牌|建成|成立|实施|签约|落地|获批|资助)/u;

/** Named twice, or once where the text builds, launches or joins it (建立校级数据中心, 协同创新中心启动仪式). */
function setUp(text: string, name: string, before = SETS_UP_BEFORE, repeated = before === SETS_UP_BEFORE): boolean {
  // Repetition is no evidence for a two-character head: a kind of thing is named often too (社交平台).
  if (repeated && countOccurrences(text, name) >= 2) return true;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const [near, after] = [text.slice(Math.max(0, i - 4), i), text.slice(i + name.length, i + name.length + 4)];
    if (before.test(near) || SETS_UP_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * After another program in a list (实施“强基计划”和卓越工程师教育培养计划), a plan shares its verb; after a level
 * (国家级、省级大学生创新创业训练计划), it is one run at that level.
 */
const LISTED = /(?:(?:”|计划|工程|基金|专项)[和及与]|(?:国家|省|市)级)$/u;

/** A plan listed before another program (在大学生创新创业训练计划、全国大学生电子设计竞赛等项目中; session 40, R48). */
const listedBefore = (after: string): boolean =>
  /^[、和与及]\p{Script=Han}{4,20}?(?:计划|工程|竞赛|大赛|基金|专项)/u.test(after);

/** A province's or the nation's name opening a plan's: where it is run (湖南省…, 全国…). */
const SCOPED = /^(?:全国|国家|\p{Script=Han}{2,3}?(?:省|自治区))/u;

/** Some mention opens a clause (，天水有轨电车项目), so no particle or verb was cut off its left (a quotation mark does not count: it lowered check precision). */
function cleanEdge(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (/[，。；：！？、\s]/u.test(text[i - 1] ?? '。') || LISTED.test(text.slice(Math.max(0, i - 3), i))) return true;
    // Or its year (2024年非通用语种人才培养创新计划推进会; session 51, R141), for an unquoted name of six characters or
    // more (a quoted plan's project after the year, 2024年“国培计划”…培训项目, is the plan's).
    else if (name.length >= 8 && !/^[“‘]/u.test(name) && /\d{4}年$/u.test(text.slice(Math.max(0, i - 5), i)))
      return true;
  return false;
}

/**
 * Whether `name`, found ending in the program word `suffix` at `suffixAt`, is a program on its evidence:
 * a head of two characters is a kind (社交平台, 不同项目) unless a quotation mark opens it (‘强基计划’的) or the text
 * sets it up or joins it (入选千人计划);
 * a facility named once in passing is a place (在武汉血液中心); a project or plan named once needs a verb that
 * sets it up or a clean left edge. `quoted`: the text with its quotations, where `text` has them blanked (a plan's
 * quoted project after it, 自治区重点研发计划“…”项目; session 61, R237).
 */
export function zhProgramEvidence(
  text: string,
  suffixAt: number,
  name: string,
  suffix: string,
  quoted = text,
): boolean {
  const head = name.length - suffix.length;
  // A short name the text sets up or joins (入选千人计划, 推进强基计划) is a program for all its two characters.
  // So is one listed after another program (推动“星火计划”与强基计划; session 40, R48).
  if (
    head < 3 &&
    !/[“‘《「]/u.test(text[suffixAt - head - 1] ?? '') &&
    !setUp(text, name, SCHEME_BEFORE) &&
    !LISTED.test(text.slice(Math.max(0, suffixAt - head - 3), suffixAt - head))
  )
    return false;
  // A college is a body (its dean, its team, 由…学院主办), named however often: a scheme only where the text builds
  // or unveils it (建设现代产业学院, 未来技术学院揭牌).
  if (suffix === '学院') return setUp(text, name, SETS_UP_BEFORE, false);
  if (FACILITY.test(suffix)) return setUp(text, name);
  // A plan with a quoted sub-project (国家重点研发计划“固废资源化”重点专项) or a version (…计划2.0) after it is named.
  if (PLAN.test(suffix))
    return (
      setUp(text, name, THROUGH_BEFORE, true) ||
      // A long plan opening with the province or nation that runs it is that one's (湖南省公费定向师范生培养计划;
      // session 56, R191); a fund's class of projects is the fund's (国家社会科学基金重大项目: the fund is named).
      (head >= 6 && SCOPED.test(name) && !/(?:计划|工程|基金|专项)\p{Script=Han}{0,4}项目$/u.test(name)) ||
      cleanEdge(text, name) ||
      SUB_PROJECT.test(quoted.slice(suffixAt + 2)) ||
      listedBefore(text.slice(suffixAt + 2))
    );
  return true;
}
