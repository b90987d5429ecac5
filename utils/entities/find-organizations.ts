/**
 * Organizations named in full: universities, schools and offices, academies, companies, government bodies.
 * Chinese: a name ending in 大学/研究院/委员会/有限公司/集团/医院/学会/… (or 学院/中心 inside another body:
 * 北京大学经济学院, 信息化建设管理服务中心). English: capitalised phrases ending in University/School/
 * Committee/Institute/Center/… or opening with one (University of Chicago, Center for Biosecurity).
 * Standalone 学院/中心 names (未来技术学院, 全球校友协同创新中心) stay programs, as campus news uses them.
 */
import { countOccurrences, escapeRegExp } from '../model/text';
import { CUT_BEFORE_BODY, STOP, zhNameBefore } from './zh-name-edge';
import { isZhFragment } from './zh-program-rules';

const ZH_ORG = [
  '大学|研究院|研究所|科学院|工程院|委员会|代表大会|有限公司|公司|集团|银行|医院|学会|协会|基金会|学部|学院|中心',
  '组织部|宣传部|统战部|教育部|科技部|财政部|外交部|文化部|商务部|公安部|国防部|民政部|司法部|农业部|卫生部|交通部|水利部',
  // Exchanges, troupes, museums, offices, federations, working groups, schools of a kind. Not papers or
  // broadcasters: media are named mostly as attendees (新华社、陕西日报), which are no entities. A troupe's 团 is none
  // before 队 (何嘉乐团队 is 何嘉乐's team; session 61, R247).
  '交易所|(?:剧|艺术|歌舞|乐)团(?!队)|博物馆|博物院|管理处|办公室|办公厅',
  '文联|科协|作协|侨联|妇联|总工会|专项组|防控组|巡视组|工作组|领导小组|督导组|专家组',
  '(?:职业|技术|戏曲|艺术|体育|外国语|实验|师范|卫生|警官|党|干部|技工|特殊教育)学校',
  // A bureau (not 格局, 布局…) and a city's or county's government (东莞市政府; 省委省政府 is two bodies).
  '(?<![格布结大全当僵开时骗赌残变饭棋政战邮困出危定])局(?![势面部限])|(?<=[市县区州镇乡])政府',
].join('|');
/**
 * Verbs that act on a body, never part of its name: the name starts after the last one (要求各地提高医院…: none;
 * 走访上海瑞金医院 → 上海瑞金医院; 申请人登录兰州大学…, 代表学院参加, 研究获…研究资助局: session 33; 院长孟凡东结合学院实践, but 中西医结合医院: session 53). Words that also name a body's work (培训, 保障, 咨询, 指导) are not here.
 */
const VERB_IN_HEAD =
  /(?:提高|加强|提升|鼓励|要求|引导|督促|通知|依靠|委托|授权|批准|建议|申请|前往|来到|走进|走访|看望|慰问|参观|考察|发挥|动员|号召|帮助|协助|形成|吸引|带动|牵头|指派|安排|召集|告诉|询问|称赞|肯定|赞扬|表扬|感谢|起诉|状告|汇报|登录|完善|提供|代表(?!大会)|(?<![收捕俘])获(?:批|得)?|(?<!医)结合)/gu;
/** Bodies named by one word. */
const ZH_WHOLE = /国务院/gu;
/** 学院 and 中心 are organizations only inside another body or when the name says office or hospital. */
const UNIT_OF_BODY = /大学|学院|医学|研究院|研究|管理|服务|办公|新闻|信息化|[省市]/u;
const GENERIC_ORG =
  /一流|高水平|世界|世纪|有关|相关|各级|各类|兄弟|本级|^(?:该|本|当地|上一?级|下级|一家|一所|一个|省级|市级)|(?:上市|互联网)公司$|^(?:肿瘤)?专科医院$|全国(?:大学|高校)$/u;
/**
 * 学院 is a school, not a program, after a place (山东女子学院, 中国戏曲学院), with a short head (保定学院) or a school's kind
 * (the arts' and sport's too: 星海音乐学院; session 58, R204).
 */
const PLACES =
  '中国|中央|国家|首都|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
const SCHOOL = new RegExp(
  `^(?:${PLACES})|^\\p{Script=Han}{1,3}学院$|(?:职业技术|职业|师范|女子|音乐|美术|戏剧|戏曲|舞蹈|体育|外国语)学院$`,
  'u',
);
const MAX_HEAD = 14;

