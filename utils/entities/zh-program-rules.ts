/**
 * Chinese program rules of session 37 (round 3, issue #11): edges every campus site prints — a verb that takes the
 * program as its object, a plan's special project under its parent plan, "plans to" after an event, special classes
 * and degree courses, a plan's title in 《》, a named seminar's edition; and two name-edge helpers (a quotation
 * before a name, a name repeated inside longer ones). find-programs.ts wires them in.
 */

/**
 * Verbs that take a program as their object end the text before its name wherever they stand in the head, not only
 * at its start (学院包括强基计划在内, 学校落实国家重点研发计划, 给予青年项目支持, 纳入…计划); 开设/开办/举办/修读/招收
 * open a class or course (学校开设人工智能创新班, 学生可报名…).
 */
// 结合, 分管 and 同意 (結合高教深耕計畫資源, 分管学科竞赛工作的副院长; session 62, R256, R257) take theirs too.
export const OBJECT_VERBS = '包括|发挥|给予|落实|纳入|列入|开设|开办|举办|修读|选修|报读|报名|招收|就读|结合|分管|同意';

/**
 * Special classes, camps and degree or certificate courses a school runs (拔尖创新人才实验班, “钱学森”英才班,
 * 全国大学生数学建模训练营, 金融学双学位课程): each is a named programme students join.
 */
// Hong Kong and Macau print the honours grade in brackets inside a degree's name (中藥學學士（榮譽）課程, read folded;
// session 49, R125). Taiwan's 專班 (a special class run with industry: 長照人才在地培育專班) and a pilot class
// (现代学徒制试点班; session 64, R280, R282); a 工作专班 is a task force, no class.
// An order class a company sponsors (宁德时代订单班), and Hong Kong's higher diploma and honours degree courses
// (電機工程學高級文憑課程, 幼兒教育榮譽學士課程; session 65, R296, R298).
export const ZH_CLASS_SUFFIX =
  '创新班|实验班|试验班|试点班|英才班|工程师班|订单班|专班|训练营|创新营|学位课程|证书课程|高级文凭课程|荣誉学士课程|学士（荣誉）课程|（荣誉）双学位课程';
const CLASS_TAIL = new RegExp(`(?:${ZH_CLASS_SUFFIX})$`, 'u');
/** The school, an edition or a cohort before a class is no part of its name (我校首届…创新班, 2026级…实验班). */
const CLASS_LEAD =
  /^(?:.*(?:我校|本校|全校|该校|学校|今年|明年|本学期|新学期|此次|本次|共建|合建|联合|[首本该今上下新\d一二三四五六七八九十]+[届期批级])|[届期批级])/u;
/** A class or course named by its level or kind alone (双学位课程, 本科实验班, 暑期训练营) is a kind of thing. */
const CLASS_KIND = new RegExp(
  `^(?:本科|专科|硕士|博士|研究生|学士|双|第二|辅修|在职|联合|国际|暑期|寒假|夏季|冬季|专业|相关|各类|特色|创新|拔尖|精英|卓越)*(?:${ZH_CLASS_SUFFIX})$`,
  'u',
);

/** `name` with the school, an edition or a cohort cut off its head if it ends in a class word; null when only a kind is left. */
export function classProgram(name: string): string | null {
  if (!CLASS_TAIL.test(name)) return name;
  const own = name.replace(CLASS_LEAD, '');
  return CLASS_KIND.test(own) || own.endsWith('工作专班') ? null : own;
}

/** The longest head before 专项: a plan's special projects have long names (…村镇技术创新重点专项). */
export const SPECIAL_PROJECT_HEAD = 15;
/** Before 专项, the parent plan ends the text (国家重点研发计划 | 绿色宜居村镇技术创新重点专项): its sub-project is named. */
export const PARENT_PLAN = '计划(?=\\p{Script=Han})';

/** Events that a 计划于/计划在 after them plans (活动计划于5月举行): a verb, not a plan named “…活动计划”. */
const EVENT = /(?:比赛|竞赛|大赛|活动|会议|大会|运动会|赛事|典礼|仪式|论坛|讲座|展览|晚会|研讨会|交流会|演出)$/u;

/** Whether the 计划 ending `name` is the verb "plans to" of an event named before it: `after` is the text after it. */
export function eventPlansTo(name: string, after: string): boolean {
  return name.endsWith('计划') && EVENT.test(name.slice(0, -2)) && /^(?:将|拟)?[于在]/u.test(after);
}

/**
 * A plan, project or programme titled in 《》 (《高等学校人工智能创新行动计划》) is named whole: the 书名号 are its
 * edges. Six characters or more before the word, since a short 《…工程》 is a textbook or a course (《软件工程》); a
 * title that goes on (…工程》教材, 《…计划》一书) or a document (《关于…》, …的…) is none.
 */
const TITLED =
  /《((?!关于)[\p{Script=Han}\d.“”]{6,24}?(?:计划|工程|专项))》(?!教材|课程|一书|杂志|期刊|学报|课|丛书|系列)/gu;

