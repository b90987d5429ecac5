/**
 * Where a Chinese name ending in a program or body word starts: the characters that stop it, the verbs and counts cut
 * off its head (split from find-programs.ts; organizations read names the same way).
 */
import { OBJECT_VERBS } from './zh-program-rules';

/** Where a name cannot start: particles, pronouns, verbs that introduce it (建设现代产业学院 → 现代产业学院). */
const LEAD_VERBS =
  /^(?:建设|实施|推进|推动|举行|启动|成立|设立|依托|加快|深化|打造|开展|参加|举办|入选|获批|获得|建立|指导|比如|例如|包括|譬如|组建|揭牌|签约|加入|申报|落实|围绕|通过|作为|成为|进驻|支持|助力|助推|构建|搭建|共建|服务|实现|采用|确保|利用|使用|促进|希望|感谢|商讨|依照|根据|设立|经过|据|按照|进入|选择|暂停|覆盖|继续|完善|提供|登录|代表|新增|健全|首批)+/u;
export const STOP =
  /[了的和与及在是为对将把被等个这该其之以于从到向并或而且就要好还又已均让者但、，。；：！？“”‘’（）()《》\s\d]/u;
/** Verbs that end the text before a name (举行了…, 他指出…); 建设 and 实施 only before programs. */
export const VERBS =
  '举行了?|也有|宣布|执行(?![委长主董理])|启动|进行|公布|满足|打磨|加强|重视|建议|成立|召开|推行|入围|晋级|荣获|参与|参赛|获评|利用|使用|用好|做好|确保|实现|采用|指出|表示|强调|紧扣|现任|担任|提请|领导|设立|来自|加入|携手|邀请|访问|调研|希望|感谢|促进|推动|推进|还有|带着|出现过?|采取|应当|应该|获得|兼任|当选|调任|后来经?|得到|受到|入选|登上|参加|提供|完善|登录|争取|遴选|统筹|期望|评估|凭借|负责(?!人)|完成|分别|进入|备战|涵盖|叫|延伸自?|庆祝|珍惜|认识(?!实习)|围绕|总结|具有|运用|同时';
// 建设 right before the program word is part of the name (有轨电车建设项目). 由 (研究由工程学院…) and 获
// (项目获创新科技基金资助) introduce the name after them, in simplified and in traditional text folded to it; not
// inside a word (自由, 理由, 收获).
// 承担, 牵头, 主持 and 申报 (学校牵头承担国家重点研发计划项目, 他主持国家社会科学基金) introduce a plan the way 获
// does; a year's 年度 ends a date (2026年度区域创新发展联合基金, 本年度设一般项目).
// 立项 (newly approved) before a name is the verb (学校新立项国家重点研发计划项目), as 建设 is.
// 建立/健全 build what follows (建立健全科研项目培育机制); a competition or meeting 设 (sets up) its tracks (大赛设高教主赛道).
// 系 before a national or school owner is "is" (《…》系国家社科基金重大项目), not a department (物理系, 体系); 保障
// (全力保障项目实施) is a verb before a program, though a body's name may hold it (国家医疗保障局). 提升/提高 before an
// owner raise what it runs (为提升国家自然科学基金申报质量; session 63, R271). 较 compares (…项目数量较计划实施前增长; not
// 比较); 按计划 is "as planned" and 督促 urges; 总结 sums up and 具有 has what follows (总结计划实施…, 多名具有竞赛指导经验的教师; session 64, R282, R283); 运用 uses and 同时 (meanwhile) opens a
// clause (同時運用高等教育深耕計畫; session 65, R293).
export const CUT = new RegExp(
  `(?:${VERBS}|${OBJECT_VERBS}|近年来?|近[一二两三四五六七八九十0-9]+年|多年来|以来|近日|日前|目前|此前|新增|依托|开展|承担|牵头|主持(?!人)|申报|[通透]过|年度设?|建设(?!$)|立项(?!$)|实施|建立|健全|(?<=[赛会])设|(?<![自理缘事来])由|(?<![收捕俘])获批?|(?<!比)较|按(?=计划)|督促|(?<![体关联派世谱直])系(?=国家|省|市|我校|全国|教育部|中国)|提[升高](?=国家|全国|中国|省|我校|学校)|保障)`,
  'gu',
);
/** Before a body's name, prepositions and 联合 end the text too (会议由党委组织部…, 应当报国家…, 透過教育部; session 39). */
// 同 inside a word (共同体, 同济) is no preposition.
export const CUT_BEFORE_BODY = new RegExp(
  `(?:${VERBS}|联合|[通透]过|[由报向对到]|(?<!供)给(?![排水])|(?<![共协陪合])同(?![济步期]))`,
  'gu',
);
/**
 * Generic heads that make a name indefinite (联合研发中心, 相关项目, 本次专项计划, 全国性…竞赛, 最终…赛道: session 39), a
 * grant's class (面上项目, 重点支持项目) or a project's stage or grade (优秀结题项目, 在研项目): not one program. A
 * year or edition inside one makes its program word a verb's or an edition's (浏阳今年计划, 备战本届大赛; session 48). So
 * does a count or an adverb opening it (一批高水平研发平台, 持续提升国家级项目; session 50, R132).
 */
