/**
 * What the popup needs to offer "Follow this column": the page is not an article, and it lists articles. A site's
 * search results list articles too, but following one would follow a query's hits, not a column of news.
 */
import { detectArticle } from '../detection/detect-article';
import { searchPage } from '../detection/page-kind';
import { readColumn, type ColumnPage } from './read-list';

/** Rows a page must list to be offered as a column. */
export const MIN_COLUMN_ITEMS = 5;

/** A column page the popup can offer to follow: what it lists, and its address. */
export type TabColumn = ColumnPage & { url: string };

export function readTabColumn(doc: Document, url: string, now = new Date()): TabColumn | null {
  const titles = [doc.title, ...[...doc.querySelectorAll('h1')].map((h) => (h.textContent ?? '').trim())];
  if (!/^https?:/.test(url) || searchPage(new URL(url), titles) || detectArticle(doc, url, now).isArticle) return null;
  const page = readColumn(doc, url, now);
  return page.items.length >= MIN_COLUMN_ITEMS ? { ...page, url } : null;
}
