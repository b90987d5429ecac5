/**
 * Chinese names found by what stands around them rather than a role or speech verb: 同志 after a name (沈斌同志,
 * 向雷锋同志学习), a family word between two names (潘振声女儿马莉), a body's name right before a name
 * (高能物理研究所王贻芳、), a year in brackets saying when someone was elected or won (姚期智(2010年当选)).
 */
import { isName, nameEndingAt, nameStartingAt } from './zh-name-shape';

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

/** A name with a year note that says what the person did then: 姚期智(2010年当选), 王某(1962年生). */
export function yearNotedNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[（(]\d{4}年(?:当选|获奖|获|生|出生|入选|毕业)[^）)]{0,6}[）)]/gu)) {
    const name = nameEndingAt(text, m.index!);
    if (name) out.push(name);
  }
  return out;
}
