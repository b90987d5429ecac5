/**
 * Traditional Chinese read as simplified by the name finders, whose words are written in simplified (校长, 计划,
 * 张): one character for one (OpenCC's table, zh-fold-table.ts), so an offset into the folded text is an offset
 * into the page's, and a name found there is printed as the page prints it. 「」『』 read as “”‘’.
 */
import { FOLD_FROM, FOLD_PHRASES, FOLD_TO } from './zh-fold-table';

const QUOTES_FROM = '「」『』';
const QUOTES_TO = '“”‘’';
const CHARS = new Map([...(FOLD_FROM + QUOTES_FROM)].map((c, i) => [c, (FOLD_TO + QUOTES_TO)[i]!]));
const PHRASES = new Map(FOLD_PHRASES);
const FOLDED = new RegExp(`${[...PHRASES.keys()].join('|')}|[${FOLD_FROM}${QUOTES_FROM}]`, 'gu');

/** `text` with its traditional characters simplified; the same string when there are none. */
export function foldToSimplified(text: string): string {
  return text.replace(FOLDED, (s) => PHRASES.get(s) ?? CHARS.get(s) ?? s);
}

/** What the page prints where `folded` (a name found in the folded text) first stands. */
export function printedForm(text: string, foldedText: string, folded: string): string {
  const at = foldedText.indexOf(folded);
  return at < 0 ? folded : text.slice(at, at + folded.length);
}
