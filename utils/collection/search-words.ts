/**
 * Words for the search index. Chinese has no spaces and Intl.Segmenter splits names into single
 * characters (卢|建|军), so every run of Han characters also contributes its character bigrams; Latin
 * text contributes lower-cased words. Queries are cut the same way, so 「卢建军」 finds 卢建 ∩ 建军.
 * A one-character query matches as a prefix: every character but a run's last starts a bigram, so the
 * index also holds each run's last character (翔 of 张翔), and only the index: a query's bigrams imply it.
 * Han characters are folded to simplified first (foldHan), on both sides: 张翔 finds 張翔 and 張翔 finds 张翔.
 */
import { foldHan } from '../model/han-fold';

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** By code point: a character outside the BMP is one character, not a lone half. */
const LAST_CHAR = /.$/u;

/** Bump when the words of a text change: the stored search index records it and is rebuilt on a mismatch. */
export const TOKENIZER_VERSION = 4;

function hanTokens(run: string, out: Set<string>): void {
  if (run.length === 1) {
    out.add(run);
    return;
  }
  for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
}

/** Add the index words of a text to `out`. */
export function searchWordSet(text: string, out = new Set<string>()): Set<string> {
  const folded = foldHan(text);
  for (const m of folded.matchAll(HAN_RUN)) {
    hanTokens(m[0], out);
    out.add(LAST_CHAR.exec(m[0])![0]);
  }
  const latin = folded.replace(HAN_RUN, ' ').toLowerCase();
  for (const m of latin.matchAll(LATIN_WORD))
    if (m[0].length >= 2 || /\d/.test(m[0])) out.add(m[0].replace(/['’]s$/, ''));
  return out;
}

/** The index words of a text (deduplicated). */
export function searchWords(text: string): string[] {
  return [...searchWordSet(text)];
}

/** The tokens of a query; each must match (as a prefix) some index word of a result. */
export function queryTokens(query: string): string[] {
  const out = new Set<string>();
  for (const m of query.matchAll(HAN_RUN)) hanTokens(foldHan(m[0]), out);
  for (const m of query.replace(HAN_RUN, ' ').toLowerCase().matchAll(LATIN_WORD)) out.add(m[0]);
  return [...out];
}

const QUOTED = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]/g;
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

/** Text normalised as queryPhrases() normalises a phrase: lower case, spaces collapsed, Han folded. */
export function phraseText(text: string): string {
  return foldHan(text.toLowerCase().replace(SPACES, ' '));
}
