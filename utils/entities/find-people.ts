/**
 * People named in an article. Chinese names are not split by any segmenter here (Intl.Segmenter gives
 * 卢|建|军), so the text's own signals are used: a role printed before or after the name (党委书记卢建军,
 * 王树国校长), a speech verb after it (方光华强调), a known surname first. English names are in
 * find-english-people.ts.
 */
import { countOccurrences } from '../model/text';
import { findJapanesePeople, readsAsJapanese } from './find-japanese-people';
import { segmentedNameAt, wordStartsAt } from './zh-name-segments';
import { isName, nameEndingAt, nameStartingAt, ordinaryWord, CLAUSE_NEXT, PLACE_END } from './zh-name-shape';
import { creditedNames, foreignNames, listClosingClause, namesInLists } from './zh-name-lists';
import { opensRegionName } from './region-names';
import { unsurnamedNameAt } from './unsurnamed-names';
import { addUyghurNames } from './uyghur-names';
import {
  beforeAct,
  counted,
  refersBack,
  cuedNames,
  honouredNames,
  japaneseNameStartingAt,
  KIN,
  namesAfterBodies,
  namesAfterClass,
  namesAfterKin,
  NOT_IN_NAME,
  VERB_INSIDE,
} from './zh-name-cues';
import { FOREIGN_NAME_ROLES, HOLDERS, OCCUPATIONS, ROLES_BEFORE, ZH_ROLES } from './zh-roles';

const BYLINES = new Set(ROLES_BEFORE);
/** A surname and a title in a byline's or a contact line's row (联系人：王老师、赵敏). */
const SURNAME_TITLE = /^\p{Script=Han}(?:老师|女士|先生)/u;
// A byline or a contact line may name the unit before the name (文字：新闻中心 王海), an office by its 室 too (session 35).
const BYLINE_UNIT = /^\p{Script=Han}{2,10}?(?:中心|学院|部|处|办公室|室|报社|电视台)[^\S\n]/u;
const ROLE = ZH_ROLES.join('|');
const SPEECH =
  '表示|强调|指出|讲述|说|代表|致辞|介绍|认为|要求|希望|主持|主讲|发言|讲话|宣布|出席|回顾|回忆|分享|总结|告诉|坦言|透露|提到|谈到|提出|汇报|补充|叮嘱|嘱咐|勉励|鼓励|寄语|称赞|感慨|直言|讲解|建议';
const SPEECH_TAIL = new RegExp(`^\\p{Script=Han}(?:${SPEECH})$`, 'u');
/** Any word read before a name, longest first (博士后 before 博士), then a byline's colon or space. */
const ROLE_BEFORE_NAME = new RegExp(
  `(${[...ROLES_BEFORE, ...HOLDERS, ...ZH_ROLES, ...OCCUPATIONS].sort((a, b) => b.length - a.length).join('|')})[：:]?[^\\S\\n]?`,
  'gu',
);
export interface FoundPerson {
  text: string;
  role: string | null;
}

