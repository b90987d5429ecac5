/**
 * The headline schema.org's microdata marks (itemprop="headline"): the CMS says which element it is, where <title> may
 * print a shorter form (a Joomla menu item's "UoM Hosts ELECOM 2024" over the story's full headline; session 65, R296).
 * Only when one element is so marked, outside links and page furniture: a list marks one per item.
 */
import { inFurniture, visibleText } from './dom-text';

export function markedHeadline(doc: Document): { el: Element; text: string } | null {
  const marked = [...doc.querySelectorAll('[itemprop~="headline"]')].filter((e) => e.tagName !== 'META');
  if (marked.length !== 1) return null;
  const el = marked[0]!;
  const text = visibleText(el);
  return text.length >= 6 && text.length <= 300 && !el.closest('a') && !inFurniture(el) ? { el, text } : null;
}
