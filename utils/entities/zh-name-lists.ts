/**
 * Chinese names that carry no role or speech verb of their own: names in a list joined by 、 (捐赠人为丁健、
 * 李彦宏、沈南鹏、张磊; 卢煜明(2016年)、施一公(2017年)), and foreign names written in Chinese with a middle dot,
 * which no surname list knows (主席雅思娜·佩拉夫妮表示).
 */
import { segmentedNameAt } from './zh-name-segments';
import { NOT_PERSON } from './english-name-words';
import { isName, nameEndingAt, nameStartingAt } from './zh-name-shape';

// An item: a run of characters, parts joined by a middle dot (阿依努尔·卡德尔), with a short note in brackets after it
// (a year, a place).
const ITEM = '\\p{Script=Han}{2,8}(?:[·•・]\\p{Script=Han}{1,8})*(?:[（(][^（()）\\n]{1,10}[）)])?';
const LIST = new RegExp(`${ITEM}(?:、${ITEM})+`, 'gu');
const NOTE = /[（(][^）)]*[）)]$/u;
/** 等 and a count of people after a list (王建国、孙丽华等多位教学名师, 等3名同学): 位 and 名 count persons. */
// Not 等地 (武汉、黄石等地的特级教师: places; session 59, R217).
// Or named by what they are (王浩、叶青等青年教师组成; session 44, R81).
// Or counted and named with no 等 (黄思敏、蔡明辉两名骨干教师, 李海波、覃艳两位老师; session 49, R128, R131).
const COUNTED_PEOPLE =
  /^(?:等(?:(?:[多几数两\d一二三四五六七八九十百余]+)[位名]|(?![地省市县国校])\p{Script=Han}{0,4}?(?:教师|老师|同学|学生|专家|学者|队员|成员|选手|校友))|[两\d一二三四五六七八九十]{1,2}[位名]\p{Script=Han}{0,4}?(?:教师|老师|同学|学生|专家|学者|队员|成员|选手|校友))/u;

/** A name written in Chinese with a middle dot (阿依努尔·卡德尔), each part one to six characters. */
const DOTTED = /^\p{Script=Han}{1,6}(?:[·•・]\p{Script=Han}{1,6})+$/u;

/**
 * A dotted name opening the text at `at`, its last part cut where a name may end (卡德尔、, 吐尔逊获得): no surname
 * list knows such names, so the list around them is their evidence (session 33).
 */
function dottedStartingAt(text: string, at: number, boundary: RegExp): string | null {
  const m = /^\p{Script=Han}{1,6}(?:[·•・]\p{Script=Han}{1,6})*[·•・]/u.exec(text.slice(at, at + 40));
  if (!m) return null;
  const from = at + m[0].length;
  for (let n = 1; n <= 6; n++) {
    const end = from + n;
    if (!/\p{Script=Han}/u.test(text[end - 1] ?? '')) return null;
    if (boundary.test(text.slice(end, end + 4))) return text.slice(at, end);
  }
  return null;
}

/** Two names joined by 及/和/与, or nothing (null) when the item is anything else. */
function pair(item: string): (string | null)[] {
  const two = item.split(/[及和与]/u);
  return two.length === 2 && two.every(isName) ? two : [null];
}

/**
 * Names in a list joined by 、: every item must be a name (the middle ones exactly, the first ending and the
 * last starting the run), and the list must hold three or more, or one name already found otherwise (院士张三、
 * 李四), or closed by 等 and a count of persons (王建国、孙丽华等多位教学名师); the last name ends where a name may
 * end (`boundary`). Lists of places and words break at their first item that is no name (南京、苏州、无锡).
 */
/** What a list of people does together after its last name (周浩然、李佳怡、陈俊杰组成的代表队; session 38, R27). */
// Those who led, guided or went with others, or worked together (陈国平、黄晓燕的带领下, 田雨萱、白子墨、欧阳瑾合作完成;
// session 43, R69, R72), and their count (孙可心、何嘉豪、吴逸凡5人组成; session 45, R89).
const LIST_CLOSE =
  /^(?:组成|组队|共同|分别|一起|一同|先后|合作|联合|的(?:带领|指导|率领|陪同|帮助)|[\d一二三四五六七八九十两]{1,2}[人名位])/u;
/** After a list of three or more names, 的 ends the last one too (赵一凡、孙佳琪、钱思远、白若溪的论文; session 43, R68). */
const OF = /^的/u;