/** Words of a clause between two parties, never of a unit's field (学校与企业共建中心, 高校与企业联合研发中心). */
const CLAUSE_IN_FIELD = /共建|合作|携手|共同|联合|签约|对接/u;
/** The school itself before a unit's name (我校化学与分子工程学院): no part of the name. */
const OWN_SCHOOL = /^(?:我校|本校|该校|我院|本院|学校)/u;

/**
 * A unit whose name joins two fields by 与 (机械与运载工程学院, 人文与社会科学学院, 江南大学信息化建设与管理中心,
 * 山东女子学院社会与法学院): one name, not a program cut at 与. The part before 与 names the university, or is a field
 * of two to four characters at a clean edge; neither part holds a particle or a verb (学校与企业共建中心 is a clause).
 */
function joinedUnit(text: string, suffixAt: number, suffix: string): string | null {
  const j = text.lastIndexOf('与', suffixAt - 1);
  if (j < 0 || j < suffixAt - 9) return null;
  const second = text.slice(j + 1, suffixAt);
  if (!/^\p{Script=Han}{1,8}$/u.test(second) || [...second].some((c) => STOP.test(c)) || isClause(second)) return null;
  const first = zhNameBefore(text, j, '', MAX_HEAD, CUT_BEFORE_BODY);
  if (!first) return null;
  if (/大学|学院/u.test(first)) return `${first}与${second}${suffix}`;
  const field = first.replace(OWN_SCHOOL, '');
  return field.length >= 2 && field.length <= 4 && !isClause(field) ? `${field}与${second}${suffix}` : null;
}

const isClause = (s: string) => CLAUSE_IN_FIELD.test(s) || s.search(VERB_IN_HEAD) >= 0;

export function findChineseOrganizations(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(ZH_WHOLE)) out.add(m[0]);
  // A suffix followed by a character that continues the word is not the end of a name (大学生, 学院路; 科学院院士 ends).
  for (const m of text.matchAll(new RegExp(`(?:${ZH_ORG})(?![生子长路街所]|院(?!士))`, 'gu'))) {
    const joined = /^(?:中心|学院|研究所|研究院)$/u.test(m[0]) ? joinedUnit(text, m.index!, m[0]) : null;
    if (joined) {
      out.add(joined);
      continue;
    }
    // 教育部, 组织部 are whole names; 大学, 委员会 need a name in front.
    let name = zhNameBefore(text, m.index!, m[0], MAX_HEAD, CUT_BEFORE_BODY, /^.{2}部$/u.test(m[0]) ? 0 : 2);
    if (!name) continue;
    const start = m.index! - (name.length - m[0].length);
    if (isZhFragment(text, m.index!, name, m[0], MAX_HEAD)) continue;
    // 中华人民共和国|国家监察委员会: the head does not start inside 共和国; 还有|肿瘤专科医院 drops 有.
    if (text.slice(start - 2, start) === '共和' && name.startsWith('国')) name = name.slice(1);
    name = name.replace(/^有/u, '');
    const verb = [...name.slice(0, -m[0].length).matchAll(VERB_IN_HEAD)].at(-1);
    if (verb) name = name.slice(verb.index! + verb[0].length);
    if (name.length - m[0].length < 2 && !/^.{2}部$/u.test(name)) continue;
    if (GENERIC_ORG.test(name)) continue;
    if (m[0] === '中心' && !UNIT_OF_BODY.test(name.slice(0, -1))) continue;
    if (m[0] === '学院' && !UNIT_OF_BODY.test(name.slice(0, -1)) && (!SCHOOL.test(name) || /产业学院$/u.test(name)))
      continue;
    // A kind of committee (监察委员会, 常务委员会) needs a body before it to be one.
    if (/^(?:委员会|代表大会)$/u.test(m[0]) && name.length - m[0].length < 3) continue;
    out.add(name);
  }
  const mentions = (n: string) => countOccurrences(text, n);
  return [...out].filter((n) => {
    // 北京大学 inside 北京大学光华管理学院, 常务委员会 inside 全国人民代表大会常务委员会: its own organization
    // only when it also stands alone.
    const longer = [...out].filter((o) => o !== n && o.includes(n));
    return mentions(n) > longer.reduce((k, o) => k + mentions(o) * countOccurrences(o, n), 0);
  });
}

/** Last words that name a body in full: …大学, …研究院, …委员会, …有限公司, …集团, …部, …局, …政府. */
const FULL_BODY_END =
  /(?:大学|研究院|研究所|科学院|工程院|委员会|有限公司|有限责任公司|股份公司|集团|学会|协会|基金会|医院|部|局|厅|政府|国务院|交易所|研究中心)$/u;
