/** What makes two highlights one: the passage they mark, found in the text regardless of its white space. */
import type { Highlight } from './article';

/** Text without its white space: what highlights are matched on. */
export const compact = (text: string) => text.replace(/\s+/gu, '');

/** Whether two highlights are on the same passage: the same text (white space aside), the same occurrence of it. */
export const samePassage = (a: Pick<Highlight, 'text' | 'occurrence'>, b: Pick<Highlight, 'text' | 'occurrence'>) =>
  (a.occurrence ?? 0) === (b.occurrence ?? 0) && compact(a.text) === compact(b.text);

/** The same highlight: one passage, made at one time (its note may have been edited since). */
const sameHighlight = (a: Highlight, b: Highlight) => a.createdAt === b.createdAt && samePassage(a, b);
/** When a highlight's note was last written. */
const noteTime = (h: Highlight) => h.noteAt ?? h.createdAt;

/**
 * Two copies' highlights as one list (an import's merge), `newer`'s order first. The same highlight in both keeps
 * the note edited last (the newer copy's on a tie); then each passage keeps one highlight per note: a highlight
 * without a note gives way to one with a note, and two different notes are both kept, so no note is lost.
 */
export function uniteHighlights(newer: readonly Highlight[], older: readonly Highlight[]): Highlight[] {
  const all = [
    ...newer.map((h) => {
      const o = older.find((x) => sameHighlight(x, h));
      return o && noteTime(o) > noteTime(h) ? o : h;
    }),
    ...older.filter((h) => !newer.some((x) => sameHighlight(x, h))),
  ];
  // Dropped: a highlight whose passage another has with a note (when it has none), or an earlier one with its note.
  return all.filter(
    (h, i) =>
      !all.some(
        (x, j) =>
          j !== i && samePassage(x, h) && (h.note === null ? x.note !== null || j < i : x.note === h.note && j < i),
      ),
  );
}
