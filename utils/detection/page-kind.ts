/**
 * Pages on university hosts that hold prose and dates but are not articles: homes and lists, personal pages,
 * forum and mailing-list archives, course and programme pages, error pages. Each test reads only the address
 * or a short window of text.
 */

const LIST_PATH =
  /^\/?(?:$|index\.s?html?$|main\.(?:html?|[jp]sp)$|default\.aspx?$|(?:.*\/)?list\d*\.(?:html?|[jp]sp)$|(?:.*\/)?index\d*\.html?$)/;

/** The parts of an address detection reads: a URL, or the page's own `location` (no URL to build). */
export type PageAddress = Pick<URL, 'pathname' | 'search'>;

/** Why the address alone says "not an article", or null. */
export function notArticleAddress(u: PageAddress): string | null {
  if (LIST_PATH.test(u.pathname.toLowerCase()) && !u.search) return 'home or list address';
  if (u.pathname.includes('/~')) return 'personal page';
  return null;
}

/** Why the page's text says "not an article", or null. */
export function notArticleText(doc: Document): string | null {
  if (/\b(?:page|file) not found\b|\b404\b|页面不存在|頁面不存在|找不到/.test(doc.title.toLowerCase()))
    return 'error page';
  return null;
}
