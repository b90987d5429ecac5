/**
 * The site's own name set in a heading: a logo or banner, an institution's name alone, or a link home. Split from
 * extract-title.ts, which never takes such a heading for the headline.
 */
import { visibleText } from './dom-text';
import { isInstitutionName } from './site-info';

const BANNER =
  '[role="banner"], [class*="logo" i], [id*="logo" i], [class*="brand" i], [class*="site-title" i], [class*="site-name" i], [class*="sitename" i], [id*="site-name" i], [class*="masthead" i]';

/**
 * A logo or banner set in a heading (`<h1 class="site-title">`, `<h1><img alt="…"> 新闻网</h1>`), or a heading that
 * is only an institution's name (`<h1>Example University</h1>`): the site's own name, never the headline, whatever
 * <title> says. Class words are those of many themes, not one CMS.
 */
export function isSiteBanner(el: Element, text: string, names: string[]): boolean {
  return (
    !!el.closest(BANNER) ||
    !!el.querySelector('img, svg') ||
    names.includes(text.toLowerCase()) ||
    isInstitutionName(text) ||
    linksHome(el, text)
  );
}

/**
 * A heading whose whole text is a link to the site's home page (`<h1><a href="/">Campus Newsroom</a></h1>`) is the
 * masthead: every site links its name home, while a post's own headline links to the post, if anywhere.
 */
function linksHome(el: Element, text: string): boolean {
  const a = el.querySelector('a[href]');
  if (!a || visibleText(a) !== text) return false;
  try {
    const page = new URL(el.ownerDocument.URL);
    const href = new URL(a.getAttribute('href')!, el.baseURI);
    return href.host === page.host && /^\/(?:index\.\w+)?$/.test(href.pathname) && page.pathname !== href.pathname;
  } catch {
    return false;
  }
}

/**
 * Whether a banner image prints this <title> part as its alt text ("Talking About Teaching" - Antoinette
 * Miranda, under a banner image of that alt): then <title> opens with the site's name, not the headline.
 */
export function namesBannerImage(doc: Document, head: string): boolean {
  const bare = (t: string) =>
    t
      .replace(/["“”'‘’]/g, '')
      .trim()
      .toLowerCase();
  const want = bare(head);
  if (want.length < 4) return false;
  // Or the alt and the same name in Latin letters after it, as Taiwan's college sites title every page (和春技術學院
  // Fortune Institute of Technology - 最新消息; round 54, R300, R301).
  const named = (alt: string) =>
    alt === want || (HAN_NAME.test(alt) && want.startsWith(`${alt} `) && LATIN_NAME.test(want.slice(alt.length)));
  return [...doc.querySelectorAll('img[alt]')].some((i) => named(bare(i.getAttribute('alt')!)));
}

const HAN_NAME = /^\p{Script=Han}{4,}$/u;
const LATIN_NAME = /^[\s\p{Script=Latin}.,&'()-]+$/u;
