/**
 * The user's corrections outlive a re-clip: the review records which fields the user corrected (corrections.ts
 * patchFrom), and a re-clip keeps the user's value of each of them (save-draft.ts), taking the page's for the rest.
 */
import type { Article, CorrectedField } from '../model/article';

type Fields = Pick<Article, 'title' | 'publishedAt' | 'byline' | 'source' | 'views' | 'site'>;

/** `next` (what the page gives now) with the user's value of every field `old` records as corrected. */
export function keepCorrections<T extends Fields>(
  next: T,
  old: Pick<Article, keyof Fields | 'corrected'> | undefined,
): T {
  if (!old?.corrected?.length) return next;
  const out = { ...next, site: { ...next.site } };
  for (const f of old.corrected) set(out, f, old);
  return out;
}

function set(out: Fields, f: CorrectedField, from: Fields): void {
  if (f === 'site.name') out.site.name = from.site.name;
  else if (f === 'site.university') out.site.university = from.site.university;
  else (out as unknown as Record<CorrectedField, unknown>)[f] = from[f];
}
