/**
 * A citation of a clipped article, from its stored fields only, in the style of the article's language (not the
 * UI's): GB/T 7714—2015 for Chinese articles, APA 7 for the others.
 */
import type { Article, BylineEntry } from '../model/article';

/** The stored fields a citation reads. */
export type CiteFields = Pick<Article, 'title' | 'byline' | 'source' | 'site' | 'publishedAt' | 'url' | 'lang'>;

/** Credit roles that name who wrote the article (as pages print them: 文字, 作者, 记者, By …). */
const WRITER =
  /^(?:文字|文|作者|撰稿|撰文|记者|記者|通讯员|通訊員|by|authors?|written by|story by|words|text|reporter|writer)$/iu;
const HAN = /\p{Script=Han}/u;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** Whether the article is cited in the Chinese standard: its language is Chinese (or unknown with a Chinese title). */
export function citesInChinese(a: Pick<CiteFields, 'lang' | 'title'>): boolean {
  return /^zh\b/iu.test(a.lang) || (!a.lang && HAN.test(a.title));
}

/** Who wrote it: the credits with a writer's role; failing those, the credits that print no role. */
function writers(byline: readonly BylineEntry[]): string[] {
  const named = byline.filter((b) => b.role && WRITER.test(b.role.trim()));
  return (named.length ? named : byline.filter((b) => !b.role)).map((b) => b.name.trim()).filter(Boolean);
}

/** A date as YYYY-MM-DD in the user's own time zone (the day they read it). */
export function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The publication date as the site printed it (its own local day, or month), no time. */
function publishedDay(publishedAt: string | null): string | null {
  return publishedAt ? publishedAt.slice(0, 10) : null;
}

/** Ends `s` with a full stop unless it already ends a sentence. */
function stop(s: string): string {
  return /[.!?。！？]$/u.test(s) ? s : `${s}.`;
}

/**
 * GB/T 7714—2015, 4.8 电子资源 (template "主要责任者. 题名[文献类型标识/文献载体标识]. 出版地: 出版者, 出版年(更新或
 * 修改日期)[引用日期]. 获取和访问路径.", its example "萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15].
 * http://www.creader.com/news/20011219/200112190019.html."), as quoted by the standard's summaries at
 * https://m.lw881.com/lunwen/125307.html and https://fx361.cc/page/2020/1208/12619460.shtml: half-width
 * ". " between elements, [EB/OL] for an online bulletin (news item), 3 authors at most then ", 等", and a final ".".
 * The place is not known; the publisher is the news site; the year is given by the date in parentheses.
 */
export function gbt7714(a: CiteFields, accessed: Date): string {
  const names = writers(a.byline);
  const authors = names.length ? names.slice(0, 3).join(', ') + (names.length > 3 ? ', 等' : '') : a.source?.trim();
  const site = a.site.name ?? a.site.university;
  const day = publishedDay(a.publishedAt);
  const published = [site, day && `(${day})`].filter(Boolean).join(', ');
  return (authors ? `${authors}. ` : '') + `${a.title.trim()}[EB/OL]. ${published}[${localDay(accessed)}]. ${a.url}.`;
}

/** "Okafor, D." from "David Okafor"; a name in Chinese characters, or of one word, as printed. */
function inverted(name: string): string {
  const words = name.split(/\s+/u);
  if (words.length < 2 || HAN.test(name)) return name;
  const family = words.pop()!;
  const initials = words.map((w) =>
    w
      .split('-')
      .map((part) => `${part.replace(/\.$/u, '').charAt(0).toUpperCase()}.`)
      .join('-'),
  );
  return `${family}, ${initials.join(' ')}`;
}

/** APA's author list: "A", "A, & B", "A, B, & C" (up to 20 names). */
function apaAuthors(names: string[]): string {
  const list = names.slice(0, 20).map(inverted);
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')}, & ${list.at(-1)}`;
}

/** APA's date: "2025, April 3", "2003, April" or "n.d.". */
function apaDate(publishedAt: string | null): string {
  const m = publishedAt && /^(\d{4})-(\d{2})(?:-(\d{2}))?/u.exec(publishedAt);
  if (!m) return 'n.d.';
  const month = MONTHS[+m[2]! - 1];
  return m[3] ? `${m[1]}, ${month} ${+m[3]}` : `${m[1]}, ${month}`;
}

/**
 * APA 7, a news article on a website: "Author, A. (Year, Month Day). Title. Site Name. URL". The organisation is
 * the author when no writer is credited, and the site's name is left out when it is that author.
 */
export function apa7(a: CiteFields): string {
  const names = writers(a.byline);
  const site = a.site.name ?? a.site.university ?? a.site.host;
  const author = names.length ? apaAuthors(names) : (a.source?.trim() ?? a.site.university ?? null);
  const title = stop(a.title.trim());
  const date = `(${apaDate(a.publishedAt)}).`;
  const head = author ? `${stop(author)} ${date} ${title}` : `${title} ${date}`;
  return `${head}${site && site !== author ? ` ${stop(site)}` : ''} ${a.url}`;
}

/** The article's citation in the style of its language. `accessed`: today (GB/T 7714 records the day it was read). */
export function citation(a: CiteFields, accessed: Date): string {
  return citesInChinese(a) ? gbt7714(a, accessed) : apa7(a);
}