// Also an award verb (陆锦标获, 邵峰荣获), a manner before a speech verb (王慧杰动情地说), an editor's code (荀建国_NN7379),
// a slash after a byline's name (記者陳怡君／台北報導, 文字：潘立群/图片：…; session 22), a team or group the name
// leads (孙浩然团队的作品, 张明方研究员团队; session 33), a talk's title after 以 (院士黄伟以《…》为题作报告; session 33),
// 看来 closing 在…看来 (在学院党委书记罗小兵看来; session 34), the acts of leading or completing a work and 分别/先后 before
// a list's verb (周雅琳領導的, 刘洋、孙博文、何静怡完成的, 教师代表郑凯分别围绕; session 42, R56, R58), and 是/对 opening
// the clause after a two-character name (副教授许晴是团队中…, 主任陈彬对…作了解读; session 42, R62); a team's
// members, a founder, a congratulation and a talk (…及陳俊軒組成, 李卓謙創立, 馬啟文祝賀, 卞子昂谈了; session 42, R64, R66);
// a time word opening the clause (得獎學生吳卓謙今年暑假…; session 51, R142); 凭借 (本科生吴思远凭借…; session 52, R147);
// thanks, choices, joint work (not 为共同通讯作者), tries, leads, watching, starts, talks and ordinals (校长杜德昌感谢,
// 院长林英的带领下, 主任韩冬青观看, 学生徐梦瑶第五跳; R148–R155); 就, 座谈, 每天, 常 (处长赵启航就《…》; R256, R262).
// 全程, 几乎, 从, a hand's act (副院长熊丽全程巡视, 博士王晓玲几乎每周, 负责人宋佳从…, 大户赵德兵指着; round 56, R308–R309).
/** Occupations that title a name after it as well (合伙人孙晓雯律师担任; session 41, R50). */
const TITLED_AFTER = '律师|医生|医师|教练|导演|工程师|设计师|架构师';
const AFTER_NAME = new RegExp(
  `^(?:$|[、，。,；;：:）)（(】」』\\]\\s_/／]|等|和|与|及|在|于|一行|为|是|对|以[《“\\d]|以及|今年|去年|日前|近日|目前|此前|凭借|凭着|感谢|肯定|选择|共同(?!通讯|第一|作者)|体验|的带领|观看|起跑|跑出|夺得|担任|结合|一边|当天|经营|\\d{1,2}月|作《|就|座谈|交流|发表|每[天年周]|常|第[一二三四五六七八九十]|同志|团队|课题组|荣?获|当选|入选|看来|赴|带领|率领|领导|带队|领衔|专程|全程|几乎|[拿指带握捧举]着|从(?![事而业])|随[船团队行]|完成|创作|分别|分获|先后|同样|组成|创立|创办|祝贺|谈[了到及]|\\p{Script=Han}{1,2}地(?:说|表示)|\\p{Script=Han}着(?:说|表示)|${SPEECH}|${ROLE}|${KIN.join('|')}|${TITLED_AFTER})`,
  'u',
);

/**
 * After a role, three characters then an adverb opening the verb (区长陈佳珍也肯定, 还, 亦; session 33), or a verb or
 * preposition a subject's clause opens with (院士孙建国作为…, 教授韩晓东牵头…, 院长吴立新曾评价, 副县长温志平对…, 教师宋佳怡是…;
 * session 34). Three only: two characters before one are as often a word (校长高度还评价), and no running words'
 * character or verb inside the three.
 */
// 从 and 就 open a report's clause too (处长李振华从招生宣传…介绍, 主任赵丽娜就…作说明), as does 致 before an address
// (校长樊卫东致欢迎辞; session 37, R22), and 以 the means (本科生田宇航以解出10题的成绩; session 42, R58), as do the
// adverbs of a first or repeated act (学生梁思颖首次参赛; session 42, R60), and 作 a talk (教授韩春平作了题为…; session 48),
// 组织 a team, 任 a post in it, 指导 a work, 向 someone before an act of giving or telling (主任赵立峰组织…, 院长王建国任组长,
// 讲师宋佳指导, 书记王敏向志愿者代表授旗; session 49, R124, R126, R127); 发挥, 执棒, 创作, 指挥, 系统 (罗浩然发挥…, 周子轩系统讲授; session 58);
// 参与, 参加, 报名 a part taken (教授冯宏伟参与…, 毕业生王雨萱报名参加; session 61, R237).
const SUBJECT_WORD =
  /^(?:作为|牵头|参与|参加|报名|带领|率领|率队|应邀|现任|担任|主讲|负责|围绕|针对|通过|透过|详细|结合|入选|获评|首次|首度|再次|多次|连续|第一次|首先|发布|到(?:会|场|现场|码头|机场|车站|基地|学院|学校|实验室|一线)|致(?:辞|词|欢迎|贺|开幕|闭幕|答谢)|作(?:了|题为|主旨|专题|学术|总结|报告|讲话|发言|动员|辅导)|组织|指导|指挥|发挥|执棒|创作|系统|向(?=\p{Script=Han}{2,8}?(?:颁|授|赠|致|介绍|汇报|表示|讲解|展示))|任(?:副?组长|总指挥|队长|团长|主编))/u;
