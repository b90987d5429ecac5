/**
 * People named in an article. Chinese names are not split by any segmenter here (Intl.Segmenter gives
 * 卢|建|军), so the text's own signals are used: a role printed before or after the name (党委书记卢建军,
 * 王树国校长), a speech verb after it (方光华强调), a known surname first. English names are in
 * find-english-people.ts.
 */
import { countOccurrences } from '../model/text';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习印逄卿';
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

/** Roles printed next to names, longest first so 党委书记 wins over 书记. */
export const ZH_ROLES = [
  '党委常委',
  '党委副书记',
  '党委书记',
  '党组书记',
  '党工委书记',
  '总书记',
  '副书记',
  '书记',
  '常务副校长',
  '副校长',
  '校长',
  '副院长',
  '院长',
  '院士',
  '副省长',
  '省长',
  '副市长',
  '市长',
  '副主席',
  '主席',
  '董事长',
  '总经理',
  '副部长',
  '部长',
  '副主任',
  '主任',
  '副教授',
  '教授',
  '研究员',
  '博士研究生',
  '硕士研究生',
  '研究生',
  '本科生',
  '处长',
  '局长',
  '厅长',
  '秘书长',
  '理事长',
  '会长',
  '总裁',
  '博士',
  '老师',
  // 人力资源总监毛佳杰, 所长马强等人
  '总监',
  '所长',
  '站长',
].sort((a, b) => b.length - a.length);
/**
 * Words before a name only: bylines (记者 魏其濛, 责任编辑：刘德宾) and students (学生杨锦). After a name they
 * are someone else (罗娟向记者介绍, 教师会为学生…).
 */
const ROLES_BEFORE = ['责任编辑', '毕业生', '记者', '编辑', '作者', '学生', '摄影', '审核'];
const ROLE = ZH_ROLES.join('|');
const SPEECH =
  '表示|强调|指出|说|代表|致辞|介绍|认为|要求|希望|主持|发言|讲话|宣布|出席|回顾|分享|总结|告诉|坦言|透露|提到|谈到';
/** Two-character runs that look like surname + name but are ordinary words. */
const NOT_NAMES = new Set([
  '高校',
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
]);

export interface FoundPerson {
  text: string;
  role: string | null;
}

/** Last characters of places and bodies (江苏省, 工程院), never of a person's name. */
const PLACE_END = /[省市县区院部局委厅会校司团所处室系馆港州镇村]$/u;

function isName(s: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(s) || NOT_NAMES.has(s) || PLACE_END.test(s)) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3;
  return SURNAMES.includes(s[0]!) && s.length <= 3;
}

/**
 * Characters that, third after a two-character name, open the clause rather than end the name (江波说，
 * 卢宇还认为): a three-character reading is taken only when the text does not go on this way.
 */
const CLAUSE_NEXT = /^[说还也是的则就都又曾将已对向把被从称讲]/u;
/** Words a name never ends with: 清华大学教授, 杨振宁讲座教授 put a unit or a chair before the role. */
const NOT_NAME_END = /(?:大学|学院|讲座|中学|小学|公司|集团|中心)$/u;

/**
 * The name that ends right before index `end` (2 or 3 characters, surname first), preferring 3 unless the
 * two-character name recurs more often than the three (向雷锋同志 beside 学雷锋: the name is what recurs).
 */
function nameEndingAt(text: string, end: number): string | null {
  const three = text.slice(Math.max(0, end - 3), end);
  const two = text.slice(Math.max(0, end - 2), end);
  const ok3 = three.length === 3 && isName(three) && !NOT_NAME_END.test(three);
  const ok2 = two.length === 2 && isName(two);
  if (ok3 && ok2 && countOccurrences(text, two) > countOccurrences(text, three)) return two;
  return ok3 ? three : ok2 ? two : null;
}

/**
 * The name that starts at `start`: 3 characters when the text goes on with a boundary (or the three recur
 * elsewhere: 董事长杨敬辉当面… beside 像杨敬辉这样), else 2.
 */
function nameStartingAt(text: string, start: number, boundary: RegExp): string | null {
  const three = text.slice(start, start + 3);
  const two = text.slice(start, start + 2);
  const ok3 = isName(three) && !CLAUSE_NEXT.test(three.slice(2));
  if (ok3 && boundary.test(text.slice(start + 3, start + 7))) return three;
  if (isName(two) && boundary.test(text.slice(start + 2, start + 6))) return two;
  return ok3 && countOccurrences(text, three) > 1 ? three : null;
}

const AFTER_NAME = new RegExp(`^(?:$|[、，。,；;：:）)（(】」』\\]\\s]|等|和|与|及|在|为|同志|${SPEECH}|${ROLE})`, 'u');

export function findChinesePeople(text: string): FoundPerson[] {
  const out = new Map<string, string | null>();
  const add = (name: string | null, role: string | null) => {
    if (!name) return;
    if (!out.has(name) || (!out.get(name) && role)) out.set(name, role);
  };
  // Role before the name: 党委书记卢建军主持, 陕西省副省长方光华，
  // A byline's colon or space may stand between (责任编辑：刘德宾, 记者 魏其濛).
  for (const m of text.matchAll(new RegExp(`(${[...ROLES_BEFORE, ...ZH_ROLES].join('|')})[：:]?[^\\S\\n]?`, 'gu')))
    add(nameStartingAt(text, m.index! + m[0].length, AFTER_NAME), m[1]!);
  // Role after the name: 王树国校长, 蒋庄德院士, 习近平总书记
  for (const m of text.matchAll(new RegExp(`(${ROLE})`, 'gu'))) {
    const name = nameEndingAt(text, m.index!);
    // Unit + role + name (华坚董事长张华荣, 机械学院教授王某某): what stands before the role is the unit.
    if (nameStartingAt(text, m.index! + m[0].length, AFTER_NAME)) continue;
    if (!name || ZH_ROLES.some((r) => text.slice(0, m.index!).endsWith(r + name))) continue;
    // Two characters inside running words (响应毛主席, 贸易战会长期) are no name: one needs a start before it.
    const before = text[m.index! - name.length - 1] ?? '';
    if (name.length === 2 && /\p{Script=Han}/u.test(before) && !PLACE_END.test(before)) continue;
    add(name, m[1]!);
  }
  // Speech verb after a name that opens a clause: 方光华强调, 岳华峰表示
  for (const m of text.matchAll(new RegExp(`(?:^|[。！？\\n，；“])(\\p{Script=Han}{2,3}?)(?:${SPEECH})`, 'gmu'))) {
    const name = m[1]!.length === 3 && CLAUSE_NEXT.test(m[1]!.slice(2)) ? m[1]!.slice(0, 2) : m[1]!;
    if (isName(name)) add(name, null);
  }
  return [...out].map(([t, role]) => ({ text: t, role }));
}
