/** The export file's shape as a schema (valibot): what import accepts, with defaults for optional fields. */
import * as v from 'valibot';

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))?)?)?$/;
const text = v.string();
const maybeText = v.nullish(v.string(), null);

/** Earliest year a date may name: publication dates of university news; clip dates must be later still. */
const MIN_PUBLISHED_YEAR = 1900;
const MIN_CLIPPED_YEAR = 1990;
/** How far past now a date may lie (clocks differ): a forged future updatedAt would win every later merge. */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

/** Whether `s` is an ISO 8601 date (month precision or finer) that exists, in [minYear, now + slack]. */
export function isSaneDate(s: string, minYear: number, now = Date.now()): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [, y, mo, d, h, mi, sec, oh, om] = m.map((x) => (x === undefined ? undefined : Number(x)));
  if (y! < minYear || mo! < 1 || mo! > 12) return false;
  if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y!, mo!, 0)).getUTCDate())) return false;
  if (h !== undefined && (h > 23 || mi! > 59 || (sec ?? 0) > 59)) return false;
  if (oh !== undefined && (oh > 14 || om! > 59)) return false;
  const t = Date.parse(d === undefined ? `${s}-01` : s);
  return Number.isFinite(t) && t <= now + FUTURE_SLACK_MS;
}

/** Whether `s` is an absolute http or https URL (nothing else is stored or linked). */
export function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

const webUrl = v.pipe(text, v.check(isWebUrl));
const published = v.pipe(
  text,
  v.check((s) => isSaneDate(s, MIN_PUBLISHED_YEAR)),
);
const instant = v.pipe(
  text,
  v.check((s) => isSaneDate(s, MIN_CLIPPED_YEAR)),
);

export const ArticleSchema = v.object({
  id: v.optional(text),
  url: webUrl,
  canonicalUrl: v.nullish(webUrl, null),
  site: v.optional(v.object({ host: v.optional(text), name: maybeText, university: maybeText }), {}),
  title: v.pipe(text, v.trim(), v.nonEmpty()),
  publishedAt: v.nullish(published, null),
  byline: v.optional(v.array(v.object({ name: text, role: maybeText })), []),
  source: maybeText,
  views: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0)), null),
  lang: v.optional(text, 'und'),
  excerpt: v.optional(text, ''),
  contentHtml: v.optional(text, ''),
  textContent: v.optional(text, ''),
  attachments: v.optional(v.array(v.object({ name: text, url: webUrl })), []),
  tags: v.optional(v.array(text), []),
  entities: v.optional(
    v.array(
      v.object({
        text,
        kind: v.picklist(['person', 'program', 'organization']),
        role: v.nullish(text),
        count: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    ),
    [],
  ),
  highlights: v.optional(v.array(v.object({ text, note: maybeText, createdAt: instant })), []),
  clippedAt: v.optional(instant),
  updatedAt: v.optional(instant),
});

export type ImportedArticle = v.InferOutput<typeof ArticleSchema>;

export const FileSchema = v.object({
  format: v.string(),
  version: v.unknown(),
  articles: v.array(v.unknown()),
});

/** The field a failed article check points at ("title", "views", "attachments.url"). */
export function failedField(issues: readonly v.BaseIssue<unknown>[]): string {
  const keys = (issues[0]?.path ?? []).map((p) => p.key).filter((k): k is string => typeof k === 'string');
  return keys.length ? keys.join('.') : 'article';
}
