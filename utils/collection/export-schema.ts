/** The export file's shape as a schema (valibot): what import accepts, with defaults for optional fields. */
import * as v from 'valibot';
import { isInstant, isPublishedAt } from '../model/dates';

const text = v.string();
const maybeText = v.nullish(v.string(), null);

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
  v.check((s) => isPublishedAt(s)),
);
const instant = v.pipe(
  text,
  v.check((s) => isInstant(s)),
);

const title = v.pipe(text, v.trim(), v.nonEmpty());
const credits = v.array(v.object({ name: text, role: maybeText }));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const byline = v.optional(credits, []);
const views = v.nullish(count, null);
/** Site name and university (a version's since it was kept; the article's has the host too). */
const siteDetails = { name: maybeText, university: maybeText };

/** The fields the user corrected, each with the page's value, checked as the article's own field. */
const CorrectedSchema = v.strictObject({
  title: v.optional(title),
  publishedAt: v.optional(v.nullable(published)),
  byline: v.optional(credits),
  source: v.optional(v.nullable(text)),
  views: v.optional(v.nullable(count)),
  'site.name': v.optional(v.nullable(text)),
  'site.university': v.optional(v.nullable(text)),
});

/** An earlier version of an article (export version 3). */
export const VersionSchema = v.object({
  title,
  publishedAt: v.nullish(published, null),
  byline,
  source: maybeText,
  views,
  site: v.optional(v.object(siteDetails)),
  contentHtml: v.optional(text, ''),
  textContent: v.optional(text, ''),
  savedAt: instant,
  replacedAt: instant,
});

export const ArticleSchema = v.object({
  id: v.optional(text),
  url: webUrl,
  canonicalUrl: v.nullish(webUrl, null),
  site: v.optional(v.object({ host: v.optional(text), ...siteDetails }), {}),
  title,
  publishedAt: v.nullish(published, null),
  byline,
  source: maybeText,
  views,
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
  highlights: v.optional(
    v.array(
      v.object({
        text,
        note: maybeText,
        createdAt: instant,
        // Which of the body's equal passages was selected (absent: the first).
        occurrence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
        // When its note was last edited (absent: with the highlight).
        noteAt: v.optional(instant),
      }),
    ),
    [],
  ),
  clippedAt: v.optional(instant),
  updatedAt: v.optional(instant),
  /** The fields the user corrected, with the page's values (optional: a re-clip keeps the user's). */
  corrected: v.optional(CorrectedSchema),
  /** Version 3: earlier versions, oldest first. */
  versions: v.optional(v.array(VersionSchema), []),
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

/** A followed column as export version 2 writes it (utils/columns/follow-model.ts). */
const CheckErrorSchema = v.variant('kind', [
  v.object({ kind: v.literal('http'), status: v.number() }),
  v.object({ kind: v.literal('network'), detail: text }),
  v.object({ kind: v.literal('no-items') }),
  v.object({ kind: v.literal('no-permission') }),
]);

export const FollowSchema = v.object({
  url: webUrl,
  name: v.pipe(text, v.trim(), v.nonEmpty()),
  followedAt: instant,
  paused: v.optional(v.boolean(), false),
  pausedByErrors: v.optional(v.boolean(), false),
  seen: v.optional(v.pipe(v.array(text), v.maxLength(10_000)), []),
  etag: v.nullish(text, null),
  lastModified: v.nullish(text, null),
  lastCheckAt: v.nullish(instant, null),
  lastError: v.nullish(CheckErrorSchema, null),
  failures: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  nextCheckAt: v.optional(instant, '1990-01-01T00:00:00.000Z'),
});

export const FollowsSchema = v.array(FollowSchema);
