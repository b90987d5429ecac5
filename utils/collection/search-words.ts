/**
 * Words for the search index. Chinese has no spaces and Intl.Segmenter splits names into single
 * characters (卢|建|军), so every run of Han characters also contributes its character bigrams; Latin
 * text contributes lower-cased words. Queries are cut the same way, so 「卢建军」 finds 卢建 ∩ 建军.
 * A one-character query matches as a prefix: every character but a run's last starts a bigram, so the
 * index also holds each run's last character (翔 of 张翔), and only the index: a query's bigrams imply it.
 * Han characters are folded to simplified first (foldHan), on both sides: 张翔 finds 張翔 and 張翔 finds 张翔.
 * A Latin word is read once, by latinWords(), for both sides: ’ is ', a possessive 's is dropped (Women’s is women),
 * and a plural query word is looked up as its singular (see singular()).
 */
import { foldHan } from '../model/han-fold';

/** A run of Han characters (search-marks.ts reads queries and texts with the same pattern). */
export const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** By code point: a character outside the BMP is one character, not a lone half. */
const LAST_CHAR = /.$/u;

/**
 * Bump when the words of a text change: the stored search index records it and is rebuilt on a mismatch.
 * 5: plurals in -ies also index their singular (universities → university); articles' notes and credit roles are
 * indexed (stored-article.ts wordsOf). 6: the excerpt is indexed (it holds the standfirst the body leaves out).
 */
export const TOKENIZER_VERSION = 6;

function hanTokens(run: string, out: Set<string>): void {
  if (run.length === 1) {
    out.add(run);
    return;
  }
  for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
}

/**
 * Each Latin word of a lower-cased text (Han runs already taken out) as search reads it (’ as ', no 's), with where
 * it starts and its length as printed: the index, queries and the marks of a search (search-marks.ts) read words here.
 */
export function* latinWordsAt(lower: string): Generator<[word: string, at: number, length: number]> {
  for (const m of lower.matchAll(LATIN_WORD))
    if (m[0].length >= 2 || /\d/.test(m[0])) yield [m[0].replace(/’/g, "'").replace(/'s$/, ''), m.index, m[0].length];
}

/** The Latin words of a text (Han runs already taken out), as search reads them: lower case, ’ as ', no 's. */
function latinWords(text: string): string[] {
  return Array.from(latinWordsAt(text.toLowerCase()), (w) => w[0]);
}

/**
 * A conservative English singular: -ies → -y (universities), -es after ss, x, z, ch or sh (classes, boxes,
 * churches), else -s not after s, u, i or ' (grants, cases; not campus, analysis, class). Words of four letters
 * or fewer stay as they are: matching is by prefix, so "news" as "new" would find every new, newly and newton.
 */
export function singular(word: string): string {
  if (word.length < 5 || !word.endsWith('s')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|[xz]|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return /[^sui']s$/.test(word) ? word.slice(0, -1) : word;
}

/** Add the index words of a text to `out`. */
export function searchWordSet(text: string, out = new Set<string>()): Set<string> {
  const folded = foldHan(text);
  for (const m of folded.matchAll(HAN_RUN)) {
    hanTokens(m[0], out);
    out.add(LAST_CHAR.exec(m[0])![0]);
  }
  for (const w of latinWords(folded.replace(HAN_RUN, ' '))) {
    out.add(w);
    // A query's plural is looked up as its singular (queryTokens), a prefix of the plural itself except for -ies:
    // only then is the singular indexed too, so that "university" also finds a text that says "universities".
    const one = singular(w);
    if (!w.startsWith(one)) out.add(one);
  }
  return out;
}

/** The index words of a text (deduplicated). */
export function searchWords(text: string): string[] {
  return [...searchWordSet(text)];
}

/**
 * The tokens of a query; each must match (as a prefix) some index word of a result. A Latin word is read as the
 * index reads it, and a plural is looked up as its singular: "grants" finds what "grant" finds (grant, grants).
 */
export function queryTokens(query: string): string[] {
  const out = new Set<string>();
  for (const m of query.matchAll(HAN_RUN)) hanTokens(foldHan(m[0]), out);
  for (const w of latinWords(query.replace(HAN_RUN, ' '))) out.add(singular(w));
  return [...out];
}

/** A quoted stretch of a query (search-marks.ts leaves a quoted phrase's words out of its word marks). */
export const QUOTED = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]/g;
const SPACES = /\s+/g;

/**
 * What a query asks for that its tokens cannot vouch for: Han runs of three or more characters (bigrams find
 * 「卢建军」 in a text holding 卢建 and 建军 apart) and quoted phrases ("climate project": words next to each
 * other). Normalised as phraseText() normalises a text; each must appear in a result's text (so normalised).
 */
export function queryPhrases(query: string): string[] {
  const out = new Set<string>();
  for (const m of query.matchAll(QUOTED)) {
    const phrase = phraseText(m[1]!).trim();
    if (phrase.includes(' ') || phrase.length >= 3) out.add(phrase);
  }
  for (const m of query.matchAll(HAN_RUN)) if (m[0].length >= 3) out.add(foldHan(m[0]));
  return [...out];
}

/** Text normalised as queryPhrases() normalises a phrase: lower case, spaces collapsed, ’ as ', Han folded. */
export function phraseText(text: string): string {
  return foldHan(text.toLowerCase().replace(SPACES, ' ').replace(/’/g, "'"));
}
