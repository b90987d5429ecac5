/**
 * The shape of a Chinese personal name, without a segmenter: a known surname first, two or three characters
 * (four with a compound surname), not an ordinary word or a place, and where it starts or ends in running text.
 */
import { countOccurrences } from '../model/text';

const SURNAMES = // the last two, 丘 (Hakka) and 盘 (Yao), from round 55 (R307)
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦朴褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习印逄卿萧荀盖赖洪傅楼区阚裘郜雍竺蔺仝嵇阎晁郦逯芮宓郗钮奚哈郁储丘盘';
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
];

/** Two-character runs that look like surname + name but are ordinary words. */
const NOT_NAMES = new Set([
  // Words a surname opens (方程式汽车大赛, 景观学系; session 59, R221; 学生管理, 学生党员; session 64, R282).
  '方程',
  '景观',
  '管理',
  '党员',
  // A time word a surname opens (带教老师凌晨守在床边; session 62, R261).
  '凌晨',
  // Function words and a common noun after a one-character surname (实施以来, 石凯文作为…, 民族文字古籍; session 58).
  '以来',
  '作为',
  '古籍',
  // Thanks and a teaching post (「謝謝老師…」, 来到…任教; session 58, R209, R210).
  '谢谢',
  '任教',
  // Words a title or a class opens before no name (教授祝贺团队, 学生文物保护, 农民高龄化, 工程专业; session 54).
  '祝贺',
  '祝福',
  '祝愿',
  '文物',
  '高龄',
  '专业',
  '高校',
  '单位',
  '甄选',
  '成立',
  '成功',
  '成为',
  '成员',
  '成绩',
  '成就',
  '成效',
  '方面',
  '周年',
  '同志',
  '代表',
  '全国',
  '全体',
  '明天',
  '上述',
  '时代',
  '安全',
  '文化',
  '成果',
  '万人',
  '江苏',
  '青海',
  '陕西',
  '山西',
  '河南',
  '江西',
  '辽宁',
  '海内',
  '金融',
  '应用',
  '应当',
  '应该',
  '于是',
  '向来',
  '常常',
  '毕业',
  // 以学生成长为中心: after 学生, the word, not a name (session 38, R26).
  '成长',
  '成才',
  // Words before a group or a verb that read as surname + name (全面总结, 教师投入本科生, 卫星成功发射, 5个项目入围;
  // session 38, R30, R31, R28, R29).
  '全面',
  '投入',
  '卫星',
  '项目',
  // 院长高度重视, 书记高度作了评价: after a role, the word of degree (session 35).
  '高度',
  // 优秀大学生夏令营 (session 37, R22).
  '夏令',
  // Qualities and posts before a role (卓越博士人才, 高质量研究生教育, 常务副院长, 主管教学副院长; session 41, R52, R54).
  '卓越',
  '高质',
  '常务',
  '管教',
  // 大学生程序设计竞赛: after 学生, the word (session 42, R56, R58).
  '程序',
  // 书记任务是…, 院长任期对…: 任 a surname, the word before 是 and 对 (session 42).
  '任务',
  '任期',
  // 向公众介绍, 向社会发布: 向 the preposition before a group (session 42, R66).
  '向公',
  '向社',
  '向全',
  '向广',
  '向师',
  '向媒',
  '向嘉',
  '向同',
  // 教授应邀作报告, 实验室章程, 文学与传播学院, 我校师生: ordinary words after a title or before a group's
  // name (session 43, R68, R69).
  '应邀',
  '章程',
  '文学',
  '师生',
  // 队员包括副教授…: the verb after a role (session 43, R70). 农民提出, 大学生时装周 (session 43, R71).
  '包括',
  '农民',
  '时装',
  // 指导教师全程参与, 学生覆盖本科生 (session 43, R74, R75).
  '全程',
  '覆盖',
  // 通过视频连线发言 (session 44, R83).
  '连线',
  // 关注研究生心理健康, 任课教师代表 (session 44, R84).
  '关注',
  '任课',
  // 学院党政领导班子, 党委副书记彭晓彤, 青年学者沙龙和研究生… (session 50, R134, R135).
  '党政',
  '党委',
  '沙龙',
  // 高年级 (senior years; session 50, R137).
  '高年',
  // 专家学者齐聚 (gathered; session 51, R142).
  '齐聚',
  // 教师中具有博士学位, 相关领域, 高级工程师 (session 52, R144–R146): a verb, a field, a grade.
  '具有',
  '领域',
  '高级',
  // 船长向学员介绍, 学生习作, 教师报考, 毕业后 (session 52, R153–R155).
  '学员',
  '习作',
  '报考',
  '毕业',
  // 连续第三年 (an ordinal after it, session 52).
  '连续',
  // A party branch (学院党总支书记; session 53, R165, R167).
  '党总支',
  // A plan and a way that 方 opens (方案提出: the document says; session 60, R231), and 卫生所's health (衛生所長期).
  '方案',
  '方法',
  '方式',
  '方针',
  '卫生',
]);

