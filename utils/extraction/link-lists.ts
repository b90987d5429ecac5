/**
 * Lists of links that Readability keeps in the body and no reader counts as the story: a table of contents (every
 * link jumps within the page: "Contents", "On this page", 目录) and a list of the story's tags or topics (every link
 * goes to a tag, topic or category page: /tag/…, ?tag=…, rel="tag"). Read by what the links point to, which every
 * CMS prints the same way, not by class names.
 */
import { foldSpace } from './dom-text';

/** A tag, topic, category or keyword page's address, as WordPress, Drupal and most CMSs build it. */
const TAG_HREF =
  /[/?&](?:tags?|topics?|category|categories|keywords?|subjects?|taxonomy\/term|schlagwort|etiqueta|标签|標籤)(?:[/=]|$)/i;
/** A tag's label is a word or a short phrase, never a sentence. */
const MAX_TAG = 40;
/** A contents list's heading: short, and no link of its own. */
const MAX_HEADING = 40;

/** A tag line's label before its links: "Tag(s):", "Topics:", "Filed under", 标签：. */
const TAG_LABEL = /^(?:tags?(?:\(s\))?|topics?|keywords?|categories|filed under|标签|標籤|关键词|關鍵詞)\s*[:：]?/i;

/** The links of `el` and whether they hold all of its text (a tag line's label aside). */
function onlyLinks(el: Element): HTMLAnchorElement[] | null {
  const links = [...el.querySelectorAll('a')];
  if (!links.length) return null;
  const linked = links.reduce((n, a) => n + foldSpace(a.textContent ?? '').replace(/\s/g, '').length, 0);
  // Separators between tags (", ", " | ", "·") are no text.
  const all = foldSpace(el.textContent ?? '')
    .replace(el.tagName === 'P' || el.tagName === 'DIV' ? TAG_LABEL : /^$/, '')
    .replace(/[\s,，、|｜·•/]/g, '').length;
  return all > 0 && linked >= all ? links : null;
}

/** Whether `href` jumps within the page at `pageUrl` ("#why", or the page's own address and a fragment). */
function inPage(href: string, pageUrl: string): boolean {
  const hash = href.indexOf('#');
  if (hash < 0 || hash === href.length - 1) return false;
  return hash === 0 || href.slice(0, hash) === pageUrl.split('#')[0];
}

/** Remove the body's tables of contents and tag lists. `pageUrl`: the article's address. */
export function removeLinkLists(root: Element, pageUrl: string): void {
  // A tag line is a paragraph too ("Tag(s): College of the Environment • kelp"; session 44, R81).
  for (const list of [...root.querySelectorAll('ul, ol, p, div')]) {
    const isList = list.tagName === 'UL' || list.tagName === 'OL';
    if (!root.contains(list) || (!isList && list.querySelector('p, div, ul, ol'))) continue;
    const links = onlyLinks(list);
    if (!links) continue;
    const hrefs = links.map((a) => a.getAttribute('href') ?? '');
    if (isList && links.length >= 2 && hrefs.every((h) => inPage(h, pageUrl))) {
      const heading = list.previousElementSibling;
      const title = heading ? foldSpace(heading.textContent ?? '') : '';
      if (heading && title.length <= MAX_HEADING && !heading.querySelector('a, img')) heading.remove();
      list.remove();
    } else if (
      hrefs.every((h, i) => TAG_HREF.test(h) || links[i]!.getAttribute('rel')?.split(/\s+/).includes('tag')) &&
      links.every((a) => foldSpace(a.textContent ?? '').length <= MAX_TAG)
    )
      list.remove();
  }
}
