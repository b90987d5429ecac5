/**
 * What the page prints around its headline, read before Readability runs: the headline's element, the label printed
 * right above it (a column or category: "Health", "Media release", プレスリリース), and the wrappers that hold the
 * headline with the story's paragraphs, which Readability must not drop for a class word ("layout-sidebar",
 * "community-news"; session 42, R58).
 */
import { Readability } from '@mozilla/readability';
import { foldSpace } from './dom-text';
import { bodyLines } from './body-lines';

/** A subtitle printed inside the headline's element after it (<h1>Title<br><span>―subtitle―</span></h1>): this long at most. */
const MAX_SUBTITLE = 120;

/** The headline's element: the first h1 or h2 whose text is the headline, or the headline and a subtitle after it. */
export function headlineElement(doc: Document, title: string): Element | null {
  if (!title) return null;
  for (const h of doc.querySelectorAll('h1, h2, h3')) {
    const text = foldSpace(h.textContent ?? '');
    if (text.startsWith(title) && text.length - title.length <= MAX_SUBTITLE) return h;
  }
  return null;
}

/** Longest label above a headline: a column's or category's name, a few words. */
const MAX_KICKER = 40;

/**
 * The labels printed right above the headline in their own element (a category chip, a column's or release type's
 * name, or a row of chips: プレスリリース・研究成果⏎材料科学; session 61, R239): a few words ending no sentence, no date.
 * Readability keeps them as the body's first lines.
 */
export function kickerAbove(headline: Element | null): string[] {
  const above = headline?.previousElementSibling;
  if (!above || above.querySelector('img, time')) return [];
  const text = foldSpace(above.textContent ?? '');
  return text && text.length <= MAX_KICKER && !/\d|[.!?。！？:：]$/u.test(text)
    ? bodyLines(above).map((l) => l.text)
    : [];
}

interface Patterns {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
}
// Readability's own patterns, so this stays in step with the version we ship.
const PATTERNS = (Readability.prototype as unknown as { REGEXPS?: Patterns }).REGEXPS;
/** Paragraphs of prose an element must hold, beside the headline, to be the article's container. */
const MIN_PARAGRAPHS = 2;
const MIN_PARAGRAPH = 80;

/**
 * An element holding the headline and the story's paragraphs is the article's container, whatever its class says:
 * Readability drops an element whose class or id names a sidebar, header or community ("layout-sidebar" wrapping
 * "layout-sidebar__main", where the story is), and then reads the page's footer as the text. Those words are taken
 * off such containers in the document Readability reads (a clone, or the caller's disposable copy).
 */
export function keepStoryContainers(headline: Element | null): void {
  if (!PATTERNS) return;
  for (let e = headline?.parentElement; e && e.tagName !== 'BODY'; e = e.parentElement) {
    const match = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (!PATTERNS.unlikelyCandidates.test(match) || PATTERNS.okMaybeItsACandidate.test(match)) continue;
    if (!holdsProse(e)) continue;
    e.removeAttribute('class');
    e.removeAttribute('id');
  }
}

const holdsProse = (e: Element): boolean =>
  [...e.querySelectorAll('p')].filter((p) => foldSpace(p.textContent ?? '').length >= MIN_PARAGRAPH).length >=
  MIN_PARAGRAPHS;

/** The nearest element holding the headline and the story's paragraphs, where no <article> or <main> marks it. */
export function storyBox(headline: Element): Element | null {
  for (let e = headline.parentElement; e && e.tagName !== 'BODY'; e = e.parentElement) if (holdsProse(e)) return e;
  return null;
}
