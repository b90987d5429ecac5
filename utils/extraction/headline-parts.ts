/**
 * Two ways a <title> and the printed headline disagree on unseen pages (issue #11): <title> names the column the
 * article sits in (学院新闻, "Campus News") and the page prints that name above the real headline; or the page
 * prints the headline and a subtitle in one <h1> (a <br> or a second span between them), which <title> names
 * only the first part of; or the headline's element prints the meta line after it.
 */
import { foldSpace, inFurniture, inListItem, visibleText } from './dom-text';
import { headlineBeforeBody } from './headline-before-body';
import { isCollegeName, isInstitutionName } from './site-info';
import { DATE_LABELS } from './meta-labels';
import { isColumnName } from './column-name';

/** A board's title label in its row header (제목 | headline: Korea's government CMS, 标题 on old Chinese boards). */
const TITLE_LABEL = /^(?:제목|标题|標題|题目|題目|Title|Subject)\s*[:：]?$/iu;

/** The cell a row header labelled as the title holds, after `el` (the column name <title> repeats). */
function labelledTitleCell(doc: Document, el: Element): { el: Element; text: string } | null {
  for (const th of doc.querySelectorAll('th')) {
    const td = th.nextElementSibling;
    if (td?.tagName !== 'TD' || !TITLE_LABEL.test(foldSpace(th.textContent ?? ''))) continue;
    const text = visibleText(td);
    if (text.length >= 6 && text.length <= 200 && el.compareDocumentPosition(td) & 4 /* FOLLOWING */)
      return { el: td, text };
  }
  return null;
}

/**
 * The first <h1> printed after `el` that can be a headline (outside furniture and lists, six characters or more,
 * not the site's banner): the real headline under a column name that <title> repeats.
 */
export function headlineAfter(
  doc: Document,
  el: Element,
  isBanner: (h: Element, text: string) => boolean,
): { el: Element; text: string } | null {
  for (const h of doc.querySelectorAll('h1')) {
    if (h === el || !(el.compareDocumentPosition(h) & 4 /* FOLLOWING */)) continue;
    const text = visibleText(h);
    if (text.length < 6 || inFurniture(h) || inListItem(h) || isBanner(h, text) || isColumnName(text)) continue;
    return { el: h, text };
  }
  return null;
}

/** The line printed just before the body, when it comes after `el` (a column name in a table-layout page's cell). */
export function lineAfter(doc: Document, el: Element): { el: Element; text: string } | null {
  const line = headlineBeforeBody(doc, true);
  return line && !el.contains(line.el) && el.compareDocumentPosition(line.el) & 4 /* FOLLOWING */ ? line : null;
}

/** The real headline under a column name <title> repeats: a title cell, else the next <h1>, else the line before the body. */
export function headlineUnderColumn(
  doc: Document,
  column: Element,
  isBanner: (h: Element, text: string) => boolean,
): { el: Element; text: string } | null {
  return labelledTitleCell(doc, column) ?? headlineAfter(doc, column, isBanner) ?? lineAfter(doc, column);
}

/**
 * When a heading prints `head` as its leading children and more after them ("Headline<br><small>Subtitle</small>",
 * "<span>Headline</span> <span>Subtitle</span>"), the headline is `head`: what follows is its subtitle.
 */
export function headlineBeforeSubtitle(el: Element, head: string): boolean {
  if (head.length < 6) return false;
  let read = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    const text = c.nodeType === 3 ? (c.nodeValue ?? '') : c.nodeType === 1 ? ` ${visibleText(c)} ` : '';
    if (foldSpace(read) === head && text.trim()) return true;
    read += text;
    if (foldSpace(read).length > head.length) return false;
  }
  return false;
}

/**
 * A <title> naming the site first ("电子科技大学新闻网 - 标题"): its first part is only the institution's or its news
 * site's name, its last is not. The column may follow the site ("國立山海大學-山海新聞-標題", "大学 | 学校要闻 | 标题"):
 * it is no part of the headline. `parts` is `raw` split at `separators`; `og`, the page's og:title; null when the site
 * is not first.
 */
