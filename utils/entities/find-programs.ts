/**
 * Programs and initiatives named in Chinese: quoted names (“强基计划”, “6352”工程) and names ending in
 * 工程/计划/项目/学院/书院/中心/实验室/基地/平台/行动/专项…; where such a name starts is zh-name-edge.ts's. Latin-script
 * programs are in find-english-programs.ts.
 */

import { countOccurrences } from '../model/text';
import { fundClass } from './known-programs';
import { zhProgramEvidence } from './program-evidence';
import {
  classProgram,
  eventPlansTo,
  PARENT_PLAN,
  SPECIAL_PROJECT_HEAD,
  ZH_CLASS_SUFFIX,
  zhRound3Names,
  countOrVerb,
  genericProgram,
  projectTitles,
  quotedAliases,
  listedQuotes,
  quotedCups,
  isZhFragment,
  outsideLonger,
  withQuotedHead,
  shortFor,
  inFieldList,
} from './zh-program-rules';
import { CUT, genericName, hasStop, zhNameBefore } from './zh-name-edge';

// Competitions (大赛, 竞赛) are programs campus news reports on too; so are Taiwan's 學程 (學分學程, 學位學程). A track
// (赛道) is one only after a quoted programme's name (“青年红色筑梦之旅”赛道): unquoted, a contest's track (高教主赛道)
// is none, as no label names one (session 56: eight such flags on R188–R199's tuning pages).
// A 专项赛 is a competition's special track (“揭榜挂帅”专项赛), read whole before 专项; a championship (锦标赛) a sports
// competition (河北省大学生太极拳锦标赛; session 63, R266).
// Special classes and degree courses too (zh-program-rules.ts), and the national agriculture research system's
// 产业技术体系 (国家荔枝龙眼产业技术体系; session 45, R92).
const ZH_SUFFIX = `工程|计划|项目|学院|书院|中心|实验室|基地|平台|行动|专项赛|专项|基金|奖学金|大赛|竞赛|挑战赛|锦标赛|学程|产业技术体系|${ZH_CLASS_SUFFIX}`;
/**
 * Schemes (制度, 机制) count only with a quoted name (“双导师”制度): unquoted, most are general (培养机制). So do named
 * social-practice programmes (“三下乡”社会实践活动, “返家乡”社会实践; session 42, R56): a 社会实践 alone is any.
 */
// A quoted micro-major (“智能媒体内容生产”微专业) is one the school opens (session 56, R189).
const ZH_QUOTED_SUFFIX = `${ZH_SUFFIX}|赛道|制度|机制|微专业|社会实践(?:活动)?(?![团队基])`;
const SPECIAL_CUT = new RegExp(`${CUT.source}|${PARENT_PLAN}`, 'gu');

/** Japanese names a program in 「」/『』 (read as “”/‘’) with 事業, プログラム or プロジェクト: 「ムーンショット型研究開発事業」. */
const JA_QUOTED =
  /[“‘]((?=[^”’]*[\p{Script=Katakana}\p{Script=Hiragana}])[^“”‘’]{2,30}(?:事[业\u696d]|プログラム|プロジェクト))[”’]/gu;

/** 第N届 and a name up to its competition or forum word (awards, 文华大奖, are no programs: the labels name none). */
const EDITION =
  /第[\d一二三四五六七八九十百零〇]{1,4}届((?:[“‘][^”’\n]{1,12}[”’])?\p{Script=Han}(?:\p{Script=Han}|[—–](?=\p{Script=Han})){1,20}?(?:竞赛|大赛|挑战赛|论坛|讲坛))/gu;

/**
 * A quoted week or festival that recurs (第三届“…文化交流周”, 每年举办的“…创新周”) is a named programme; one
 * without an edition or a yearly run may be a one-off event.
 */
const RECURRING =
  /(?:第[\d一二三四五六七八九十百零〇]{1,4}届|每年举办的|一年一度的)“([^“”\n]{2,16}(?:周|节|论坛|讲坛))”/gu;
