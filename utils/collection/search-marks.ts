/**
 * Where a text holds what a search asked for, to mark it (the list's rows, the reader): read with the search's own
 * rules (search-words.ts), so a mark is shown exactly where the search matched. Case is ignored and Han folded on
 * both sides (张翔 marks 張翔); a Latin word is marked whole where a query word is its prefix (grant: grants) or a
 * query plural's singular is (grants: grant); a quoted phrase is marked whole and only
 * as a phrase, a Chinese word wherever it occurs.
 */
import { foldHan } from '../model/han-fold';
import { HAN_RUN, latinWordsAt, phraseText, QUOTED, queryPhrases, queryTokens, singular } from './search-words';

/** A stretch of a text to mark: [start, end) in UTF-16 units of the text as given. */
export interface MarkRange {
  start: number;
  end: number;
}

/** The ranges to mark in a text, in order and apart; made once per query by searchMarker(). */
export type SearchMarker = (text: string) => MarkRange[];

const SPACE = /\s/;

/**
 * The text as phraseText() reads it (lower case, spaces collapsed, ’ as ', Han folded), with for each of its
 * units the place in `text` it came from: phrases are found in it, and the marks are placed back in `text`. Lower
 * case unit by unit, where it keeps the length (not İ), so that every place stays where it was.
 */
function normalised(text: string): { norm: string; from: number[] } {
  let raw = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const low = c.toLowerCase();
    if (SPACE.test(c)) {
      if (raw.endsWith(' ')) continue;
      raw += ' ';
    } else raw += low.length === 1 ? low : c;
    from.push(i);
  }
  return { norm: phraseText(raw), from };
}

/** The marker of a query, or null when it asks for nothing to mark. */
export function searchMarker(query: string): SearchMarker | null {
  // Quoted phrases, as a result must hold them (queryPhrases), marked only where they occur as phrases: their words,
  // Han or Latin, are not marked one by one (a user quotes to exclude them). A quoted stretch that is no phrase (one
  // short word) is read as words.
  const phrases = new Set(queryPhrases(query));
  const needles = new Set<string>();
  const words = query.replace(QUOTED, (all, inner: string) => {
    const phrase = phraseText(inner).trim();
    if (!phrases.has(phrase)) return all;
    needles.add(phrase);
    return ' ';
  });
  const latin = queryTokens(words.replace(HAN_RUN, ' '));
  // Chinese words outside quotes, wherever they occur (a long one whole, as queryPhrases reads it).
  for (const m of words.matchAll(HAN_RUN)) needles.add(foldHan(m[0]));
  if (!latin.length && !needles.size) return null;
  return (text) => {
    const { norm, from } = normalised(text);
    const found: MarkRange[] = [];
    for (const n of needles)
      for (let at = norm.indexOf(n); at >= 0; at = norm.indexOf(n, at + n.length))
        found.push({ start: at, end: at + n.length });
    if (latin.length)
      for (const [word, at, length] of latinWordsAt(norm.replace(HAN_RUN, (run) => ' '.repeat(run.length)))) {
        const one = singular(word);
        if (latin.some((q) => word.startsWith(q) || one.startsWith(q))) found.push({ start: at, end: at + length });
      }
    return merged(found).map((r) => ({ start: from[r.start]!, end: from[r.end - 1]! + 1 }));
  };
}

/** Ranges sorted and overlapping ones joined. */
function merged(ranges: MarkRange[]): MarkRange[] {
  ranges.sort((a, b) => a.start - b.start);
  const out: MarkRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** `text` cut at the ranges: the pieces in order, each marked or not (for a component to draw). */
export function markedPieces(text: string, ranges: readonly MarkRange[]): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), marked: false });
    out.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
