/**
 * Finds the article's own headline and the site name glued to <title>. The headline is the page element
 * whose text <title> starts with (or og:title names); what follows it in <title> is the site name.
 */
import { foldSpace, inFurniture, visibleText } from './dom-text';

const SEPARATORS = /\s*(?:\s[-–—|:·»]\s|[|_–—»·]|-(?=[^-]*$)|::)\s*/u;
const SITE_WORDS = /大学|学院|学校|新闻网|新闻|网站|官网|University|College|Institute|School|News|Newsroom|Report|Gazette|Magazine|Today|\.edu/i;

export interface TitleResult {
  title: string;
  /** The site name found as the <title> suffix, if any. */
  siteSuffix: string | null;
  /** The element holding the headline (anchor for "near the headline" searches). */
  element: Element | null;
  provenance: string;
}

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content');
  return v ? foldSpace(v) : null;
}

/** Split "<headline><sep><site>" into its two parts; null when there is no site-looking suffix. */
export function splitTitle(raw: string): { head: string; site: string } | null {
  const parts = raw.split(SEPARATORS).filter(Boolean);
  if (parts.length < 2) return null;
  const site = parts.slice(1).join(' ');
  if (!SITE_WORDS.test(site) && site.length > 30) return null;
  return { head: parts[0]!, site: parts[parts.length - 1]! };
}

function candidates(doc: Document): Element[] {
  const els = [...doc.querySelectorAll('h1, h2, h3, [class*="title" i], [id*="title" i], [class*="tit" i], td.biaoti, font')];
  return els.filter((e) => !inFurniture(e) && !e.closest('a, li, ul, title, head') && e.children.length <= 3);
}

/** The article headline of a page. */
export function extractTitle(doc: Document): TitleResult {
  const docTitle = foldSpace(doc.title ?? '');
  const og = meta(doc, 'og:title');
  const split = splitTitle(docTitle);

  // 1. An element whose text <title> (or og:title) begins with: the printed headline, site name cut off.
  const wants = [docTitle, og].filter((t): t is string => !!t && t.length >= 4);
  let best: { el: Element; text: string } | null = null;
  for (const el of candidates(doc)) {
    const text = visibleText(el);
    if (text.length < 4 || text.length > 200) continue;
    const matches = wants.some((w) => w === text || (w.startsWith(text) && SEPARATORS.test(w.slice(text.length, text.length + 4))));
    if (matches && (!best || text.length > best.text.length)) best = { el, text };
  }
  if (best) {
    const rest = docTitle.startsWith(best.text) ? docTitle.slice(best.text.length).replace(/^[\s\-–—|_:·»]+/u, '') : '';
    return { title: best.text, siteSuffix: rest || null, element: best.el, provenance: `<${best.el.tagName.toLowerCase()}> matching <title>` };
  }
  // 2. The first h1 inside the content (CMS title blocks), when <title> is only the site's name.
  const h1 = [...doc.querySelectorAll('h1')].find((e) => !inFurniture(e) && visibleText(e).length >= 6 && !e.querySelector('img'));
  if (h1 && (!docTitle || docTitle.includes(visibleText(h1)) || SITE_WORDS.test(docTitle))) {
    return { title: visibleText(h1), siteSuffix: split?.site ?? null, element: h1, provenance: '<h1>' };
  }
  if (!docTitle && !og) {
    // No <title> at all (old static pages): the first prominent heading is the headline.
    const h = [...doc.querySelectorAll('h1, h2, h3')].find((e) => !inFurniture(e) && visibleText(e).length >= 6);
    if (h) return { title: visibleText(h), siteSuffix: null, element: h, provenance: `<${h.tagName.toLowerCase()}>` };
  }
  if (og) {
    const s = splitTitle(og);
    return { title: s?.head ?? og, siteSuffix: s?.site ?? split?.site ?? null, element: null, provenance: 'og:title' };
  }
  return {
    title: split?.head ?? docTitle,
    siteSuffix: split?.site ?? null,
    element: null,
    provenance: split ? '<title> without site suffix' : '<title>',
  };
}
