/**
 * The quick verdict, tried before the walk: most article loads are settled by the few hundred characters right
 * after the headline. Every page load runs in a fresh isolated world, where each DOM type touched, each function
 * and each regex costs its first-use price (the walk alone costs ~6 ms of that, however small the page). So this
 * reads one string, the body's `textContent`, finds the headline there by the <title> it matches, and tests the
 * text after it with the labelled-date and view-counter regexes, on windows short enough (under 1,000 characters)
 * that V8 keeps each regex in its interpreter instead of compiling it to machine code. It only ever says
 * "article"; a page it cannot settle goes to the walk, which decides as before. Split in two so the page runs only
 * the reading (readHeadline, injected as a function) and the background the regexes (evidenceInWindows).
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

/** Where to look for the headline: a <title> part's start (`key`) and how many characters from it to read. */
export interface HeadlineLook {
  part: string;
  key: string;
  length: number;
}

/** The first two <title> parts, as looks (the text is searched for the first, then the second). */
export function headlineLooks(title: string): HeadlineLook[] {
  return titleParts(title)
    .slice(0, 2)
    .map((part) => ({
      part,
      // The part's start: a headline can differ from <title> further on ("Headline-Site" with no spaces to split at).
      key: part.slice(0, Math.min(HEADLINE_KEY, Math.ceil((part.length * 2) / 3))),
      // The meta line starts after the whole part when the text prints it, else after the key; it runs META more.
      length: part.length + META + PROSE,
    }));
}

/** What the page gives the background for the quick verdict (utils/platform/protocol.ts checks its shape). */
export interface HeadlineRead {
  /** The document's address (the tab may have moved on since the background planned the load). */
  href: string;
  /** document.title, which the tab's title only usually equals. */
  title: string;
  /** Per look, the text from where its key is first printed, `length` characters long; null where it is not. */
  windows: (string | null)[];
}

/**
 * The page's half of the quick verdict. No regex and nothing named outside itself: the background injects it as a
 * function (scripting.executeScript `func`, sent as its source, `doc` left to default), so the page compiles almost
 * nothing; `doc.URL` is `location.href` without building a Location.
 */
export function readHeadline(looks: Pick<HeadlineLook, 'key' | 'length'>[], doc: Document = document): HeadlineRead {
  const text = doc.body?.textContent ?? '';
  const windows = looks.map((l) => {
    const at = text.indexOf(l.key);
    return at < 0 ? null : text.slice(at, at + l.length);
  });
  return { href: doc.URL, title: doc.title, windows };
}

/**
 * Why the text after the headline says "article" (a labelled date or a view counter beside it), or null, from
 * what readHeadline read for these looks: run in the background, whose regexes stay compiled between loads.
 */
export function evidenceInWindows(looks: HeadlineLook[], windows: (string | null)[], now: Date): string | null {
  for (let i = 0; i < looks.length; i++) {
    const { part, key } = looks[i]!;
    const window = windows[i];
    if (window == null) continue;
    const start = window.startsWith(part) ? part.length : key.length;
    const after = window.slice(start).toLowerCase();
    const meta = withoutMaintenanceDates(after.slice(0, part.length + META - start));
    // A plain date there is not enough: on the corpus it also settled link-heavy and list pages the walk rejects.
    const evidence = hasLabelledDate(meta, now) ? 'labelled date' : VIEW_COUNTER.test(meta) ? 'view counter' : null;
    // The first place the headline is printed decides: a later one is a related-stories link or a footer.
    if (!evidence) return null;
    // split() cuts at every match: the walk's own sentence test, counted, with no second regex to compile.
    return after.slice(-PROSE).split(SENTENCE).length > MIN_SENTENCES ? evidence : null;
  }
  return null;
}

/** Why the text after the headline says "article", or null: the two halves above on one document (tests, eval). */
export function headlineEvidence(doc: Document, now: Date): string | null {
  const looks = headlineLooks(doc.title);
  return evidenceInWindows(looks, readHeadline(looks, doc).windows, now);
}
