/**
 * Programmes known by name (known-program-names.ts) wherever a text prints them: a named national fund, talent scheme
 * or competition is a program however the sentence around it runs (新立项国家重点研发计划项目（课题）42项, 将少年班与
 * 强基计划…有机衔接), where the rules' evidence (a verb, a list, quotes) is missing.
 */
import { REGIONS } from './known-program-names';
import { MORE_REGIONS } from './known-program-names-more';
import { WORLD_REGIONS } from './known-program-names-world';
import { foldToSimplified } from './zh-fold';

/** Quotation marks, which pages print around a part of a name or leave out (“挑战杯”全国…竞赛). */
const QUOTE = /[“”"‘’「」『』]/u;
/** A letter or digit of a script that spaces its words: a name there must not run on into one (Veni in Venice). */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d]/u;

/**
 * A province or region before a Chinese programme's name, running its own round of it (a level, 国家级 or 省级, is no
 * part of a name: unseen-page-programs-r18).
 */
const RUN_BY = new RegExp(
  `(?:(?:${'北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆'.replaceAll(' ', '|')})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?)$`,
  'u',
);

/** The names, quotes out and folded to simplified, by their first two characters; built on first use. */
let index: Map<string, string[]> | null = null;
function names(): Map<string, string[]> {
  if (index) return index;
  index = new Map();
  for (const printed of [...REGIONS, ...WORLD_REGIONS, ...MORE_REGIONS].flatMap((r) => r.split('|'))) {
    const name = [...foldToSimplified(printed)].filter((c) => !QUOTE.test(c)).join('');
    const key = name.slice(0, 2);
    const list = index.get(key) ?? [];
    list.push(name);
    index.set(key, list);
  }
  // Longest first: 国家自然科学基金青年科学基金 before 国家自然科学基金.
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/**
 * The known programmes `text` (folded to simplified, as findEntities reads it) names, each as printed there: the
 * longest name at each place, a name inside a longer one found there not again.
 */
export function knownPrograms(text: string): string[] {
  // The text without its quotes, and where each of its characters stands in the text.
  const at: number[] = [];
  let bare = '';
  for (let i = 0; i < text.length; i++)
    if (!QUOTE.test(text[i]!)) {
      at.push(i);
      bare += text[i];
    }
  const spans: [number, number][] = [];
  const byStart = names();
  for (let i = 0; i < bare.length - 1; i++) {
    const name = byStart.get(bare.slice(i, i + 2))?.find((n) => bare.startsWith(n, i) && bounded(bare, i, n));
    if (!name) continue;
    let from = at[i]!;
    let to = at[i + name.length - 1]! + 1;
    // Its version is part of it (卓越工程师教育培养计划2.0); a class of a fund's projects its 项目 (青年科学基金项目).
    to += /^\d\.\d(?!\d)/.exec(text.slice(to))?.[0].length ?? 0;
    if (text.startsWith('项目', to) && fundClass(name)) to += 2;
    i += name.length - 1;
    // An abbreviation in brackets after the name it shortens (… Research Initiative (AFRI), 實踐計畫（USR）) is that
    // name again, not one more.
    if (/[(（]/u.test(text[from - 1] ?? '') && /[)）]/u.test(text[to] ?? '')) continue;
    // A quote the name opens with is printed with it (“挑战杯”全国大学生…竞赛).
    if (QUOTE.test(text[from - 1] ?? '') && text.slice(from, to).match(/[”’」』]/u)) from--;
    // A name starting inside another's quotation is that name's tail (英才计划 in “时珍英才”计划; session 54, R170).
    else if (
      /[”’」』]/u.test(text.slice(from, to)) &&
      /[“‘「『][^“”‘’「」『』]+$/u.test(text.slice(Math.max(0, from - 20), from))
    )
      continue;
    // So is the province running it (北京市大学生创新创业训练计划).
    from -= RUN_BY.exec(text.slice(Math.max(0, from - 8), from))?.[0].length ?? 0;
    // Two names printed as one (ICPC国际大学生程序设计竞赛, iGEM国际基因工程机器大赛) are one name.
    const last = spans[spans.length - 1];
    if (last && /^ ?$/.test(text.slice(last[1], from))) last[1] = to;
    else spans.push([from, to]);
  }
  const found = [...new Set(spans.map(([from, to]) => text.slice(from, to)))];
  // A short form (ICPC, iGEM) beside a full name known too is mostly that programme again: the full name is shown.
  const full = found.filter((n) => !SHORT_FORM.test(n));
  return full.length ? full : found;
}

/**
 * A class of projects a funder names a fund (青年科学基金, 地区联合基金, 研究生创新基金) is printed and named with 项目;
 * a fund a nation, a province or a city owns (国家自然科学基金, 山东省自然科学基金, 国家社科基金) is itself the name.
 */
export function fundClass(name: string | null): boolean {
  return (
    !!name &&
    name.endsWith('基金') &&
    !/^(?:国家|中国|全国|\p{Script=Han}{1,4}?[省市])|(?:自然科学|社会科学|社科)基金$/u.test(name)
  );
}

/** A short form: one word of a spaced script, at most six letters and digits (ICPC, iGEM, BK21). */
const SHORT_FORM = /^[\p{Script=Latin}\d+-]{1,6}$/u;

/** A name in a spaced script stands as a word of its own; a Han, kana or Hangul one may sit anywhere. */
function bounded(text: string, i: number, name: string): boolean {
  const latin = (c: string | undefined) => !!c && WORD.test(c);
  // A fund's name before 委 or 会 is its committee's or its foundation's (国家留学基金委; session 49).
  if (/基金$/u.test(name) && /[委会]/u.test(text[i + name.length] ?? '')) return false;
  // Any name before 办 is its office's (USR计划办公室; session 54, R169).
  if (text[i + name.length] === '办') return false;
  return !(latin(name[0]) && latin(text[i - 1])) && !(latin(name[name.length - 1]) && latin(text[i + name.length]));
}
