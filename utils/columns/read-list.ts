/**
 * Reads a column page (交大要闻, 通知公告, a school's "News"): its name and its items (title, absolute link, date
 * where printed). General, not per site: the items are the largest group of sibling rows (li, tr, dd, or divs of
 * one shape) that each hold one article link, preferring rows that print a date; navigation, pagination, "more"
 * links and page furniture are skipped.
 */
import { breadcrumbColumn } from '../extraction/breadcrumb-column';
import { foldSpace, inFurniture } from '../extraction/dom-text';
import { parseDate, timeZoneForHost } from '../extraction/parse-date';

export interface ColumnItem {
  title: string;
  /** Absolute http(s) address of the article. */
  url: string;
  /** ISO date (or date and time) printed beside the link, or null. */
  publishedAt: string | null;
}

export interface ColumnPage {
  /** The column's name: breadcrumb's last step, else the list's heading, else the title before its site suffix. */
  name: string | null;
  items: ColumnItem[];
}

const ROW_TAGS = /^(LI|TR|DD|DT|ARTICLE|DIV|P|SECTION|H2|H3|H4)$/;
/** Headings as rows: a flat list of h3 + date paragraph + summary, where the date follows the row. */
const HEADING = /^H[2-4]$/;
/** Pager, "more" and navigation labels: never an item. */
const NOT_ITEM =
  /^(?:[<>«»‹›]+|\d+|首页|尾页|上一?页|下一?页|末页|更多|more|more\s*news|next|prev(?:ious)?|last|first|read\s*more|查看更多|>>|…|\.\.\.)$/iu;
/** Fewest rows that make a list. */
const MIN_ITEMS = 3;

/** The address a link points at, absolute, when it is a web page. */
function absolute(href: string | null, base: string): string | null {
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return null;
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** The link's title as printed; the `title` attribute when the printed text is cut short ("…", "..."). */
function titleOf(a: HTMLAnchorElement): string {
  const text = foldSpace(a.textContent ?? '');
  const attr = foldSpace(a.getAttribute('title') ?? '');
  return attr.length > text.length && /(?:…|\.\.\.?)$/.test(text) ? attr : text;
}

/** Long enough to be a headline: 4+ Han characters, 6+ letters with some Han (OA系统优化), or 3+ words. */
function headlineLike(title: string): boolean {
  if (NOT_ITEM.test(title)) return false;
  const han = title.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = title.match(/\p{L}/gu)?.length ?? 0;
  return han >= 4 || (han >= 2 && letters >= 6) || title.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3;
}

/** The row's text and, for a heading row, what follows it up to the next row (its date line). */
function rowText(row: Element): string {
  let text = row.textContent ?? '';
  if (HEADING.test(row.tagName))
    for (
      let sib = row.nextElementSibling, i = 0;
      sib && sib.tagName !== row.tagName && i < 3;
      sib = sib.nextElementSibling, i++
    )
      text += ` ${sib.textContent ?? ''}`;
  return text;
}

/** The row a link sits in: its nearest ancestor whose parent holds siblings of the same tag. */
function rowOf(a: Element, stop: Element): Element | null {
  for (let el: Element | null = a; el && el !== stop; el = el.parentElement) {
    const parent = el.parentElement;
    if (!parent || !ROW_TAGS.test(el.tagName)) continue;
    let same = 0;
    for (const sib of parent.children) if (sib.tagName === el.tagName && ++same >= 2) return el;
  }
  return null;
}

/** A row group's key: its parent and the rows' tag and classes, numbered classes (n1, item-2) left out. */
function groupKey(row: Element): [Element, string] {
  const classes = [...row.classList].filter((c) => !/\d/.test(c)).sort();
  return [row.parentElement!, `${row.tagName}.${classes.join('.')}`];
}

export function readColumn(doc: Document, url: string, now = new Date()): ColumnPage {
  const zone = timeZoneForHost(new URL(url).hostname);
  const body = doc.body ?? doc.documentElement;
  const groups = new Map<Element, Map<string, { row: Element; item: ColumnItem }[]>>();
  for (const a of body.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = absolute(a.getAttribute('href'), url);
    const title = titleOf(a);
    if (!href || !headlineLike(title) || inFurniture(a)) continue;
    const row = rowOf(a, body);
    if (!row) continue;
    const [parent, key] = groupKey(row);
    const byKey = groups.get(parent) ?? new Map<string, { row: Element; item: ColumnItem }[]>();
    groups.set(parent, byKey);
    const rows = byKey.get(key) ?? [];
    byKey.set(key, rows);
    if (rows.some((r) => r.row === row)) continue; // one item per row: its first headline link
    const rest = foldSpace(rowText(row).replace(a.textContent ?? '', ' '));
    rows.push({ row, item: { title, url: href, publishedAt: parseDate(rest, zone, now)?.iso ?? null } });
  }
  let best: ColumnItem[] = [];
  let bestScore = 0;
  for (const byKey of groups.values())
    for (const rows of byKey.values()) {
      if (rows.length < MIN_ITEMS) continue;
      const dated = rows.filter((r) => r.item.publishedAt).length;
      // Dated rows are what a column prints; an undated group wins only by being much larger.
      const score = rows.length + 2 * dated;
      if (score > bestScore) [best, bestScore] = [rows.map((r) => r.item), score];
    }
  const seen = new Set<string>();
  const items = best.filter((i) => !seen.has(i.url) && seen.add(i.url));
  return { name: columnName(doc), items };
}

/** The column's name as the page prints it. */
function columnName(doc: Document): string | null {
  const crumb = breadcrumbColumn(doc, '');
  if (crumb) return crumb;
  const heading = doc.querySelector('main h1, h1, .list h2, main h2');
  const text = heading ? foldSpace(heading.textContent ?? '') : '';
  if (text && text.length <= 40 && !heading?.querySelector('img')) return text;
  const title = foldSpace(doc.title ?? '');
  return title.split(/\s*[-|_–—]\s*/)[0] || null;
}
