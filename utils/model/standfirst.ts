/**
 * The standfirst the reader shows under the headline: an article's excerpt when it is not the start of its text.
 * Extraction keeps a page's printed standfirst (dek, subtitle) out of the text and in the excerpt; any other
 * excerpt is the text's first sentences (or, from older exports, nothing), which the body shows already.
 */
import type { Article } from './article';

const bare = (s: string) => s.replace(/[\s\u00a0\u3000…]+/g, '');

/** The excerpt to show over the text, or null when the text opens with it. */
export function standfirstOf(a: Pick<Article, 'excerpt' | 'textContent'>): string | null {
  const excerpt = a.excerpt.trim();
  if (!excerpt) return null;
  // An excerpt cut short ends in an ellipsis, or a word cut in half: compare what it holds.
  // The text's opening is enough to compare (a clip may be megabytes long).
  const opening = a.textContent.slice(0, excerpt.length * 2 + 200);
  return bare(opening).startsWith(bare(excerpt)) ? null : excerpt;
}

/** The text key names are read from: the standfirst the text leaves out, then the text (save-draft.ts, the evals). */
export function namesText(a: Pick<Article, 'excerpt' | 'textContent'>): string {
  const standfirst = standfirstOf(a);
  return standfirst ? `${standfirst}\n${a.textContent}` : a.textContent;
}
