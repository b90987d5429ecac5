/**
 * Mongolian names written in Chinese have no surname: one to three of a set of given-name parts (巴特尔, 其其格, 乌兰图雅,
 * 斯琴高娃), so the surname rules never read them. Read, as Tibetan names are (tibetan-names.ts), only after a role or
 * an occupation (副校长其其格主持, 院长乌日娜分别…, 学生斯琴高娃获得), where the words say a person follows. Inner
 * Mongolia's universities print them every day (session 63, R275).
 */

/** The common parts and whole names, in their usual Chinese spellings, longest first. */
const PARTS = [
  '乌云其木格|斯日古楞|吉日嘎拉|额尔德尼|德力格尔',
  '巴特尔|其其格|乌日娜|苏日娜|额尔敦|格日勒|敖其尔|阿拉坦|满都拉|其木格|乌力吉|毕力格|巴雅尔|宝力道|特木尔|乌恩奇|朝克图',
  '乌兰|图雅|斯琴|高娃|萨仁|乌云|宝音|朝鲁|孟和|那仁|娜仁|哈斯|巴图|吉雅|图门|呼和|布和|那顺|达来|赛音|格根|塔娜|托娅|敖登|查干|白音',
].join('|');
/** Three characters at least: a two-character part alone is as often a place's (乌兰察布, 查干湖). */
const NAME = new RegExp(`^(?:${PARTS}){1,3}`, 'u');

/** The Mongolian name opening `text` at `at`, when `boundary` follows it, else null. */
export function mongolianNameAt(text: string, at: number, boundary: RegExp): string | null {
  const m = NAME.exec(text.slice(at, at + 10));
  return m && m[0].length >= 3 && boundary.test(text.slice(at + m[0].length)) ? m[0] : null;
}
