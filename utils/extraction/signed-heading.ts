/**
 * Old static pages with no <title> (reviews, essays): a heading that ends with its author's name is the piece's own
 * headline, the byline cut off.
 */
import { inFurniture, visibleText } from './dom-text';
import type { TitleResult } from './extract-title';

/** "Whose Beowulf is it anyway? Review by William Kilbride *": a headline, then its author's name. */
const SIGNED = /^(.{6,}?)\s+(?:[Rr]eview\s+)?by\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3}[\s*†]*$/u;

/** The first heading (h1–h4) that ends with its author's name, as the headline without it. */
export function signedHeading(doc: Document): TitleResult | null {
  for (const el of doc.querySelectorAll('h1, h2, h3, h4')) {
    const m = inFurniture(el) ? null : SIGNED.exec(visibleText(el));
    if (m)
      return {
        title: m[1]!,
        siteSuffix: null,
        element: el,
        provenance: { kind: 'element', tag: el.tagName.toLowerCase(), how: 'first-heading' },
      };
  }
  return null;
}