/** A head that places the name under a parent: a province or the nation, a city or county, a university. */
const PARENT_HEAD = new RegExp(`^(?:${PLACES}|中华|全国|中共|共青团|\\p{Script=Han}{2,3}[省市县])|大学|学院`, 'u');

/**
 * Whether a Chinese organization is shown: only on strong evidence, a full body's last word or a parent's head.
 * The weaker ones (…中心, …公司, …银行, …办公室 with no place or parent in front) were right 89 % of the time on
 * the pages the rules were written on and 20 % on pages never seen (docs/extraction.md, session 16): fragments cut
 * mid-clause and generic phrases (人工智能公司, 紧紧围绕市委中心). Precision first: a wrong highlight is worse.
 */
function isShownZhOrganization(name: string): boolean {
  return FULL_BODY_END.test(name) || PARENT_HEAD.test(name);
}

/**
 * One capitalised word and a generic body word (Departmental Services, Mother Company) names a kind of body as
 * often as one body: 5 of 13 right over tuning and check pages (session 16), so it is not shown.
 */
const ONE_WORD_BODY =
  /^[A-Z][\w’'-]+ (?:Services|Company|Group|Office|Department|Center|Centre|Board|Associates|Council|Committee|Agency|Organization|Corporation|Bureau|Commission)$/;

/** Where a name stands as a whole noun phrase: after a clause's start or a preposition (在/由/与/据/从/向/经/和)… */
const FRAME_BEFORE = '(?:^|[\\s，。；、：“”（）]|[在由与据从向经和])';
/** …and before punctuation or a function word (的/在/将/于/对/与/和/是/为). */
const FRAME_AFTER = '(?:[，。；、：”（）\\s]|[的在将于对与和是为])';

/**
 * A weak Chinese name (…中心, …公司 with nothing in front) that the text frames as a whole noun phrase somewhere
 * (由新闻中心主办 no; 由新闻中心、…; 在武汉血液中心，): a body the text names, not a fragment cut mid-clause.
 */
function framedInText(name: string, text: string): boolean {
  return new RegExp(`${FRAME_BEFORE}${escapeRegExp(name)}${FRAME_AFTER}`, 'u').test(text);
}

/**
 * Whether a found organization is highlighted: only on strong evidence (precision first). In Chinese, a full
 * body's last word, a parent in front, or (session 23) the text framing the name as a noun phrase.
 */
export function isShownOrganization(name: string, text: string): boolean {
  if (!/\p{Script=Han}/u.test(name)) return !ONE_WORD_BODY.test(name);
  return isShownZhOrganization(name) || framedInText(name, text);
}

const EN_ORG =
  'University|College|School|Hospital|Foundation|Association|Society|Committee|Council|Department|Office|Agency|Organization|Organisation|Group|Company|Corporation|Institute|Center|Centre|Academy|Bureau|Ministry|Commission|Board|Services|Associates';
// A word of ASCII letters, not the start of one with accents or macrons (Tīkapa: no "T"; session 54, R171).
const W = "[A-Z][A-Za-z'’&-]*(?<!['’]s|['’])(?![\\p{L}\\p{M}])";
const TAIL = `(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?${W}(?:\\s+(?:and|of|the)?\\s*${W}){0,4})?`;

export function findEnglishOrganizations(text: string): string[] {
  const out = new Set<string>();
  const re = new RegExp(
    `(?<![\\w’'.-])((?:${W}\\s+(?:and\\s+)?){1,5}(?:${EN_ORG})${TAIL}|(?:${EN_ORG})\\s+(?:of|for|on)\\s+(?:the\\s+)?${W}(?:\\s+(?:and|of|the)?\\s*${W}){0,4})\\b`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    const name = m[1]!
      .replace(/^(?:(?:The|A|An|This|That|Our|Its|Their|Former|New|At|In|From|By|With)\s+)+/, '')
      .replace(/\s+/g, ' ');
    // A title ends the name: "School of Education Dean Deborah Stipek", "Academic Council on March 8".
    const cut = name
      .replace(
        /\s+(?:Dean|Professor|President|Provost|Director|Chair|Senator|Secretary|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/,
        '',
      )
      .replace(/\s+(?:of|for|on|the|and)$/, '');
    if (cut.split(' ').length >= 2) out.add(cut);
  }
  return [...out];
}