const SUBJECT_NEXT = new RegExp(
  `^(?:[也还亦曾是对将已则向以刚用]\\p{Script=Han}|一边|[从就][\\p{Script=Han}\\d“])|${SUBJECT_WORD.source}`,
  'u',
);
function beforeAdverb(text: string, at: number): string | null {
  const name = nameStartingAt(text, at, SUBJECT_NEXT);
  // 则 contrasts a second speaker (副主任医师韩雪则与…; session 39, R35): after two characters it ends a name too.
  // A subject's word of two characters after two (副主任赵明应邀参会; session 44, R82) is as plain a boundary.
  // 就 opens the matter spoken on (处长张宏就项目过程管理…提出; session 51, R140).
  const two =
    name?.length === 2 &&
    (/[则就]/u.test(text[at + 2] ?? '') || (SUBJECT_WORD.test(text.slice(at + 2)) && isName(name))) &&
    !ordinaryWord(name);
  return (name?.length === 3 || two) && !NOT_IN_NAME.test(name!) && !VERB_INSIDE.test(name!) ? name : null;
}

/**
 * After a role, a three-character name then 的 (行政長官岑浩輝的關心; session 34). Three only: 的 after two characters
 * is as often a word's (书记任务的).
 */
function beforeOf(text: string, at: number): string | null {
  const name = text.slice(at, at + 3);
  return text[at + 3] === '的' && isName(name) && !CLAUSE_NEXT.test(name.slice(2)) ? name : null;
}

/**
 * After a role, a two-character name whose third character goes on with the sentence (教授陈军正盯着): taken when the
 * two characters open a clause twice or more elsewhere (，陈军从…, 。陈军常对…) and the three never recur: a name
 * confirmed by its role carries to its repeats (session 34).
 */
function recurring(text: string, at: number): string | null {
  const two = text.slice(at, at + 2);
  if (!isName(two) || countOccurrences(text, text.slice(at, at + 3)) > 1) return null;
  const opens = text.split(new RegExp(`[，。！？；\n“”]${two}`, 'u')).length - 1;
  return opens >= 2 ? two : null;
}

/** Words opening a clause after a group noun (与会教师围绕…展开讨论, 专家针对…), never a name between two roles. */
const CLAUSE_WORD = /^(?:围绕|针对|面向|聚焦|结合|通过|带领|关于|对于|作为|担任|成为|就)/u;

/** Words that qualify the role after them (长江学者特聘教授, 讲座教授, 名誉院长): between two roles they are no name. */
const ROLE_MODIFIER = /^(?:特聘|特邀|客座|讲座|名誉|荣誉|兼职|首席|资深|终身|杰出|青年|访问|助理|常务|执行|专职)/u;

/** A role at the text's start. */
const ROLE_AT = new RegExp(`^(?:${ROLE})`, 'u');
const BETWEEN_ROLES = new RegExp(`^(\\p{Script=Han}{2,3}?)(?:${ROLE})`, 'u');

/**
 * A name printed between a role and a role (指导教师昂海松教授): the two roles say who, so the name stands even when
 * its surname is one the list does not hold (昂, and the many rarer ones).
 */
