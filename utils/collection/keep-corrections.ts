/**
 * The user's corrections outlive a re-clip: the review records each field the user corrected with what the page
 * printed for it (corrections.ts patchFrom), and a re-clip keeps the user's value of each (save-draft.ts), takes the
 * page's for the rest, and notes where the page now prints something else than it did.
 */
import {
  CORRECTED_FIELDS,
  type Article,
  type CorrectableValues,
  type Corrected,
  type CorrectedField,
} from '../model/article';

type Fields = Pick<Article, 'title' | 'publishedAt' | 'byline' | 'source' | 'views' | 'site'>;

/** The value of one correctable field of an article (or of what a page gives). */
export function correctable<F extends CorrectedField>(a: Fields, f: F): CorrectableValues[F] {
  const v = f === 'site.name' ? a.site.name : f === 'site.university' ? a.site.university : a[f as keyof Fields];
  return v as CorrectableValues[F];
}

function set(out: Fields, f: CorrectedField, value: unknown): void {
  if (f === 'site.name') out.site.name = value as string | null;
  else if (f === 'site.university') out.site.university = value as string | null;
  else (out as unknown as Record<CorrectedField, unknown>)[f] = value;
}

/** Equal values: a list of credits compares by its content. */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Kept<T> {
  /** `next` with the user's value of every corrected field. */
  fields: T;
  /** The record to store: the page's values now; `{}` for a new or older row (`old.corrected` absent). */
  corrected: Corrected;
  /** Corrected fields the page now prints otherwise than when last clipped, in the contract's order. */
  pageChanged: CorrectedField[];
}

/** `next` (what the page gives now) with the user's value of every field `old` records as corrected. */
export function keepCorrections<T extends Fields>(
  next: T,
  old: Pick<Article, keyof Fields | 'corrected'> | undefined,
): Kept<T> {
  const was = old?.corrected ?? {};
  const out = { ...next, site: { ...next.site } };
  const corrected: Corrected = {};
  const pageChanged: CorrectedField[] = [];
  for (const f of CORRECTED_FIELDS.filter((k) => k in was)) {
    const page = correctable(next, f);
    if (!sameValue(page, was[f])) pageChanged.push(f);
    (corrected as Record<CorrectedField, unknown>)[f] = page;
    set(out, f, correctable(old!, f));
  }
  return { fields: out, corrected, pageChanged };
}