export function namesInLists(text: string, known: ReadonlySet<string>, boundary: RegExp): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LIST)) {
    const parts = m[0].split('、');
    const names: (string | null)[] = [];
    let at = m.index!;
    let end = 0;
    parts.forEach((raw, i) => {
      const bare = raw.replace(NOTE, '');
      // A dotted first item is the name whole only where the list opens a clause (，阿依努尔·卡德尔、李雪等3名同学).
      if (i === 0 && DOTTED.test(bare))
        names.push(/^$|[\s，。；：、,;:！？]$/u.test(text.slice(at - 1, at)) ? bare : null);
      else if (i === 0) names.push(nameEndingAt(text, at + bare.length));
      else if (i === parts.length - 1) {
        const last = /[·•・]/u.test(raw)
          ? dottedStartingAt(text, at, boundary)
          : (nameStartingAt(text, at, boundary) ??
            nameStartingAt(text, at, LIST_CLOSE) ??
            (parts.length >= 3 ? nameStartingAt(text, at, OF) : null) ??
            segmentedNameAt(text, at));
        names.push(last);
        end = at + (last?.length ?? 0);
        // 鄭曉晴、林志峰及黃凱琳合作完成: one more name after 及/和/与 closes the list (session 45, R89).
        const joined =
          last && /^[及和与]/u.test(text.slice(end))
            ? (nameStartingAt(text, end + 1, boundary) ?? nameStartingAt(text, end + 1, LIST_CLOSE))
            : null;
        if (joined && !/^[及和与]/u.test(text.slice(end + 1 + joined.length))) {
          names.push(joined);
          end += 1 + joined.length;
        }
      }
      // A middle item may hold two names joined by 及/和/与 (师从盖春来、谭金霖及郑传鉴、方传芸等).
      else if (isName(bare) || DOTTED.test(bare)) names.push(bare);
      else names.push(...pair(bare));
      at += raw.length + 1;
    });
    if (names.some((n) => !n)) continue;
    // Words of two characters sharing their first, the clause ending after them, are a parallel of words (让人才安心、
    // 安身、安业；; session 44, R81): people of one surname are listed for what they do (王明、王华、王军组成团队).
    const parallel = names.every((n) => n!.length === 2 && n![0] === names[0]![0]);
    if (parallel && /^(?:$|[；。，！？;,.])/u.test(text.slice(end, end + 1))) continue;
    // Two items each with a bracketed note (卢煜明(2016年)、施一公(2017年)) are a list of entries too.
    const noted = parts.every((p) => NOTE.test(p));
    const counted = COUNTED_PEOPLE.test(text.slice(end, end + 8));
    // Two names that form a team (由蘇詠琪、羅浩然組成的團隊; session 45, R89) are people as surely as three.
    const team = /^(?:组成|组队|合作完成)/u.test(text.slice(end, end + 4));
    // So are two awarded a prize (冯子豪、田心怡获得二等奖; session 61, R242).
    const awarded = /^(?:荣?获得?|分获)[^，。；]{0,10}?奖/u.test(text.slice(end, end + 16));
    // The first item read with its role's last character (教师吴敏、黄丽君: 师吴敏) is the name found after the role.
    const found = names.some((n) => known.has(n!) || (n!.length === 3 && known.has(n!.slice(1))));
    if (names.length >= 3 || noted || counted || team || awarded || found) out.push(...(names as string[]));
  }
  return out;
}

/** A unit's last character (数学系, 研究所, 中心) before a foreign name whose role follows it; the last one in a head. */
const UNIT = /[系院校所部室心局会处组队]/u;
const LAST_UNIT = /[系院校所部室心局会处组队][^系院校所部室心局会处组队]*$/u;

/** The patterns built from the roles and speech verbs, once per list (about 200 roles): not once per text. */
const patterns = new WeakMap<readonly string[], { speech: string; roleAfter: RegExp; verbRe: RegExp }>();
function foreignPatterns(roles: readonly string[], speech: string): { roleAfter: RegExp; verbRe: RegExp } {
  const known = patterns.get(roles);
  if (known?.speech === speech) return known;
  const longest = [...roles].sort((a, b) => b.length - a.length).join('|');
  // A role or an award's verb after the name ends it (安德烈·波波夫教授和…, 米哈伊尔·索科洛夫获得二等奖; session 45, R96).
  const roleAfter = new RegExp(`(?<=[·•・]\\p{Script=Han}{2,}?)(?:${longest}|荣?获|担任)`, 'u');
  const made = { speech, roleAfter, verbRe: new RegExp(`(?:${speech})`, 'u') };
  patterns.set(roles, made);
  return made;
}

/**
 * Foreign names written in Chinese, parts joined by a middle dot (and a hyphen in a double surname): only
 * with a role printed right before (执行主席约翰·米勒-怀特认为), cut after the role and before a speech verb or
 * the end of the words; never inside a title (《临川四梦·南柯梦记》).
 */