/** Bodies and places whatever the text does with them: 中国科学院, 全国重点实验室, 研究中心, 孵化基地. */
// A base (实践基地, 联合培养基地) is a place the school is granted or builds, a body like a centre (review R19).
const BODY_TAIL = /(?:科学院|重点实验室|研究中心|基地)$/u;
/** Quoted, any centre or lab is one too (“…协同创新中心”): the quotation names a body. A quoted platform may be a
 * scheme (「InnoHK創新香港研發平台」). */
const QUOTED_BODY_TAIL = /(?:科学院|实验室|中心|基地)$/u;
/**
 * Tails after a quotation that name no program of their own: a count of levels or kinds (“校赛—省赛—国赛”三级竞赛),
 * a follow-up or a grant's projects (“大型飞机”后续项目, 「…基金」資助項目).
 */
const NO_NAME_TAIL = /^(?:[一二三四五六七八九十两\d][级类项个]|后续|资助|配套|相关)/u;
/** A quotation closing on its own program word (“…提升计划”), built once. */
const ENDS_IN_WORD = new RegExp(`(?:${ZH_SUFFIX})(?:\\d\\.\\d)?”$`, 'u');
/** A class's word alone after a quotation (“…计划2.0”实验班). */
const CLASS_ONLY = new RegExp(`^(?:${ZH_CLASS_SUFFIX})$`, 'u');
/** A quoted plan and the level of its projects (“大学生创新创业训练计划”国家级项目, “…行动计划”项目): the plan alone is named. */
function projectsOf(quoted: string, tail: string): boolean {
  return ENDS_IN_WORD.test(quoted) && /^(?:国家级|省级|市级|校级)?项目$/u.test(tail);
}
/**
 * The quotations of a run that belong to this name: one printed on its own elsewhere is a name of its own
 * (“挑战杯”“互联网+”大学生创新创业大赛 after “挑战杯”全国…竞赛 names the 互联网+ contest).
 */
function ownQuotations(text: string, quotations: string, whole: string): string {
  const parts = quotations.match(/“[^”]*”/gu) ?? [quotations];
  let i = 0;
  while (i < parts.length - 1 && countOccurrences(text, parts[i]!) > countOccurrences(text, whole)) i++;
  return parts.slice(i).join('');
}

/**
 * A name longer than a head is searched for, read whole when it opens with its scope (全国中医药院校大学生中医经典知识竞赛,
 * 浙江省大学生服务外包创新应用大赛, 香港特別行政區政府醫療衞生研究基金 after its owner): where a competition, plan or
 * fund is run is printed first (session 39, R32–R35).
 */
const SCOPE = /^(?:全国|国家|中国|国际|世界|全球|全省|\p{Script=Han}{2,3}?(?:省|自治区))(?!级)/u;
const LONG_HEAD = 20;
function scopedLongName(text: string, suffixAt: number, suffix: string): string | null {
  const name = zhNameBefore(text, suffixAt, suffix, LONG_HEAD);
  if (!name || isZhFragment(text, suffixAt, name, suffix, LONG_HEAD)) return null;
  return withoutOwner(name, suffix) !== name || SCOPE.test(name) ? name : null;
}

/**
 * The government, ministry, bureau or council before a fund or plan owns it and is no part of its name
 * (教育部高教深耕計畫 → 高教深耕計畫, 研究資助局研究影響基金 → 研究影響基金); a head left of three characters or fewer keeps
 * it (西部计划). Session 39, R30–R35; a fund's committee too (国家留学基金委…培养项目; session 54, R168).
 */
const OWNER = /^\p{Script=Han}{2,12}?(?:政府|部(?!分)|局|署|厅|委员会|基金委)(?=\p{Script=Han}{3})/u;
export function withoutOwner(name: string, suffix: string): string {
  const owner = OWNER.exec(name.slice(0, -suffix.length))?.[0];
  return owner ? name.slice(owner.length) : name;
}

/** The program word ending a quotation's tail (with 行动计划, 专项行动). */
const TAIL_WORD = new RegExp(`(?:${ZH_QUOTED_SUFFIX})(?:行动|计划)?$|制$`, 'u');