/** Last characters of places and bodies (江苏省, 工程院; an office's short form: 项目办, 校办; session 35), never of a name. */
// 科 too: a bureau's section (教师工作科科长; session 52, R154).
export const PLACE_END = /[省市县区院部局委厅会校司团所处室系馆港州镇村办科]$/u;

/**
 * Last characters that make a run a word about a name, not a name: a list's or plural's particle (摄影师等 read
 * as 师等, 同学们) and 姓/氏 (吕姓消费者: someone surnamed 吕).
 */
// 说 too: 林老师常说 (常 a surname, 说 the verb; session 42, R62); so do 的 and 暨 (兰大的老师们, 导师培训暨…; session 44,
// R84).
// 位 too: 恭賀三位同學 (a count of people; session 50, R133).
// Nor an aspect particle (解读了, from 郭立群解读了…; session 56, R197), nor 与 or 及 (农友与里长; session 59, R221).
const NOT_NAME_LAST = /[等们姓氏说的暨位了着与及]$/u;
/**
 * A title a three-character run ends with: read back from a boundary, a surname and a title is the end of a longer
 * name (江教授 in 樊龙江教授、), not a name; as after a role (TITLES below). Read forward, it refers back to a name
 * printed in full (劉文傑教授 … 劉教授說): find-people drops it then.
 */
export const TITLE_LAST =
  /^.(?:教授|老师|同学|先生|女士|小姐|博士|院士|校长|院长|书记|主任|师傅|经理|总监|处长|部长|所长)$/u;

/** A word that reads as surname + name but is an ordinary word (成长, 投入). */
export const ordinaryWord = (s: string): boolean => NOT_NAMES.has(s);

export function isName(s: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(s) || NOT_NAMES.has(s) || PLACE_END.test(s) || NOT_NAME_LAST.test(s)) return false;
  // 担任首任院长: the post's 首任 (first holder), not a name's end (session 43, R71).
  if (/(?:首|前|现|继)任$/u.test(s)) return false;
  // 王总, 任总 (任总带队: led as head): a surname and 总 address someone, as 王老师 does (session 59, R222).
  if (/^.总$/u.test(s)) return false;
  // 的 is no given name's character (感谢的是老师们: 谢的是 before 老师; session 60, R229).
  if (s.slice(1).includes('的')) return false;
  // 高醫大, 彰師大: a university's short name (医大, 师大, 科大, 工大, 农大), not a given name (session 59, R216).
  if (/[医师科工农]大$/u.test(s)) return false;
  // 第三, 第一: an ordinal, not 第 as a surname (session 50, R138).
  if (/^第[一二三四五六七八九十]/u.test(s)) return false;
  // A run that opens with one of those words goes on with it (校友毕业后, 夏令营): no name (session 37, R22).
  if (NOT_NAMES.has(s.slice(0, 2))) return false;
  // Or a surname and one of those words (本科生全覆盖: 全 and 覆盖; session 51, R142).
  if (s.length === 3 && NOT_NAMES.has(s.slice(1))) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3;
  return SURNAMES.includes(s[0]!) && s.length <= 3;
}

/**
 * Characters that, third after a two-character name, open the clause rather than end the name (江波说，
 * 卢宇还认为): a three-character reading is taken only when the text does not go on this way.
 * 在 too: 殷霞在致辞中表示 (session 41, R50); 即 (陈寿即为南充人; session 52, R150).
 */
export const CLAUSE_NEXT = /^[说还也是的则就都又曾将已对向把被从称讲在即]/u;
/**
 * Words a name never ends with: 清华大学教授, 杨振宁讲座教授 put a unit or a chair before the role; a verb whose object
 * is the group after it (经费支持研究生, 学校鼓励学生; session 38, R27) is no given name; nor a clinical department
 * (心血管内科主任医师) or the 副 of a deputy's title (党委副书记; session 50, R133, R134); nor 首席 of a chief's title
 * (担任首席研究员: 任首席 is no one; session 62, R259).
 */