export function foreignNames(text: string, roles: readonly string[], speech: string): { text: string; role: string }[] {
  const out: { text: string; role: string }[] = [];
  const dotted = /(\p{Script=Han}+)((?:[·•・]\p{Script=Han}+)+(?:-\p{Script=Han}+)?)/gu;
  const { roleAfter, verbRe } = foreignPatterns(roles, speech);
  for (const m of text.matchAll(dotted)) {
    const before = text.slice(0, m.index!);
    if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
    const head = m[1]!;
    let rest = m[2]!;
    const titled = roleAfter.exec(rest);
    let role = roles.find((r) => head.includes(r));
    // With no role before, one after it names a person too, the given name after the unit's last word
    // (莫斯科大学力学数学系谢尔盖·伊万诺夫教授).
    const after =
      !role &&
      titled &&
      roles.includes(titled[0]) &&
      /^[·•・][^·•・]{1,5}$/u.test(rest.slice(rest.search(/[·•・][^·•・]*$/u), titled.index));
    if (after) role = titled[0];
    if (!role) continue;
    if (after && !UNIT.test(head)) continue;
    const from = head.includes(role) ? head.lastIndexOf(role) + role.length : head.search(LAST_UNIT) + 1;
    const given = head.slice(from);
    // Six characters at most, as a transliterated part runs (阿不都沙拉木·吐尔逊; session 61, R237).
    if (given.length < 1 || given.length > 6) continue;
    const verb = verbRe.exec(rest);
    const next = text[m.index! + m[0].length] ?? '';
    // A particle or conjunction ends the name too (阿依古丽·买买提与两名同学组队…; session 38, R27).
    // So do 用 and 通过/代表/围绕 (沙赫佐德·拉希莫夫用中文…; session 50, R134).
    // 作为, 担任 and 获 too (学生阿依古丽·买买提作为学生代表, 学生阿丽娜·努尔兰获得特等奖; session 51); 作 a talk
    // (教授安东尼奥·隆哥作了题为…; session 54).
    const particle =
      /(?<=[·•・]\p{Script=Han}{2,}?)(?:[与和及的在为是对向从把被将等用]|分别|通过|代表|围绕|作为|担任|荣?获|作(?:了|题为|报告|主旨))/u.exec(
        rest,
      );
    const cut = [verb, particle, titled].filter((x) => !!x).sort((a, b) => a!.index - b!.index)[0];
    // An adverb before the verb is no part of the name (瓦旦·达道也分享; session 45, R92).
    if (cut) rest = rest.slice(0, cut.index).replace(/(?<=\p{Script=Han}{2})[也还则亦]$/u, '');
    else if (/\p{Script=Han}/u.test(next)) continue;
    // A transliterated part runs six characters at most: a longer last part holds the clause after the name
    // (讲师买买提江·吐尔逊主动请缨常驻墨玉县；session 52, R146), left to the parts' reading (uyghur-names.ts).
    if (/[^·•・]{7,}$/u.test(rest)) continue;
    if (/[·•・-]$/u.test(rest)) continue;
    out.push({ text: given + rest, role });
  }
  // A name after its role with its own romanisation in brackets (处长阮氏秋香（Nguyen Thi Thu Huong）; session 59, R219).
  for (const m of text.matchAll(/(\p{Script=Han}+)[（(](\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,4})[）)]/gu)) {
    const head = m[1]!;
    // The role ending last in the words before the name: 处长, not 处 of 合作处.
    const role = roles.reduce<string | null>((best, r) => {
      const end = head.lastIndexOf(r) + r.length;
      return end >= r.length && (!best || end > head.lastIndexOf(best) + best.length) ? r : best;
    }, null);
    const given = role ? head.slice(head.lastIndexOf(role) + role.length) : '';
    // A surname opens it (副校长讲话（Opening Speech）is no name).
    if (given.length <= 5 && isName(given.slice(0, 3)) && !NOT_PERSON.test(m[2]!))
      out.push({ text: given, role: role! });
  }
  return out;
}

/**
 * Writers credited in brackets at the end of a paragraph, names only, spaced (（常书香 马丹阳 ）): two or more,
 * every one a name, so a bracketed place or note is never read as one.
 */
export function creditedNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[（(]([^（()）\n]{4,40})[）)][^\S\n]*$/gmu)) {
    const parts = m[1]!.trim().split(/[^\S\n]+/u);
    if (parts.length >= 2 && parts.every(isName)) out.push(...parts);
  }
  return out;
}

const LIST_END = /^(?:$|[。；;，,])/u;
const IN_LIST = /^(?:$|[。；;，,、])/u;

/** Names from `at` joined by 、 up to a clause's end (程凯、余芳；), or none when the row goes on otherwise. */
export function listClosingClause(text: string, at: number): string[] {
  const out: string[] = [];
  for (;;) {
    const name = nameStartingAt(text, at, IN_LIST);
    if (!name) return [];
    out.push(name);
    at += name.length;
    if (text[at] !== '、') return LIST_END.test(text.slice(at)) ? out : [];
    at++;
  }
}
