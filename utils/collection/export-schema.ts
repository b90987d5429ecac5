/** The export file's shape as a schema (valibot): what import accepts, with defaults for optional fields. */
import * as v from 'valibot';

const ISO = /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?$/;
const text = v.string();
const maybeText = v.nullish(v.string(), null);

export const ArticleSchema = v.object({
  id: v.optional(text),
  url: v.pipe(text, v.regex(/^https?:\/\//i)),
  canonicalUrl: maybeText,
  site: v.optional(v.object({ host: v.optional(text), name: maybeText, university: maybeText }), {}),
  title: v.pipe(text, v.trim(), v.nonEmpty()),
  publishedAt: v.nullish(v.pipe(text, v.regex(ISO)), null),
  byline: v.optional(v.array(v.object({ name: text, role: maybeText })), []),
  source: maybeText,
  views: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0)), null),
  lang: v.optional(text, 'und'),
  excerpt: v.optional(text, ''),
  contentHtml: v.optional(text, ''),
  textContent: v.optional(text, ''),
  attachments: v.optional(v.array(v.object({ name: text, url: text })), []),
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
  highlights: v.optional(v.array(v.object({ text, note: maybeText, createdAt: text })), []),
  clippedAt: v.optional(text),
  updatedAt: v.optional(text),
});

export type ImportedArticle = v.InferOutput<typeof ArticleSchema>;

export const FileSchema = v.object({
  format: v.string(),
  version: v.unknown(),
  articles: v.array(v.unknown()),
});

/** The name of the first field a failed article check points at ("title", "views", "byline"). */
export function failedField(issues: readonly v.BaseIssue<unknown>[]): string {
  const path = issues[0]?.path ?? [];
  const key = path.find((p) => typeof p.key === 'string')?.key;
  return typeof key === 'string' ? key : 'article';
}
