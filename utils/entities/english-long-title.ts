/** Long titles before an English name: a title, its portfolio, then the name (Minister of Innovation … Mélanie Joly). */
import { GIVEN } from './english-name-words';
import { ACAP, O, plain, POST_NOMINAL, TITLES } from './english-name-shape';

/** The name reader's own check of a candidate (titles cut, no body's or place's words): the name, or null. */
type Clean = (name: string, text: string) => string | null;

/**
 * A title with its portfolio before the name, all on one run (Vice Provost for University Life Karu Kozuma said,
 * Minister of Innovation, Science and Industry Mélanie Joly, Minister for … Science James Lawless TD; session 34):
 * the name is the last two words, after at least one word of the portfolio, and stands where a name ends.
 */
const LONG_TITLE = new RegExp(
  `\\b(${TITLES})\\s+(?:for|of)\\s+(?:(?:the|and|of|for|&)[^\\S\\n]+|${ACAP},?[^\\S\\n]+){0,8}?(${ACAP})[^\\S\\n]+(${ACAP}[^\\S\\n]+${O}${ACAP})(?=(,|[^\\S\\n]+and\\b|\\.(?:\\s|$))|[^\\S\\n]+(?:(said|says|added|noted|told|welcomed|congratulated|announced)|(?:${POST_NOMINAL}))\\b)`,
  'g',
);

/**
 * A name of the long-title rule: a speech verb or a post-nominal after it; or, where a comma, "and" or a full stop
 * follows, a common given name first, a clause about a person (…for Education Jasmin Lau, who visited; session 35) or
 * a field of study before it.
 */
function longTitled(m: RegExpMatchArray, text: string, clean: Clean): string | null {
  const n = clean(m[3]!, text);
  const who = /^,\s+who\b/.test(text.slice(m.index! + m[0].length));
  // A speech verb before the title says it as surely (…," said Vice President for Research Lena Whitcomb.; session 46).
  // The title's own first words (Vice, Associate) may stand between.
  const said = /\b(?:said|says|added|adds|noted|notes|explained|explains)[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){0,2}$/.test(
    text.slice(0, m.index!),
  );
  // A field of study ends the portfolio as surely (Professor of Geosciences Elena Marquez and …; session 45, R89).
  const field = /(?:ics|ogy|ences|istry|omy|ture|sophy|Studies|History|Law)$/.test(m[2]!);
  if (!n || (m[4] && !who && !said && !field && !GIVEN.has(plain(n.split(' ')[0]!)))) return null;
  return n;
}

/** Each long title's name, its title and the portfolio's last word before it. */
export function longTitles(text: string, clean: Clean): { name: string; role: string; field: string }[] {
  const out: { name: string; role: string; field: string }[] = [];
  for (const m of text.matchAll(LONG_TITLE)) {
    const name = longTitled(m, text, clean);
    if (name) out.push({ name, role: m[1]!, field: m[2]! });
  }
  return out;
}