export function findChinesePrograms(text: string): string[] {
  const out = new Set<string>();
  // “6352”工程, “产教融合、协同育人”创新工程: a quote followed by a program word (single quotes inside a quotation too),
  // or by 制 (“申请-考核”制). Words between that a clause puts there (“开学第一课”是学院, “…”获得成长赛道) join no name.
  // A competition's name runs long after its quoted brand (“挑战杯”全国大学生课外学术科技作品竞赛).
  // 专项 and 行动 run on into 专项行动 and 行动计划 (“纺织强国”人才培养专项行动).
  // So does a plan's after its quoted brand (“翱翔未来”本科生创新实践计划; session 56, R193).
  const after = `\\p{Script=Han}{0,4}(?:${ZH_QUOTED_SUFFIX})(?:行动|计划)?|\\p{Script=Han}{5,16}?(?:竞赛|大赛)|(?:(?![我你他她它们说])\\p{Script=Han}){5,10}?计划|制(?![定作造订约止服])`;
  // Quotations in a row share the program word: 浙江省“尖兵”“领雁”研发攻关计划 is one plan.
  for (const m of text.matchAll(new RegExp(`((?:“[^”]{1,20}”){1,3}|‘[^’]{1,20}’)(${after})`, 'gu'))) {
    const [quoted, tail] = [ownQuotations(text, m[1]!, m[0]), m[2]!];
    // A verb in the words before the program word ends the name; 建设 right before it is part of it (“AI+课程”建设工程).
    const words = tail.replace(TAIL_WORD, '');
    // A quotation ending in its own program word is the name; words after it are the clause's (“…提升计划”组建竞赛集训队).
    // So is one before a class it runs (“卓越教师培养计划2.0”实验班: the plan; session 63, R269).
    if ((words || CLASS_ONLY.test(tail)) && ENDS_IN_WORD.test(quoted)) continue;
    if (!hasStop(tail) && words.search(CUT) < 0 && !namedAfter(quoted, tail))
      // 项目 after a plan's word names its projects: the plan is the name (“长江黄河…”重点专项项目).
      if (!QUOTED_BODY_TAIL.test(tail) && !NO_NAME_TAIL.test(tail) && !projectsOf(quoted, tail))
        // A competition's track named after a programme (“青年红色筑梦之旅”赛道) names that programme (session 49, R128).
        out.add(
          tail === '赛道' && !quoted.slice(1, -1).includes('”')
            ? quoted.slice(1, -1)
            : `${quoted}${tail.replace(/(?<=计划|工程|基金|专项)项目$/u, '')}`,
        );
  }
  // A quoted policy the article builds or applies (“双一流”建设, “双减”政策) is its subject when named again; once,
  // it is a national policy mentioned in passing (服务“一带一路”建设), which the labels leave out.
  for (const m of text.matchAll(/“[^”“]{1,12}”(?:建设(?![成为])|政策)/gu))
    if (countOccurrences(text, m[0]) >= 2) out.add(m[0]);
  // An edition's number opens a competition's name (第十八届“挑战杯”全国大学生课外学术科技作品竞赛):
  // the name is what recurs, without the edition.
  for (const m of text.matchAll(EDITION)) out.add(m[1]!);
  for (const m of text.matchAll(RECURRING)) out.add(m[1]!);
  // A plan titled in 《》 and a named seminar's edition (zh-program-rules.ts).
  for (const n of zhRound3Names(text)) out.add(n);
  // “强基计划”: a quote that is itself a program name, with its version (“卓越教师培养计划2.0”) and an organiser
  // joined by a dash (「澳大—橫琴中醫藥青年創新創業大賽」).
  // Quoted, a 方案 or 研究金 is named too (「2030跨世代年輕學者方案」, 「優配研究金」); a place's 方案 is a slogan (“上海方案”).
  // So is a quoted special class (“钱学森创新实验班”).
  // A quoted 论坛/讲坛 is a named recurring forum or lecture series (“化工名家讲坛”第48讲); a year after the name is
  // its edition or horizon (「澳門國際旅遊教育論壇2026」, 「大學策略計劃2028」); a brand in Latin letters opens it (「InnoHK…平台」),
  // a dash after it too (“JITRI-高校联合创新中心建设计划”); a quoted 试点 is a pilot scheme (“本硕博贯通培养改革试点”; session 41).
  const quotedName = `“((?:[A-Za-z][A-Za-z\\d]{1,9}[—–-]?)?[\\p{Script=Han}\\d]{2,18}(?:[A-Za-z]{2,6}\\p{Script=Han}{1,8})?(?:[—–-]\\p{Script=Han}{2,16})?(?:${ZH_SUFFIX}|方案|研究金|论坛|讲坛|实验班|试点)(?:\\d\\.\\d|20\\d\\d)?)”`;
  for (const m of text.matchAll(new RegExp(quotedName, 'gu')))
    if (!/^.{2,3}方案$/u.test(m[1]!) && !QUOTED_BODY_TAIL.test(m[1]!) && !TALK_TITLE.test(m[1]!)) out.add(m[1]!);
  for (const m of text.matchAll(JA_QUOTED)) out.add(m[1]!);
  for (const n of quotedCups(text, out)) out.add(n);
  for (const n of [...projectTitles(text), ...quotedAliases(text), ...listedQuotes(text)]) out.add(n);
  // Unquoted names ending in a program word.
  // A quoted centre, base or lab is a body's whole name: no part of it is a program (“…经济建设协同创新中心”).
  const unquoted = text.replace(
    // A list's joiner ends the quotation's name: “星火计划”与强基计划 is two plans (session 40, R48).
    /“[^”]*”(?:(?![与和及、])\p{Script=Han}){0,4}?(?:工程(?![师院])|计划|项目)|“[^“”]*(?:中心|基地|实验室)”/gu,
    (s) => ' '.repeat(s.length),
  );
  // A program word followed by 院/师/部/技/城… is part of another word (中国工程院, 工程师, 工程技术大学, 中心城区,
  // 水务工程公司, 机械工程系, 三级竞赛体系, 工程素养,
  // 基金会, 基金委, 专项组, 计划办公室, 思想行动上, 哈尔滨工程大学, 程序设计 after 学程, 竞赛榜单); a fund opening an award's name is the
  // award's (何梁何利基金…奖).
  const found: { name: string; at: number; suffix: string; whole: string }[] = [];
  for (const m of unquoted.matchAll(
    new RegExp(
      `(?:${ZH_SUFFIX})(?![院师学部局处所技城会组办]|公司|体系|委(?!员)|(?<=工程)(?:类|规范|研究|大学|实践|硕|博|专业|学科|领域|问题|人才|系|素养|能力|思维|伦理|意识|技术|经验|应用|教育|案例|导论|概论|顾问|实验室|国家重点|需求|毕业|与(?:技术|科学|管理))|(?<=计划)书|(?<=行动|专项)计划|(?<=专项)行动|(?<=学程)序|(?<=竞赛|大赛)(?:榜|排行)|网页|网站|网址|主页)(?<!行动(?=上)|基金(?=${FINANCE}|计划|${AWARD}))`,
      'gu',
    ),
  )) {
    // 国家重点研发计划项目 names the plan's projects: the plan is the name (found at 计划). A class of a fund's projects
    // is named with 项目 (青年科学基金项目, found at 项目), not the fund it is of (国家自然科学基金项目: found at 基金).
    const before = unquoted.slice(0, m.index);
    if (m[0] === '项目' && /(?:计划|工程|专项)$/u.test(before)) continue;
    const fund = (at: number) => fundClass(zhNameBefore(unquoted, at, '基金', 12, CUT));
    if (m[0] === '项目' && before.endsWith('基金') && !fund(m.index! - 2)) continue;
    if (m[0] === '基金' && unquoted.startsWith('项目', m.index! + 2) && fund(m.index!)) continue;
    // A special project's name runs long after its parent plan (国家重点研发计划…重点专项).
    const special = m[0] === '专项';
    // So does a double degree's, two degrees' names long (中医学学士及生物医学理学士（荣誉）双学位课程).
    const maxHead = special ? SPECIAL_PROJECT_HEAD : m[0].includes('双学位') ? 16 : 12;
    let name = zhNameBefore(unquoted, m.index!, m[0], maxHead, special ? SPECIAL_CUT : CUT);
    if (name && isZhFragment(unquoted, m.index!, name, m[0], maxHead)) name = scopedLongName(unquoted, m.index!, m[0]);
    if (!name || NO_NAME_TAIL.test(name)) continue;
    if (eventPlansTo(name, unquoted.slice(m.index! + m[0].length))) continue;
    // Counted after (承担…教师培训项目400余项), the word names a kind of project, not one (session 49, R126).
    if (/^[\d一二三四五六七八九十百千两]+余?[项个]/u.test(unquoted.slice(m.index! + m[0].length))) continue;
    if (countOrVerb(name, m[0]) || genericProgram(name, m[0]) || inFieldList(unquoted, m.index!, m[0], name)) continue;
    // The owner's name is cut off, but its place counts as the name's edge (透過教育部高教深耕計畫).
    const whole = name;
    // The school running it is no part of its name either (本校大學社會責任實踐計畫; session 46, R101; 学校暑期…计划,
    // session 54, R169).
    // Nor is the college's (本院工商管理學士學位課程 folded, 我院化学工程; session 55, R185, R186), nor a count of its
    // students (一百二十八名護理學士學位課程).
    name = classProgram(
      withoutOwner(name, m[0])
        .replace(/^(?:本校|我校|该校|全校|学校|本院|我院|该院|学院(?=国家|中国))(?=\p{Script=Han}{4})/u, '')
        .replace(/^[一二两三四五六七八九十百千\d]+[名位](?=\p{Script=Han}{4})/u, ''),
    );
    // A name that runs back to a quotation is that quotation's (“秦创原”校地协同创新平台), not a nameless tail.
    if (name) name = withQuotedHead(unquoted, m.index! + m[0].length - name.length, name);
    // Academies (中国科学院), key labs and research centres are bodies, not programs.
    if (!name || BODY_TAIL.test(name) || genericName(name)) continue;
    // A fund's class of projects needs the evidence a fund does, not a project's (面上项目和地区联合基金项目).
    if (m[0] === '项目' && before.endsWith('基金')) found.push({ name, at: m.index! - 2, suffix: '基金项目', whole });
    // A special project's fund is named with its 资金 (江苏省科技成果转化专项资金; session 63, R268).
    else if (m[0] === '专项' && unquoted.startsWith('资金', m.index! + 2))
      found.push({ name: `${name}资金`, at: m.index!, suffix: m[0], whole });
    else found.push({ name, at: m.index!, suffix: m[0], whole });
  }
  for (const { name, at, suffix, whole } of found) {
    const evidence = (n: string) => zhProgramEvidence(outsideLonger(unquoted, n, at, found), at, n, suffix, text);
    if (!evidence(name) && (whole === name || !evidence(whole))) continue;
    // A version printed after the name is part of it (基础学科拔尖学生培养计划2.0).
    const version = /^\d\.\d(?!\d)/u.exec(unquoted.slice(at + suffix.length))?.[0] ?? '';
    if (![...out].some((o) => o.endsWith(name))) out.add(name + version);
  }
  // “秦创原”项目 after “秦创原”引用高层次人才项目 is the longer name said short, not another program; so is “挑战杯”竞赛
  // beside 第五届“挑战杯”大学生课外学术科技作品竞赛 (session 49, R124, R126).
  return [...out].filter((n) => !/^“[^”]+”(?:项目|计划|工程|竞赛|大赛)$/u.test(n) || !shortFor(n, out));
}

/** A centre or college named after a quoted program (“2011计划”协同创新中心) is a body; the quotation is the program. */
function namedAfter(quoted: string, tail: string): boolean {
  return ENDS_IN_WORD.test(quoted) && /(?:中心|实验室|基地|平台|学院)$/u.test(tail);
}

/**
 * A quoted talk's title that ends in a program word (第一讲“如何做好一个研究项目”; session 54, R169): a question or a
 * counted noun, which no programme's name holds.
 */
const TALK_TITLE = /如何|怎样|怎么|为什么|为何|一个|一项/u;

/** 基金利率, 基金经理: a fund word running into a finance noun is a market term, not a named fund. */
const FINANCE = '利率|经理|公司|份额|净值|规模|投资|市场|收益';
/** 何梁何利基金科学与技术创新奖: a fund's name opening an award's is the award's. */
const AWARD = '\\p{Script=Han}{0,12}?奖(?![学励])';
