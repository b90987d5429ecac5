/**
 * Turning what the user typed in the clip review back into article fields, and checking it: a wrong
 * date or count is refused with a reason instead of being stored.
 */
import { isPublishedAt, MIN_PUBLISHED_YEAR } from '../model/dates';
import {
  CORRECTED_FIELDS,
  type Article,
  type BylineEntry,
  type Corrected,
  type CorrectedField,
} from '../model/article';
import { correctable, pageValues, sameValue } from '../collection/keep-corrections';
import { dayFirstPage, parseDate, parseMonth, timeZoneForHost } from '../extraction/parse-date';
import { zoneForLang } from '../extraction/date-zone';

/** "王海（文字）; Jane Doe (Author)": one credit per item, role in brackets. */
export function formatByline(byline: BylineEntry[]): string {
  return byline.map((b) => (b.role ? `${b.name} (${b.role})` : b.name)).join('; ');
}

export function parseBylineText(text: string): BylineEntry[] {
  return text
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/.exec(s);
      return m ? { name: m[1]!.trim(), role: m[2]!.trim() } : { name: s, role: null };
    })
    .filter((b) => b.name);
}

/** The editable fields, as the review form holds them (all strings). */
export interface CorrectionForm {
  title: string;
  publishedAt: string;
  source: string;
  views: string;
  byline: string;
  siteName: string;
  university: string;
}

/** The article field each form field corrects (a re-clip keeps it: save-draft.ts). */
const CORRECTS: Record<keyof CorrectionForm, CorrectedField> = {
  title: 'title',
  publishedAt: 'publishedAt',
  source: 'source',
  views: 'views',
  byline: 'byline',
  siteName: 'site.name',
  university: 'site.university',
};

export function formOf(a: Article): CorrectionForm {
  return {
    title: a.title,
    publishedAt: a.publishedAt ?? '',
    source: a.source ?? '',
    views: a.views === null ? '' : String(a.views),
    byline: formatByline(a.byline),
    siteName: a.site.name ?? '',
    university: a.site.university ?? '',
  };
}

/**
 * A publication date as the user typed it, in the stored form: the export's own form as it is ("2021-04-08",
 * "2003-04", "2021-04-08T23:00:00+08:00"), else what the extractor reads off a page ("April 8, 2021", "2021/4/8",
 * "2021年4月8日", "2021-04-08 23:00"), a time given the site's UTC offset and slash dates read in the site's order,
 * as when it was clipped; else a month ("April 2003"). Null when the text is not one date.
 */
export function publishedFromText(text: string, a: Pick<Article, 'site' | 'lang'>, now = new Date()): string | null {
  if (isPublishedAt(text, now.getTime())) return text;
  const host = a.site.host;
  const dayFirst = dayFirstPage(a.lang === 'und' ? null : a.lang, host);
  // The zone the clip was told in: the host's country's, else its language's (a Chinese site on a .com).
  const d = parseDate(text, zoneForLang(timeZoneForHost(host), a.lang), now, dayFirst, MIN_PUBLISHED_YEAR);
  // The date must be all that was typed (a stray word or a second number is a typo, not a date to guess around).
  if (d) return (text.slice(0, d.index) + text.slice(d.index + d.length)).trim() ? null : d.iso;
  const month = parseMonth(text, now);
  return month && isPublishedAt(month, now.getTime()) ? month : null;
}

/** The form fields the user changed (spaces around a value do not count). */
function changedFields(form: CorrectionForm, a: Article): (keyof CorrectionForm)[] {
  const was = formOf(a);
  return (Object.keys(was) as (keyof CorrectionForm)[]).filter((k) => form[k].trim() !== was[k].trim());
}

/** Whether the user changed any field of the form. */
export function formChanged(form: CorrectionForm, a: Article): boolean {
  return changedFields(form, a).length > 0;
}

export type CorrectionResult = { ok: true; patch: Partial<Article> } | { ok: false; field: keyof CorrectionForm };

/** The article fields a filled-in form stands for, or the first field that cannot be right. */
export function patchFrom(form: CorrectionForm, a: Article, now = new Date()): CorrectionResult {
  const title = form.title.trim();
  if (!title) return { ok: false, field: 'title' };
  const typed = form.publishedAt.trim();
  const date = typed && publishedFromText(typed, a, now);
  if (typed && !date) return { ok: false, field: 'publishedAt' };
  const views = form.views.trim().replace(/[,，]/g, '');
  if (views && !/^\d{1,12}$/.test(views)) return { ok: false, field: 'views' };
  const fields = {
    title,
    publishedAt: date || null,
    source: form.source.trim() || null,
    views: views ? Number(views) : null,
    byline: parseBylineText(form.byline),
    site: { ...a.site, name: form.siteName.trim() || null, university: form.university.trim() || null },
  };
  const corrected = correctedAfter(a, changedFields(form, a), fields);
  // A record emptied (every field back to the page's) stays as `{}`: absent would mark a row from before records.
  return { ok: true, patch: { ...fields, ...(a.corrected || Object.keys(corrected).length ? { corrected } : {}) } };
}

/**
 * The article's record of corrected fields with those just changed. A field corrected before keeps the page's value
 * it records; one corrected now records the article's value until now, which the page gave (in a row from before
 * corrections were recorded, it may be an earlier correction: the best there is). A field set back to the page's
 * value is no longer a correction: a re-clip takes the page's again.
 */
function correctedAfter(a: Article, changed: (keyof CorrectionForm)[], next: Parameters<typeof correctable>[0]) {
  const out: Record<string, unknown> = { ...a.corrected };
  for (const f of changed.map((k) => CORRECTS[k])) if (!(f in out)) out[f] = correctable(a, f);
  for (const f of CORRECTED_FIELDS) if (f in out && sameValue(out[f], correctable(next, f))) delete out[f];
  return out as Corrected;
}

/** The form's value of each field the article records as corrected, as the page printed it; the rest absent. */
export function pageForm(a: Article): Partial<CorrectionForm> {
  const page = formOf(pageValues(a));
  return Object.fromEntries(
    (Object.keys(CORRECTS) as (keyof CorrectionForm)[])
      .filter((k) => a.corrected && CORRECTS[k] in a.corrected)
      .map((k) => [k, page[k]]),
  );
}