function betweenRoles(text: string, at: number): string | null {
  const name = BETWEEN_ROLES.exec(text.slice(at, at + 8))?.[1];
  // No body's last character inside (中国戏曲导演学会副会长 is a body and a role), no role's first (副, 常务) at its end.
  if (!name || NOT_IN_NAME.test(name) || [...name].some((c) => PLACE_END.test(c)) || /[副常总正]$/u.test(name))
    return null;
  // Nor a character before an ordinary word (教师中具有博士学位; session 52, R146).
  if (CLAUSE_WORD.test(name) || ROLE_MODIFIER.test(name) || ordinaryWord(name)) return null;
  if (name.length === 3 && ordinaryWord(name.slice(1))) return null;
  if (ZH_ROLES.some((r) => name.includes(r)) || VERB_INSIDE.test(name)) return null;
  return name;
}

export function findChinesePeople(text: string): FoundPerson[] {
  // Japanese text is read by its own rule: these read its words as Chinese names (卓越研究員; session 34).
  if (readsAsJapanese(text)) return findJapanesePeople(text);
  const out = new Map<string, string | null>();
  const add = (name: string | null, role: string | null) => {
    // A surname's character and a speech verb are no name (学生时表示: 时 + 表示; session 61, R240).
    if (!name || SPEECH_TAIL.test(name)) return;
    if (!out.has(name) || (!out.get(name) && role)) out.set(name, role);
  };
  // Role before the name (党委书记卢建军主持), a byline's colon or space between (责任编辑：刘德宾, 记者 魏其濛).
  for (const m of text.matchAll(ROLE_BEFORE_NAME)) {
    let at = m.index! + m[0].length;
    // 公司长期: 司长 there is the end of 公司; 硕博士 (master's and doctoral) a class of students (session 60, R230).
    if ((m[1] === '司长' && text[m.index! - 1] === '公') || (m[1] === '博士' && text[m.index! - 1] === '硕')) continue;
    // 代表队, 代表团, 代表处 are a team, a delegation, an office (代表队由研究生…; session 45).
    if (m[1] === '代表' && /[队团处会]/u.test(text[at] ?? '')) continue;
    // 32名师范生: 名 after a count counts people; 名师 (a famed teacher) is no role there (session 44, R82).
    if (m[1]!.startsWith('名') && /[\d一二三四五六七八九十百千两几多余]/u.test(text[m.index! - 1] ?? '')) continue;
    // A portfolio in brackets between the title and the name (副校長（研究）葛偉, Vice-Rector (Research); session 33).
    at += /^[（(][^（()）\n]{1,8}[）)]/u.exec(text.slice(at, at + 10))?.[0].length ?? 0;
    // 居民和租户, 单位和广大: 和 right after a role joins another group; it is no surname there.
    if (text[at] === '和') continue;
    // 指导教师为邵建新。: the role, then 为 (is) and a name that closes the clause (session 43, R69).
    // So does a list of them (选手为刘俊杰、方子睿，指导教师为程凯、余芳；session 64, R283) when the clause ends after it.
    const named = text[at] === '为' ? listClosingClause(text, at + 1) : [];
    if (named.length) {
      for (const n of named) add(n, m[1]!);
      continue;
    }
    // 研究员张大为作报告: a three-character name before its act wins over the two that 为 would end; 作 opening a talk
    // ends two (副院长钟琳作总结发言; session 45, R89).
    const act = beforeAct(text, at);
    let name =
      (act?.length === 3 || (act && text[at + 2] === '作') ? act : null) ??
      nameStartingAt(text, at, AFTER_NAME) ??
      beforeAdverb(text, at) ??
      beforeOf(text, at) ??
      act;
    // 教授陈立正在…: the three read once, the two opening clauses elsewhere: the name is the two.
    if (name?.length === 3) name = recurring(text, at) ?? name;
    // 院长王明作为代表: 为 after three characters is read as a boundary, but 作为 is the word (session 34).
    if (name?.length === 3 && isName(name.slice(0, 2)) && SUBJECT_WORD.test(text.slice(at + 2)))
      name = name.slice(0, 2);
    // 负责人张文副教授: a role's first character (副, 常, 总, 正) ends no name before a role (session 42, R56).
    if (name?.length === 3 && /[副常总正]$/u.test(name) && isName(name.slice(0, 2)) && ROLE_AT.test(text.slice(at + 2)))
      name = name.slice(0, 2);
    const unit = BYLINES.has(m[1]!) && !name ? BYLINE_UNIT.exec(text.slice(at, at + 12)) : null;
    if (unit) name = nameStartingAt(text, (at += unit[0].length), AFTER_NAME);
    name ??=
      unsurnamedNameAt(text, at, AFTER_NAME, SUBJECT_WORD) ??
      betweenRoles(text, at) ??
      recurring(text, at) ??
      japaneseNameStartingAt(text, at, AFTER_NAME) ??
      segmentedNameAt(text, at);
    add(name, m[1]!);
    // A byline names its people in a row, spaced or listed (编辑：严玉洁 王辉; 联系人：王老师、赵敏, where a surname and
    // a title stand for someone not named in full; session 34).
    let len = name?.length ?? SURNAME_TITLE.exec(text.slice(at, at + 3))?.[0].length ?? 0;
    while (len && BYLINES.has(m[1]!) && /^[^\S\n]|^、/u.test(text.slice(at + len))) {
      at += len + 1;
      name = nameStartingAt(text, at, AFTER_NAME);
      add(name, m[1]!);
      len = name?.length ?? SURNAME_TITLE.exec(text.slice(at, at + 3))?.[0].length ?? 0;
    }
  }
  // Role after the name: 王树国校长, 蒋庄德院士, 习近平总书记
  for (const m of text.matchAll(new RegExp(`(${ROLE})`, 'gu'))) {
    const next = m.index! + m[0].length;
    // A longer word than the role: 博士后, 博士生, 博士点 (session 35, R19); 长者 after 区长 (区长者中心; session 54, R171).
    if (/^博士[后生点]$|长者$/u.test(m[1]! + (text[next] ?? ''))) continue;
    const name = nameEndingAt(text, m.index!);
    // Unit + role + name (华坚董事长张华荣, 机械学院教授王某某): what stands before the role is the unit; so with a name
    // found after it by any rule above (项目由教授苏为民领衔: 项目由 is no name; session 35).
    // Not a conjunction and the next person (张立新教授和王婧副研究员: 和王婧 is no name after the role).
    const after = nameStartingAt(text, next, AFTER_NAME);
    if ((after && !/^[和与及]/u.test(after)) || [...out.keys()].some((n) => text.startsWith(n, next))) continue;
    // A verb inside is a clause, not a name (程岳担任主席: 岳担任; session 51, R141); nor is one ending in an occupation's
    // word (首席助理秘书长: 席助理); nor is a role inside another word (wordStartsAt).
    if (!name || VERB_INSIDE.test(name) || OCCUPATIONS.some((o) => o.length > 1 && name.endsWith(o))) continue;
    if (!wordStartsAt(text, m.index!)) continue;
    // “长江学者”和李四教授: 和 after a word or a quotation is the conjunction, the name the two after it (session 35);
    // so after a titled name (张立新教授和王婧副研究员, session 38).
    if (name.length === 3 && name[0] === '和' && /[\p{Script=Han}”’）)]/u.test(text[m.index! - 4] ?? '')) {
      if (isName(name.slice(1))) add(name.slice(1), m[1]!);
      continue;
    }
    if (ZH_ROLES.some((r) => text.slice(0, m.index!).endsWith(r + name))) continue;
    // 面向全国本科生: 向 closing a word (面向, 方向, 迈向 …) before the group is no surname (session 38, R30); after a
    // body it is the preposition (代表学校向新同学表示欢迎; session 42, R62).
    const beforeName = text[m.index! - name.length - 1] ?? '';
    if (
      name[0] === '向' &&
      (/[面方走导转趋指意志动一倾去流取奔迈投朝]/u.test(beforeName) || PLACE_END.test(beforeName))
    )
      continue;
    // The first character closing a role printed before (主席团和研究生: 席 of 主席) and the rest no name: no name.
    if (closesRole(text, m.index! - name.length) && !isName(name.slice(1))) continue;
    // Two characters inside running words (响应毛主席, 贸易战会长期) are no name: one needs a start before it.
    // A preposition or copula may stand before the name (指导教师为李明教授, 由周静研究员; session 42, R58).
    const before = text[m.index! - name.length - 1] ?? '';
    if (
      name.length === 2 &&
      /\p{Script=Han}/u.test(before) &&
      !PLACE_END.test(before) &&
      !/[为由与和及向请邀]/u.test(before)
    )
      continue;
    add(name, m[1]!);
  }
  // Speech verb after a name that opens a clause: 方光华强调, 岳华峰表示, or follows a quotation (“……。”韩立平说; session 22),
  // an adverb between (周志宏则分享), or a title ending in 长 before it (永續長周志宏, 執行長…; session 33), or 的 before
  // three characters (来自中国人民大学的刘雨桐表示; session 41, R50: after 的 two are as often a word's end); 作 before a
  // talk is the verb's (钟琳作总结发言; session 45).
  const speaks = new RegExp(
    `(?:^|[。！？\\n，；“”]|(?<=\\p{Script=Han}长)|(?<=的)(?=\\p{Script=Han}{3}(?:${SPEECH})))(\\p{Script=Han}{2,3}?)[则也还亦]?(?:作(?=总结|发言|讲话|介绍|汇报|分享))?(?:${SPEECH})`,
    'gmu',
  );
  for (const m of text.matchAll(speaks)) {
    const name = m[1]!.length === 3 && CLAUSE_NEXT.test(m[1]!.slice(2)) ? m[1]!.slice(0, 2) : m[1]!;
    if (isName(name)) add(name, null);
  }
  // Foreign names with a middle dot after a role (副所长侯赛因·阿斯卡里指出), or after 负责人, no one's before a Chinese name.
  for (const f of foreignNames(text, FOREIGN_NAME_ROLES, SPEECH)) add(f.text, f.role);
  // Uyghur and Kazakh names by their parts, where no role before them said so (a role's reading of them is kept).
  addUyghurNames(text, out);
  for (const name of creditedNames(text)) add(name, null);
  for (const name of cuedNames(text)) add(name, null);
  for (const name of namesAfterBodies(text, AFTER_NAME, ZH_ROLES)) add(name, null);
  for (const name of [...namesAfterKin(text, AFTER_NAME), ...namesAfterClass(text, AFTER_NAME)]) add(name, null);
  for (const name of honouredNames(text, AFTER_NAME)) add(name, null);
  // Lists joined by 、 of three names or more, or holding a name found above.
  for (const name of namesInLists(text, new Set(out.keys()), AFTER_NAME)) add(name, null);
  for (const name of [...out.keys()]) if (gluedToRole(text, name)) add(name.slice(1), out.get(name) ?? null);
  return [...out].flatMap(([t, role]) =>
    gluedToRole(text, t) || refersBack(t, out) || counted(text, t) || opensRegionName(text, t)
      ? []
      : [{ text: t, role }],
  );
}

/** Whether the character at `i` is the last of a role or an occupation printed right before it (主席团, 教师围绕). */
function closesRole(text: string, i: number): boolean {
  return [...ZH_ROLES, ...OCCUPATIONS].some((r) => i + 1 >= r.length && text.startsWith(r, i + 1 - r.length));
}

/**
 * A three-character name whose first character, at every mention, closes a role or an occupation printed before it
 * (中心主任辛涛教授, 主任李明、王刚, 指导教师李明教授: 任 of 主任, 席 of 主席, 师 of 老师 and 教师; session 42, R58 for
 * occupations): the name is the two characters after, read on their own.
 */
function gluedToRole(text: string, name: string): boolean {
  if (name.length !== 3 || !isName(name.slice(1))) return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (!closesRole(text, i)) return false;
  return true;
}