/**
 * A recurring seminar or forum with a quoted name and an edition (第三届“智能制造”研讨会, 第五届“X”论坛): the name
 * without its edition, as for competitions and forums (EDITION and RECURRING in find-programs.ts). Only a short run
 * of characters, with no joining word, between the quotation and the event word (not …竞赛颁奖典礼暨学术论坛).
 */
const EDITION_SEMINAR =
  /第[\d一二三四五六七八九十百零〇]{1,4}届(?:(“[^“”\n]{2,16}”)([^\P{Script=Han}暨及和与的]{0,8}?)(研讨会|论坛|讲坛)|“([^“”\n]{2,16}研讨会)”)/gu;

/** Names these rules find in the whole text: titled plans and named seminars. */
export function zhRound3Names(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TITLED)) out.push(m[1]!);
  for (const m of text.matchAll(EDITION_SEMINAR)) out.push(m[4] ?? `${m[1]!}${m[2]!}${m[3]!}`);
  return out;
}

/**
 * A count before the program word (今年学校另有三项计划获批, 两个工程, 三级竞赛) numbers plans or levels, it names none; an adverb before
 * 计划 (研究团队亦计划与业界合作, 学校还计划, 将计划) makes it the verb "plans to".
 */
export function countOrVerb(name: string, suffix: string): boolean {
  const head = name.slice(0, -suffix.length);
  return (
    /[\d一二三四五六七八九十两几多数][项个类批种级]$/u.test(head) ||
    (suffix === '计划' && /[亦也还将拟正并均都仍又已曾另]$/u.test(head)) ||
    // A team or a school that plans (研究团队计划在…, 双方计划; session 55, R184): 计划 is the verb.
    (suffix === '计划' && /(?:团队|课题组|项目组|双方|我们|他们|学校|学院)$/u.test(head))
  );
}

/**
 * A head made only of a level and a word of scale (国家重大工程, 高水平学科竞赛, 重点项目, 高层次工程) speaks of a
 * kind of plan or contest, it names none (session 37, R24).
 */
const GENERIC_HEAD =
  /^(?:国家|省|省级|市级|校级|各级|各类|一批|多项|若干)?(?:重大|重点|重要|高水平|高层次|高质量|一流)(?:学科|科研|科技|创新|建设|攻关|人才)?$/u;
export const genericProgram = (name: string, suffix: string): boolean =>
  GENERIC_HEAD.test(name.slice(0, -suffix.length)) || KIND_HEAD.test(name.slice(0, -suffix.length));
/** A head naming a kind (IT类学科竞赛, 資訊應用類學生競賽 folded, 工程实践类项目; session 55, R180, R183): a class, not one. */
const KIND_HEAD = /类(?:学科|学生|专业|科技|创新|实践)?$/u;

/**
 * A quoted plan with its other name in brackets: “浙江省大学生科技创新活动计划（新苗人才计划）” names both (session 41,
 * R52).
 */
export function quotedAliases(text: string): string[] {
  const word = '(?:计划|工程|项目|专项|基金|行动)';
  const re = new RegExp(`“([^“”（）]{4,24}?${word})（([^“”（）]{2,12}?${word})）”`, 'gu');
  return [...text.matchAll(re)].flatMap((m) => [m[1]!, m[2]!]);
}

/**
 * Quoted names in a row that 等 gathers as projects or plans (“西部计划”“三支一扶”等基层项目; session 45, R93): each
 * quotation names one, whatever word it ends with.
 */
export function listedQuotes(text: string): string[] {
  // 工程 running on is a field's word (“…”“…”等工程实践类课程: courses; session 55, R182).
  const re = /((?:“[^“”]{2,12}”[、，]?){2,6})等\p{Script=Han}{0,4}(?:项目|计划|工程(?![实类技师])|专项行动)/gu;
  return [...text.matchAll(re)].flatMap((m) => [...m[1]!.matchAll(/“([^“”]{2,12})”/gu)].map((q) => q[1]!));
}

/**
 * A funded project's title in quotes after its plan (国家重点研发计划项目“典型草原退化生态系统修复技术与示范”,
 * 科技重大专项“…关键技术”): the project the article is about (session 40, R48).
 */
// A title a researcher leads (教授主持的“华北典型地下水超采区综合治理与生态修复机理研究”), and one after a plan's class of
// project (重点专项青年科学家项目“…”; session 56, R188, R190), name it too.
// So do titles in 《》 after 项目 or a team's (项目分别为《…》和《…》, 郭子瑞团队的《…》获得特等奖; session 61, R250); a work's
// (作品《…》) is an entry, as the labels leave it.
export function projectTitles(text: string): string[] {
  const booked = [...text.matchAll(/(?:项目(?:分别为|为|是)?|团队的)((?:《[^》《]{6,40}》[和与、及]?){1,4})/gu)];
  return [
    ...[
      ...text.matchAll(
        /(?:计划|基金|专项)\p{Script=Han}{0,6}?项目“([^”“]{6,40})”|专项“([^”“]{6,40})”|主持的“([^”“]{6,40})”/gu,
      ),
    ].map((m) => (m[1] ?? m[2] ?? m[3])!),
    ...booked.flatMap((m) => [...m[1]!.matchAll(/《([^》]+)》/gu)].map((t) => t[1]!)),
  ];
}

