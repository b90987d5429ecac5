/**
 * The user's corrections outlive a re-clip: the review records each field the user corrected with what the page
 * printed for it (corrections.ts patchFrom), and a re-clip keeps the user's value of each (save-draft.ts), takes the
 * page's for the rest, and notes where the page now prints something else than it did. An import merge keeps the
 * corrections of both copies (mergeCorrections).
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

/** `a` with the page's value of each field it records as corrected (what the page printed when last clipped). */
export function pageValues<T extends Fields & Pick<Article, 'corrected'>>(a: T): T {
  const out = { ...a, site: { ...a.site } };
  for (const f of CORRECTED_FIELDS) if (a.corrected && f in a.corrected) set(out, f, a.corrected[f]);
  return out;
}

/** Equal values: a list of credits compares by its content. */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Kept<T> {
  /** `next` with the user's value of every corrected field. */
  fields: T;
  /** The record to store: the page's values now; `{}` for a new or older row (`old.corrected` absent). */
  corrected: Corrected;
  /**
   * Corrected fields the page now prints otherwise than when last clipped, in the contract's order. Never the view
   * count: a counter moves on its own, so its change is no news (its value is still recorded in `corrected`).
   */
  pageChanged: CorrectedField[];
}

/**
 * Whether the page's view count supersedes the user's: the user raised a count the page printed too low, and the
 * page's own count has since reached it (a count only grows, so the page is right again). A count the user lowered
 * stays theirs.
 */
const countCaughtUp = (user: unknown, recorded: unknown, page: unknown) =>
  typeof user === 'number' &&
  typeof page === 'number' &&
  (typeof recorded !== 'number' || user > recorded) &&
  page >= user;

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
    if (f === 'views' && countCaughtUp(old!.views, was.views, page)) continue;
    if (!sameValue(page, was[f]) && f !== 'views') pageChanged.push(f);
    (corrected as Record<CorrectedField, unknown>)[f] = page;
    set(out, f, correctable(old!, f));
  }
  return { fields: out, corrected, pageChanged };
}

/**
 * Two copies of one article merged (import-batch.ts): `newer` wins, except that a field the older copy's user
 * corrected and the newer's did not keeps the older's value, recorded with the newer's value of it when the newer
 * records corrections (then that value is the page's, and more recent). The record is the union; absent when
 * neither copy has one.
 */
export function mergeCorrections<T extends Fields & Pick<Article, 'corrected'>>(newer: T, older: T): T {
  if (!older.corrected) return newer;
  const add = CORRECTED_FIELDS.filter((f) => f in older.corrected! && !(newer.corrected && f in newer.corrected));
  if (!add.length && newer.corrected) return newer;
  const out = { ...newer, site: { ...newer.site } };
  const corrected: Record<string, unknown> = { ...newer.corrected };
  for (const f of add) {
    corrected[f] = newer.corrected ? correctable(newer, f) : older.corrected[f];
    set(out, f, correctable(older, f));
  }
  return { ...out, corrected: corrected as Corrected };
}
