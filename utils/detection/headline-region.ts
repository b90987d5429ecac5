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
import {
  hasLabelledDate,
  NAMED_DATE_LABEL,
  PUBLICATION_LABEL,
  VIEW_COUNTER,
  withoutMaintenanceDates,
} from './date-clues';
import { SENTENCE } from './page-walk';
import { labelsAnEvent, labelsAPolicy, standingColumn, titleParts, trailBefore } from './page-kind';

// The <title>'s parts are made in page-kind.ts (its title tests read them too); the judge and tests import them here.
export { titleParts };

/** Characters read before the headline: where its breadcrumb is ("当前位置：首页 > 师资队伍 > 正文"). */
const BACK = 120;
/** Characters of a <title> part looked for in the text (at most its first two-thirds): enough to be the headline. */
const HEADLINE_KEY = 24;
/** Characters after the headline where its meta line (date, counter) must be. */
const META = 120;
/** Characters after the meta line read for prose; under 1,000, V8's threshold for compiling a regex at once. */
const PROSE = 900;
/** Sentence marks those characters must hold: an article's text, not a list of headlines or links. */
const MIN_SENTENCES = 6;

/**
 * Where to look for the headline: a <title> part's start (`key`), how many characters before it to read (`back`),
 * and how many in all (`length`, `back` included).
 */
export interface HeadlineLook {
  part: string;
  key: string;
  back: number;
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
      back: BACK,
      // The meta line starts after the whole part when the text prints it, else after the key; it runs META more.
      length: BACK + part.length + META + PROSE,
    }));
}

/** What the page gives the background for the quick verdict (utils/platform/protocol.ts checks its shape). */
export interface HeadlineRead {
  /** The document's address (the tab may have moved on since the background planned the load). */
  href: string;
  /** document.title, which the tab's title only usually equals. */
  title: string;
  /**
   * Per look, the text from `back` characters before where its key is first printed (or from the start), up to
   * `length` characters; null where it is not printed.
   */
  windows: (string | null)[];
}

/**
 * The page's half of the quick verdict. No regex and nothing named outside itself: the background injects it as a
 * function (scripting.executeScript `func`, sent as its source, `doc` left to default), so the page compiles almost
 * nothing; `doc.URL` is `location.href` without building a Location.
 */
export function readHeadline(
  looks: Pick<HeadlineLook, 'key' | 'back' | 'length'>[],
  doc: Document = document,
): HeadlineRead {
  const text = doc.body?.textContent ?? '';
  const windows = looks.map((l) => {
    const at = text.indexOf(l.key);
    return at < 0 ? null : text.slice(at > l.back ? at - l.back : 0, at - l.back + l.length);
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
    const read = windows[i];
    if (read == null) continue;
    // The key's first print in the text is its first in the window, which starts before it.
    const at = read.indexOf(key);
    if (at < 0) return null;
    const window = read.slice(at);
    const start = window.startsWith(part) ? part.length : key.length;
    const after = window.slice(start).toLowerCase();
    const meta = withoutMaintenanceDates(after.slice(0, part.length + META - start));
    // A plain date there is not enough: on the corpus it also settled link-heavy and list pages the walk rejects. Nor
    // is a bare "Date:", which an event's details print over its own date: the walk reads those details.
    const evidence = hasLabelledDate(meta, now, NAMED_DATE_LABEL)
      ? 'labelled date'
      : VIEW_COUNTER.test(meta)
        ? 'view counter'
        : null;
    // The first place the headline is printed decides: a later one is a related-stories link or a footer.
    if (!evidence) return null;
    // What the walk refuses whatever the date says is left to it: a college's standing column (its breadcrumb just
    // before the headline), an event's labels with no publication label or counter, a policy's fields.
    if (standingColumn(trailBefore(read.slice(0, at)))) return null;
    const published = evidence === 'view counter' || hasLabelledDate(meta, now, PUBLICATION_LABEL);
    if ((!published && labelsAnEvent(meta)) || labelsAPolicy(meta)) return null;
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