/**
 * A name that is a piece of another one: a head as long as the search went was cut off (…山|东省现代产业学院…),
 * and a short head right after 与/和/及 is the second half of one name (信息化建设与|管理中心).
 */
export function isZhFragment(text: string, suffixAt: number, name: string, suffix: string, maxHead: number): boolean {
  const head = name.length - suffix.length;
  const joined = suffixAt - head - 1;
  // After a quoted program or a program word, 与 joins two names (“星火计划”与强基计划; session 40, R48).
  const afterName = /(?:[”」』]|计划|工程|基金|专项)$/u.test(text.slice(Math.max(0, joined - 2), joined));
  return head >= maxHead || (head <= 2 && /[与和及]/u.test(text[joined] ?? '') && !afterName);
}

// Won, the cup is the trophy (第八次捧得“优胜杯”; session 42, R60), not a competition.
const QUOTED_CUP =
  /(?<!捧得|捧回|夺得|赢得|捧起|摘得|卫冕)“([\p{Script=Han}A-Za-z\d]{1,10}杯)”(?![^，。；、“”]{0,16}?(?:竞赛|大赛|比赛|挑战赛|联赛|锦标赛))/gu;

/**
 * A quoted cup is a competition named by its trophy (“挑战杯”等高水平赛事; session 42, R56); before a competition's
 * words it opens that competition's longer name (“博创杯”程序设计竞赛), already `found`, which its other mentions
 * name too.
 */
export function quotedCups(text: string, found: Iterable<string>): string[] {
  const longer = [...found];
  return [...text.matchAll(QUOTED_CUP)]
    .map((m) => m[1]!)
    .filter((cup) => !longer.some((n) => n.startsWith(`“${cup}”`)));
}

/**
 * `name` at `start` with the quotation right before it in front: “秦创原” + 校地协同创新平台. A quotation closing on its
 * own plan word is a second programme (“强师计划”乡村卓越教师研修项目 is two).
 */
export function withQuotedHead(text: string, start: number, name: string): string {
  if (text[start - 1] !== '”') return name;
  const open = text.lastIndexOf('“', start - 1);
  const quoted = text.slice(open + 1, start - 1);
  return open >= 0 && start - open <= 14 && !quoted.includes('”') && !/(?:计划|工程|项目|基金)$/u.test(quoted)
    ? text.slice(open, start) + name
    : name;
}

/**
 * The text with the mentions of longer found names ending in `name` blanked (瑞丽市城市轨道交通项目 for
 * 城市轨道交通项目), but not the one at `at`: a tail repeated only inside a longer name is named once on its own.
 */
export function outsideLonger(text: string, name: string, at: number, found: { name: string }[]): string {
  let out = text;
  for (const longer of new Set(found.map((f) => f.name)))
    if (longer !== name && longer.endsWith(name))
      for (let i = text.indexOf(longer); i >= 0; i = text.indexOf(longer, i + 1))
        if (at < i || at >= i + longer.length)
          out = out.slice(0, i) + ' '.repeat(longer.length) + out.slice(i + longer.length);
  return out;
}

/** Whether `name`, a quotation and a bare program word, stands for a longer name found with the same quotation. */
export function shortFor(name: string, names: ReadonlySet<string>): boolean {
  const close = name.indexOf('”');
  const [quoted, inner, word] = [name.slice(0, close + 1), name.slice(1, close), name.slice(close + 1)];
  return [...names].some(
    (o) => o !== name && o.length > name.length && (o.startsWith(quoted) || (o.includes(inner) && o.endsWith(word))),
  );
}

/**
 * An engineering field in a list of fields (石油工程、地球科学等学科, 地质学、资源勘查工程、地球化学等专业, 钻完井工程、采油气工程…
 * 等六个类别; session 55, R183): 工程 there names a discipline or a category, not a project.
 */
const FIELD_LIST_END = /等(?:[\d一二三四五六七八九十]+[个项类门])?(?:学科|专业|领域|方向|类别|组别)/u;
export function inFieldList(text: string, at: number, suffix: string, name: string): boolean {
  if (suffix !== '工程') return false;
  const clause = text.slice(at + suffix.length).split(/[，。；：！？,;:!?]/u, 1)[0]!;
  const listed = /^[、和及与]|^等/u.test(clause) || text[at - name.length + suffix.length - 1] === '、';
  // Or a field joined to the next word of its major's name (化学工程与工艺专业; session 55, R186).
  return (listed && FIELD_LIST_END.test(clause)) || /^[与和及]\p{Script=Han}{1,8}?(?:专业|学科)/u.test(clause);
}
