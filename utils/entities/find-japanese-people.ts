/**
 * People named in Japanese text (session 34). Japanese press releases print a name, a space and the title after it
 * (山田健太郎 教授, ジョン・スミス 准教授, 湊長博 総長): that form is the one evidence read here. Japanese surnames are no
 * list the Chinese rules know, and those rules read Japanese words as names (卓越 before 研究員), so a Japanese text is
 * read by this rule alone.
 */
import type { FoundPerson } from './find-people';
import { foldToSimplified } from './zh-fold';

/**
 * Titles printed after a name, longest first (特任准教授 before 准教授 before 教授), also as findEntities reads them,
 * folded to simplified characters (総長 as 総长).
 */
const PRINTED = [
  '特任准教授',
  '特任教授',
  '特定教授',
  '名誉教授',
  '准教授',
  '教授',
  '特任助教',
  '助教',
  '講師',
  '副学長',
  '学長',
  '総長',
  '理事長',
  '理事',
  '主任研究員',
  '上級研究員',
  '上席研究員',
  '特別研究員',
  '研究員',
  '研究科長',
  '学部長',
  '所長',
  'センター長',
  '病院長',
  '博士',
];
const TITLES = [...new Set([...PRINTED, ...PRINTED.map(foldToSimplified)])].sort((a, b) => b.length - a.length);

/** A kanji name (2 to 6 characters) or a katakana one, its parts joined by ・ or ＝. */
const NAME = '\\p{Script=Han}{2,6}|[\\p{Script=Katakana}ー]{2,10}(?:[・＝][\\p{Script=Katakana}ー]{1,10})+';
/** What stands before a name: the start of a line, a particle or punctuation. */
const BEFORE = '(?<=^|[\\n\\s、。，,「『（(）)・のはとがもで])';
/**
 * The unit between the name and its title (山田健一 農学研究科教授), or 同 for "the same unit" (佐藤美咲 同助教; session 39,
 * R37).
 */
const UNIT = '(?:同|\\p{Script=Han}{1,10}?(?:研究科|学部|研究所|研究院|学院|大学院|センター|病院|学科|専攻))?';
const PERSON = new RegExp(`${BEFORE}(${NAME})[ \\u3000]${UNIT}(${TITLES.join('|')})`, 'gmu');
/** Last characters of bodies and units (研究科, 医学部, 研究所), never of a name. */
const BODY_END = /[科部所院学室局課省庁県市町村会館校社系]$/u;

/** Whether the text is Japanese: kana are written in every Japanese sentence and in no Chinese one. */
export function readsAsJapanese(text: string): boolean {
  return (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) >= 20;
}

/**
 * A kanji name run into its title, after the unit's の or a list's 、 (研究所の山田太郎教授, 研究科の佐藤花子助教,
 * 博士後期課程の高橋健さん; session 42, R58): three or four kanji, as most Japanese names are written, none opening
 * with a title's own word (名誉教授, 特任准教授, 主任研究員 are titles, not names).
 */
const RUN_ON = new RegExp(
  `(?<=[のと、]|^)(?!名誉|特任|特定|客員|主任|上級|上席|特別|准|副|元|前|現|同)(\\p{Script=Han}{3,4}?)(${[...TITLES, 'さん'].join('|')})`,
  'gmu',
);

/** Last characters of a kind of person (留学生さん, 研究者, 技術員), never of a name run into its title. */
const GROUP_END = /[生者員師手家]$/u;

export function findJapanesePeople(text: string): FoundPerson[] {
  const out = new Map<string, string>();
  const runOn = [...text.matchAll(RUN_ON)].filter((m) => !GROUP_END.test(m[1]!));
  for (const m of [...text.matchAll(PERSON), ...runOn]) {
    const name = m[1]!;
    if (BODY_END.test(name) || out.has(name)) continue;
    out.set(name, m[2]!);
  }
  return [...out].map(([t, role]) => ({ text: t, role }));
}