export function siteFirstTitle(
  raw: string,
  parts: readonly string[],
  separators: RegExp,
  og: string | null = null,
): { head: string; site: string } | null {
  // og:title naming the last part alone says the first is the site's (KAIST 뉴스 | 사람 피부처럼…; session 61, R240).
  if (parts.length === 2 && og === parts[1]!.trim() && og !== parts[0]!.trim())
    return { head: og, site: parts[0]!.trim() };
  const lead = parts[0]!.split('-').map((x) => x.trim());
  // Columns between the first part and a last part, the longest, make the first the site's, whatever it calls itself
  // (The UWI St. Augustine | News | Media Releases | Headline; session 62, R263).
  const last = parts[parts.length - 1]!;
  const columned =
    parts.length >= 3 &&
    parts.slice(1, -1).every((x) => isColumnName(x.trim())) &&
    parts.every((x) => x.length <= last.length);
  const whole =
    columned ||
    isInstitutionName(parts[0]!) ||
    isCollegeName(parts[0]!) ||
    // A news site's name by its short form (重邮新闻网, Chongqing University of Posts and Telecommunications'; session 56).
    /^\p{Script=Han}{2,6}(?:新闻网|新聞網)$/u.test(parts[0]!.trim());
  const first =
    whole ||
    (lead.length > 1 &&
      isInstitutionName(lead[0]!) &&
      lead.slice(1).every((x) => isColumnName(x) || isInstitutionName(x)));
  if (!first || isInstitutionName(parts[parts.length - 1]!)) return null;
  const sep = separators.exec(raw)!;
  let head = raw.slice(sep.index + sep[0].length).trim();
  for (let m = separators.exec(head); m && isColumnName(head.slice(0, m.index).trim()); m = separators.exec(head))
    head = head.slice(m.index + m[0].length).trim();
  return { head, site: whole ? parts[0]!.trim() : lead[0]! };
}

/**
 * A subtitle closing the headline between two dashes or wave dashes, as Japanese and Chinese press releases print it
 * ("…仕組みを解明 ―干ばつに強い作物の開発に期待―", "〜…〜"; session 39, R37): the headline is what precedes it.
 */
const ENCLOSED_SUBTITLE = /\s*(?:―([^―]{2,60})―|〜([^〜]{2,60})〜|～([^～]{2,60})～|——([^—]{2,60})——)$/u;
export function withoutEnclosedSubtitle(title: string): string {
  const m = ENCLOSED_SUBTITLE.exec(title);
  return m && m.index >= 6 ? title.slice(0, m.index) : title;
}

/**
 * A news outlet's name in square brackets opening a headline the university reprints ("【新华日报】江苏食品药品职院：…",
 * "【中国教育报】…": its 媒体看 column; session 50, R135), or the column's own name (【院系动态】; session 59, R218):
 * where the story ran or sits, not the headline's words.
 */
const TITLE_TAG = /^【([^【】]{2,12})】\s*(?=\S{6})/u;
const OUTLET = /(?:报|報|网|網|社|台|新闻|新聞|杂志|雜誌|周刊|週刊)$/u;
export function withoutTitleTag(title: string): string {
  const m = TITLE_TAG.exec(title);
  if (m && (OUTLET.test(m[1]!) || isColumnName(m[1]!))) return title.slice(m[0].length);
  // So is a release's label before a colon ("PRESS RELEASE: First Cohort of …"; round 56, R308).
  const release = RELEASE_LABEL.exec(title);
  return release && title.length - release[0].length >= 12 ? title.slice(release[0].length) : title;
}
const RELEASE_LABEL = /^(?:press|media|news)\s+release\s*[:：]\s*/iu;

/**
 * A meta line printed inside the headline's element after it (<h1>标题<br><span>日期：2023-12-18 稿源：… 浏览次数：632
 * </span></h1>, as PHPCMS college templates print it; session 54, R171): where it starts in the element's text, or -1
 * (extract-article.ts reads it as the meta line). A dated label after a space: a headline's words run into no 日期：2023.
 */
const META_TAIL = new RegExp(`\\s(?:${DATE_LABELS.join('|')})\\s*[:：]\\s*\\d`, 'u');
export function metaTailAt(text: string): number {
  const m = META_TAIL.exec(text);
  return m && m.index >= 6 ? m.index : -1;
}

/**
 * A <title> whose site and columns are spaced off the headline, no separator between ("吉林师范大学 学校要闻 我校召开…",
 * Hanweb's; session 56, R199): the university's name, its column names, then a headline in Chinese.
 */
export function spacedSiteFirst(raw: string): { head: string; site: string } | null {
  const words = raw.trim().split(/\s+/);
  if (words.length < 2 || !isInstitutionName(words[0]!)) return null;
  let i = 1;
  while (i < words.length - 1 && isColumnName(words[i]!)) i++;
  const head = words.slice(i).join(' ');
  return /\p{Script=Han}/u.test(head) && head.length >= 6 ? { head, site: words[0]! } : null;
}
