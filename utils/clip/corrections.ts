/**
 * Turning what the user typed in the clip review back into article fields, and checking it: a wrong
 * date or count is refused with a reason instead of being stored.
 */
import { isPublishedAt } from '../model/dates';
import type { Article, BylineEntry } from '../model/article';

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

export type CorrectionResult = { ok: true; patch: Partial<Article> } | { ok: false; field: keyof CorrectionForm };

/** The article fields a filled-in form stands for, or the first field that cannot be right. */
export function patchFrom(form: CorrectionForm, a: Article): CorrectionResult {
  const title = form.title.trim();
  if (!title) return { ok: false, field: 'title' };
  const date = form.publishedAt.trim();
  if (date && !isPublishedAt(date)) return { ok: false, field: 'publishedAt' };
  const views = form.views.trim().replace(/[,，]/g, '');
  if (views && !/^\d{1,12}$/.test(views)) return { ok: false, field: 'views' };
  return {
    ok: true,
    patch: {
      title,
      publishedAt: date || null,
      source: form.source.trim() || null,
      views: views ? Number(views) : null,
      byline: parseBylineText(form.byline),
      site: { ...a.site, name: form.siteName.trim() || null, university: form.university.trim() || null },
    },
  };
}