const GENERIC =
  /^(?:联合|相关|有关|各类|各级|重点|重要|重大|多个|一批|若干|该|本|此|研发|科研|建设|创新|数字|发展|一般|面上|青年|重点支持|优秀|结题|在研|立项|获奖|参赛|入围|技术){0,2}(?:工程|计划|项目|中心|平台|基地|行动|专项|学院)$|^(?:工程|实践|教学|交叉|跨学科){1,2}平台$|^(?:联合|相关|有关|各类|各级|部分|一些|一批|大批|一系列|多项|持续|多地|各地|这些|国内|新建|一家|一所|一个|更多|本期|本学年|本年度|本学期|本次|此次|这次|本届|下一|上一|今年|明年|去年|全国性|最终|最后|其中)|^(?:大学生|基础性|综合性|专业性)?学科竞赛$|^(?:研究|科研|教学|实训|实验)?实验室$|^[用以]?实际行动$|集中接收|^(?:\p{Script=Han}{2}[—–-]){2,}\p{Script=Han}{2}$|^(?:项目)?新?[首一二三四五六七八九十]期(?:工程|项目|计划)$|今年|明年|去年|每年|本届|本次|此次/u;

/** Whether a name, its owner cut off, is generic (学校部分重点专项 → 部分重点专项). */
export const genericName = (name: string): boolean => GENERIC.test(name);

/** A stop character that is part of a word here: 高等研究院, 工作者协会. */
function inWord(text: string, at: number): boolean {
  const [prev, ch] = [text[at - 1] ?? '', text[at]];
  // 从业 (从业技能大赛) is a word, not the preposition 从.
  return (
    (ch === '等' && /[高平同对中初]/u.test(prev)) ||
    (ch === '者' && prev === '作') ||
    // 定向, 导向, 双向: words, not the preposition 向 (湖南省公费定向师范生培养计划; session 56, R191). 面向 stays one
    // (面向中小学教师的…). 长者 was measured and dropped: it named a centre (…長者地區中心) as often as a plan.
    (ch === '向' && /[定导双方志倾]/u.test(prev)) ||
    // 就业 (“能源报国”就业引领行动) too, not the adverb 就 (session 59, R216); 从教 (teach: 学生从教技能大赛; session 63).
    (/[从就]/u.test(ch!) && text[at + 1] === '业') ||
    (ch === '从' && text[at + 1] === '教') ||
    // A double degree joins its two (中醫學學士及生物醫學理學士（榮譽）雙學位課程; session 49, R125).
    (ch === '及' && text.slice(at - 2, at) === '学士')
  );
}

/** Whether words hold a stop character that is no part of a word there. */
export const hasStop = (words: string): boolean => [...words].some((c, i) => STOP.test(c) && !inWord(words, i));

/** The name that ends with `suffix` at `suffixAt`: back to a particle or punctuation, lead verbs cut off. */
export function zhNameBefore(
  text: string,
  suffixAt: number,
  suffix: string,
  maxHead = 12,
  cutAt = CUT,
  minHead = 2,
): string | null {
  const back = (max: number) => {
    let start = suffixAt;
    while (start > 0 && suffixAt - start < max && (!STOP.test(text[start - 1]!) || inWord(text, start - 1))) start--;
    return start;
  };
  const start = back(maxHead);
  // A verb across the window's edge (学校实施|非通用语种人才培养创新计划): read a few characters more, and take that
  // reading where its cut leaves a head the window holds (session 51, R141).
  const wide = back(maxHead + 4);
  const wider = wide < start ? headFrom(text, wide, suffixAt, cutAt) : null;
  const head = wider !== null && wider.length <= maxHead ? wider : headFrom(text, start, suffixAt, cutAt);
  if (head === null) return null;
  const name = head + suffix;
  return head.length >= minHead && !GENERIC.test(name) ? name : null;
}

/** The head of a name from `start` to the program word at `suffixAt`, its leading counts, verbs and levels cut. */
function headFrom(text: string, start: number, suffixAt: number, cutAt: RegExp): string | null {
  // A counted name (几个现代有轨电车项目, 多个…平台) is a kind of thing, not one.
  if (text[start - 1] === '个' && /[几多一两三四五六七八九十这那每各]/u.test(text[start - 2] ?? '')) return null;
  let head = text.slice(start, suffixAt);
  // 以上, 以下, 以内 end the words before a name (省级以上学科竞赛; session 43, R71).
  if (text[start - 1] === '以') head = head.replace(/^[上下内外]/u, '');
  // So does 其中 (其中优秀青年科学基金项目1项): 其 is a stop, 中 no part of a name.
  if (text[start - 1] === '其') head = head.replace(/^中/u, '');
  // After a number, a date, a count or a cohort is no part of the name (1993年获山东大学, 6家上市公司, 2023级强基计划).
  if (/[\d０-９〇一二三四五六七八九十两几]/u.test(text[start - 1] ?? ''))
    head = head.replace(/^(?:年度|[年月日号家所个名位届期级项])(?:获批|入选|[入获在起至到进赴]{0,2})/u, '');
  // An ordinal count opens no name (第三项国家社会科学基金, 第二批…; session 44, R83).
  // Nor does an edition (第十五届全国大学生数学竞赛 is 全国大学生数学竞赛's fifteenth; session 49, R130).
  head = head.replace(/^第[\d一二三四五六七八九十百两]+[项个批次届]/u, '');
  // A name starts with a character of a name, not a list's number or a stop (附件：1.兰州大学…).
  head = head.replace(/^[^\p{L}\p{N}]+/u, '').replace(LEAD_VERBS, '');
  // Keep the shortest tail that still names something: a verb inside (启动…, 他指出…) ends the search.
  const cut = [...head.matchAll(cutAt)].at(-1);
  if (cut) head = head.slice(cut.index! + cut[0].length);
  // A batch or an addition counted after the verb is no part of the name (入选首批国家卓越工程师学院), nor is a
  // level above the school's (国家级、省级大学生创新创业训练计划项目 names one plan at two levels; a 校级数据中心 is the school's).
  return head.replace(/^(?:首批|新增|新一批)?(?:国家级|省级|市级)?/u, '');
}
