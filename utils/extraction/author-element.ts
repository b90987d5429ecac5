/**
 * The writer's name in an element marked as the author's, right under the headline, with no label printed
 * ("<span class="story__author">Tatum Greene</span>"). Readability reads the same marks (rel="author",
 * itemprop="author", a class or id naming the author or byline: its own byline test, which templates of every CMS
 * follow), but it drops a `<header>` holding the headline before it looks, so the byline printed there is lost.
 */

/** Readability's byline marks: rel, schema.org's itemprop, a class or id. */
const MARKED = '[rel~="author"], [itemprop~="author"], [class*="author" i], [class*="byline" i], [id*="byline" i]';
/** How many levels above the headline the article's header may be. */
const MAX_LEVELS = 3;
const MAX_CHARS = 80;

/** The text of the first author-marked element after the headline in its header, or null. */
export function authorNearHeadline(headline: Element | null): string | null {
  let box = headline?.parentElement ?? null;
  for (let level = 0; box && level < MAX_LEVELS; level++, box = box.parentElement) {
    for (const el of box.querySelectorAll(MARKED)) {
      // After the headline, not an author box's outer wrapper nor a list of other items' authors.
      if (!(headline!.compareDocumentPosition(el) & 4) || el.closest('li, aside, nav, footer')) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && text.length <= MAX_CHARS) return text;
    }
    if (box.matches('article, main, body')) break;
  }
  return null;
}
