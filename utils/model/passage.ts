/** What makes two highlights one: the passage they mark, found in the text regardless of its white space. */
import type { Highlight } from './article';

/** Text without its white space: what highlights are matched on. */
export const compact = (text: string) => text.replace(/\s+/gu, '');

/** Whether two highlights are on the same passage: the same text (white space aside), the same occurrence of it. */
export const samePassage = (a: Pick<Highlight, 'text' | 'occurrence'>, b: Pick<Highlight, 'text' | 'occurrence'>) =>
  (a.occurrence ?? 0) === (b.occurrence ?? 0) && compact(a.text) === compact(b.text);

/**
 * Two copies' highlights as one list (an import's merge): `newer`'s, then each of `older`'s that is not already
 * there. A highlight of a passage `newer` marks too is dropped only when it adds no note of its own: two different
 * notes are two annotations, and neither is lost.
 */
export function uniteHighlights(newer: readonly Highlight[], older: readonly Highlight[]): Highlight[] {
  const out = [...newer];
  for (const h of older)
    if (!out.some((x) => samePassage(x, h) && (h.note === null || h.note === x.note || x.createdAt === h.createdAt)))
      out.push(h);
  return out;
}
