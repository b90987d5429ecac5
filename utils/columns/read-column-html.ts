/** A column read from its HTML in a page with a DOM (the offscreen document, Firefox's background page). */
import { readColumn, type ColumnPage } from './read-list';

export const READ_COLUMN_MESSAGE = 'cnc:read-column';

export function readColumnHtml(html: string, url: string, win: Window): ColumnPage {
  // DOMParser documents run no script and load nothing; a <base> keeps relative links resolving to the page.
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return readColumn(doc, url);
}