const NOT_NAME_END =
  /(?:大学|学院|讲座|中学|小学|公司|集团|中心|支持|资助|鼓励|培养|引导|带领|组织|指导|邀请|吸引|帮助|内科|外科|儿科|副|首席)$/u;

/**
 * The name that ends right before index `end` (2 or 3 characters, surname first), preferring 3 unless the
 * two-character name recurs more often than the three (向雷锋同志 beside 学雷锋: the name is what recurs).
 */
export function nameEndingAt(text: string, end: number): string | null {
  // A compound surname and its given name, read whole (教育学部司马静怡教授, 文学院欧阳子墨教授; session 46, R100).
  const compound = [4, 3]
    .map((n) => text.slice(Math.max(0, end - n), end))
    .find(
      (s) =>
        s.length >= 3 &&
        COMPOUND_SURNAMES.some((c) => s.startsWith(c)) &&
        isName(s) &&
        !closesWordBefore(text, end - s.length),
    );
  if (compound) return compound;
  const three = text.slice(Math.max(0, end - 3), end);
  const two = text.slice(Math.max(0, end - 2), end);
  // 分管科研副院长: 管 closes a verb with the character before it (分管, 主管, 监管), no surname there (session 45, R93).
  const glued = /^[分主监掌接托]管$/u.test(text.slice(end - 4, end - 2));
  // 公司研发总监: 司 closes 公司, no surname there (session 49, R125).
  const company = (start: number) => text.slice(start - 1, start + 1) === '公司';
  const ok3 =
    three.length === 3 &&
    isName(three) &&
    !NOT_NAME_END.test(three) &&
    !TITLE_LAST.test(three) &&
    !glued &&
    !company(end - 3);
  const ok2 = two.length === 2 && isName(two) && !company(end - 2);
  if (ok3 && ok2 && countOccurrences(text, two) > countOccurrences(text, three)) return two;
  return ok3 ? three : ok2 ? two : null;
}

/** A compound surname's first character closing the word before it (院长孙红梅: 长孙 is no surname there). */
const closesWordBefore = (text: string, start: number): boolean =>
  /(?:[院校部局社组队厂所处科县市省团班馆站行会董]长|公司)$/u.test(text.slice(Math.max(0, start - 1), start + 1));

const TITLES = /^(?:女士|小姐|先生|老师|同学|教授|主任|书记|院长|校长|博士|师傅|阿姨|大爷|老人|某)/u;

/**
 * The name that starts at `start`: 3 characters when the text goes on with a boundary (or the three recur
 * elsewhere: 董事长杨敬辉当面… beside 像杨敬辉这样), else 2.
 */
export function nameStartingAt(text: string, start: number, boundary: RegExp): string | null {
  // A surname and a title (李女士, 王老师) names no one in full.
  if (TITLES.test(text.slice(start + 1, start + 4))) return null;
  // 师范 (a teachers' college) is one word: 范 after a role's 师 opens no name (支教师范生发言; session 60, R230).
  if (/^师范(?:生|大学|学院|类|专业|院校|教育)/u.test(text.slice(start - 1, start + 4))) return null;
  // A compound surname is read with its given name of one or two characters.
  if (COMPOUND_SURNAMES.some((c) => text.startsWith(c, start)) && !closesWordBefore(text, start)) {
    const four = text.slice(start, start + 4);
    if (isName(four) && boundary.test(text.slice(start + 4, start + 8))) return four;
    const three = text.slice(start, start + 3);
    return isName(three) && boundary.test(text.slice(start + 3, start + 7)) ? three : null;
  }
  const three = text.slice(start, start + 3);
  const two = text.slice(start, start + 2);
  // 主任邱燕以及…: a third character opening a function word with the next (以及, 以来) is no part of the name.
  // So is 分 opening 分获/分别 (学生韩雪分获二等奖; session 51, R143).
  const ok3 =
    isName(three) &&
    !CLAUSE_NEXT.test(three.slice(2)) &&
    !/^(?:以[及来后前上下]|分[获别])/u.test(text.slice(start + 2));
  if (ok3 && boundary.test(text.slice(start + 3, start + 7))) return three;
  if (isName(two) && boundary.test(text.slice(start + 2, start + 6))) return two;
  return ok3 && recursApart(text, three) ? three : null;
}

/** Three characters printed twice or more, not always before the same one (石油工程 … 石油工程 is a word; session 59). */
function recursApart(text: string, three: string): boolean {
  const next = new Set<string>();
  for (let i = text.indexOf(three); i >= 0; i = text.indexOf(three, i + 1)) next.add(text[i + 3] ?? '');
  return countOccurrences(text, three) > 1 && next.size > 1;
}
