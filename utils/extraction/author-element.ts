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
/**
 * Parts of a byline box that name no writer: the writer's office, title or address (<span class="author-org">Ohio
 * State News</span> ran into the name as "Hannah Porter Ohio State"; session 49, R124).
 */
// Nor is the date a line marked as the author's prints beside the name (<p class="date-author"><span class="date">14
// May 2024</span> - <span class="author">…; session 60, R229).
const NOT_THE_NAME =
  /(?:^|[-_\s])(?:org|organi[sz]ation|affiliation|dept|department|title|role|position|job|email|contact|bio|date|time)(?:$|[-_\s])/i;

/** An element's text without the parts that name no writer. */
function nameText(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let skip = false;
    for (let e = n.parentElement; e && e !== el && !skip; e = e.parentElement)
      skip =
        NOT_THE_NAME.test(e.getAttribute('class') ?? '') ||
        /^mailto:/i.test(e.getAttribute('href') ?? '') ||
        e.tagName === 'TIME';
    if (!skip) text += ` ${n.nodeValue ?? ''}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of the first author-marked element after the headline in its header, or null. */
export function authorNearHeadline(headline: Element | null): string | null {
  let box = headline?.parentElement ?? null;
  for (let level = 0; box && level < MAX_LEVELS; level++, box = box.parentElement) {
    for (const el of box.querySelectorAll(MARKED)) {
      // After the headline, not an author box's outer wrapper nor a list of other items' authors.
      if (!(headline!.compareDocumentPosition(el) & 4) || el.closest('li, aside, nav, footer')) continue;
      const text = nameText(el);
      if (text && text.length <= MAX_CHARS) return text;
    }
    if (box.matches('article, main, body')) break;
  }
  return null;
}
