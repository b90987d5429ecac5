/**
 * Initiatives an English text names as such, its own word before the name ("a table-top exercise, Atlantic Storm",
 * "a new initiative - the Scottish Centre for …", "a program called …"). Split from find-english-programs.ts.
 */
import { EN_WORD } from './english-degree-programs';

/** Words of a body's name: what follows them is a body, not an initiative. */
export const BODY_WORDS =
  /\b(?:University|College|School|Department|Faculty|Ministry|Government|Company|Corporation|Inc|Ltd|Agency|Office)\b/;
/** A role opens a person's name (the … program, Interim President J. Larry Jameson), not an initiative's. */
const ROLE_WORDS = /\b(?:President|Provost|Chancellor|Vice-Chancellor|Dean|Professor|Director|Minister|Secretary)\b/;
const CALLED = '(?:called|named|dubbed|known\\s+as)';
/** One word that names a project alone: capitals joined by a hyphen (CLEAR-Teen, SHARE-AMR). */
const HYPHENED = /^[A-Z][A-Za-z\d]*-[A-Z][A-Za-z\d]*$/;
/** What a text calls an initiative before naming it: "a new initiative - the …", "an exercise, …", "a program called …". */
const NAMED_AS = new RegExp(
  `\\b(?:initiative|programme|program|project|scheme|exercise|competition|campaign)(?:\\s*[,:–—](?:\\s*${CALLED})?|\\s-|,?\\s+${CALLED})\\s*(?:the\\s+)?(${EN_WORD}(?:\\s+(?:(?:of|for|on|and|in)\\s+)?${EN_WORD}){0,7})`,
  'g',
);

/**
 * Initiatives the text names as such without a program word in the name ("a table-top exercise, Atlantic Storm";
 * "a new initiative - the Scottish Centre for …"): the text's own word says what they are, so they are programs
 * even when their name reads like an organization's.
 */
export function namedInitiatives(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(NAMED_AS)) {
    const name = m[1]!.replace(/\s+/g, ' ').replace(/^(?:The|A|An)\s+/, '');
    // "the project, University of X researchers said": a body of people after the comma is not the name.
    if ((name.includes(' ') || HYPHENED.test(name)) && !BODY_WORDS.test(name) && !ROLE_WORDS.test(name)) out.add(name);
  }
  return [...out];
}
