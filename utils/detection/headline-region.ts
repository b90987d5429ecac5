/**
 * The quick verdict, tried before the walk: most article loads are settled by the few hundred characters right
 * after the headline. Every page load runs in a fresh isolated world, where each DOM type touched, each function
 * and each regex costs its first-use price (the walk alone costs ~6 ms of that, however small the page). So this
 * reads one string, the body's `textContent`, finds the headline there by the <title> it matches, and tests the
 * text after it with the labelled-date and view-counter regexes, on windows short enough (under 1,000 characters)
 * that V8 keeps each regex in its interpreter instead of compiling it to machine code. It only ever says
 * "article"; a page it cannot settle goes to the walk, which decides as before.
 */
import { hasLabelledDate, VIEW_COUNTER, withoutMaintenanceDates } from './date-clues';
import { SENTENCE } from './page-walk';

/** Characters of a <title> part looked for in the text (at most its first two-thirds): enough to be the headline. */
const HEADLINE_KEY = 24;
/** Characters after the headline where its meta line (date, counter) must be. */
const META = 120;
/** Characters after the meta line read for prose; under 1,000, V8's threshold for compiling a regex at once. */
const PROSE = 900;
/** Sentence marks those characters must hold: an article's text, not a list of headlines or links. */
const MIN_SENTENCES = 6;

/** The parts of a <title> between separators ("Headline - Site"), longest first: where to look for the headline. */
export function titleParts(title: string): string[] {
  return title
    .split(/\s+[-|_–—:]\s+|[|_｜—–]/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 4)
    .sort((a, b) => b.length - a.length);
}

/** Why the text after the headline says "article" (a labelled date or a view counter beside it), or null. */
export function headlineEvidence(doc: Document, now: Date): string | null {
  const text = doc.body?.textContent;
  if (!text) return null;
  for (const part of titleParts(doc.title).slice(0, 2)) {
    // The part's start: a headline can differ from <title> further on ("Headline-Site" with no spaces to split at).
    const key = part.slice(0, Math.min(HEADLINE_KEY, Math.ceil((part.length * 2) / 3)));
    const at = text.indexOf(key);
    if (at < 0) continue;
    // The meta line starts after the whole part when the text prints it, else after the key; it runs META more.
    const start = at + (text.startsWith(part, at) ? part.length : key.length);
    const after = text.slice(start, at + part.length + META + PROSE).toLowerCase();
    const meta = withoutMaintenanceDates(after.slice(0, at + part.length + META - start));
    // A plain date there is not enough: on the corpus it also settled link-heavy and list pages the walk rejects.
    const evidence = hasLabelledDate(meta, now) ? 'labelled date' : VIEW_COUNTER.test(meta) ? 'view counter' : null;
    // The first place the headline is printed decides: a later one is a related-stories link or a footer.
    if (!evidence) return null;
    // split() cuts at every match: the walk's own sentence test, counted, with no second regex to compile.
    return after.slice(-PROSE).split(SENTENCE).length > MIN_SENTENCES ? evidence : null;
  }
  return null;
}
