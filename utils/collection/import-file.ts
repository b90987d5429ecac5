/**
 * Reading an import file: its chunks (a string or a streamed File), the JSON streamed article by article
 * (export-stream.ts), each checked against the one schema of the file shape (export-schema.ts), and its followed
 * columns. Anything wrong refuses the file with a `Refused` naming the article (or column) and the field.
 */
import * as v from 'valibot';
import type { Article, ArticleVersion } from '../model/article';
import type { Follow } from '../columns/follow-model';
import { EXPORT_FORMAT, IMPORTABLE_VERSIONS } from './export-json';
import { ArticleSchema, FollowsSchema, failedField, type ImportedArticle } from './export-schema';
import { ExportStream } from './export-stream';
import type { StoredArticle } from './db';
import { storedFields } from './stored-article';
import type { ImportResult } from './import-json';

export type Refusal = Extract<ImportResult, { ok: false }>;

/** Characters (or bytes) read at a time. */
const CHUNK = 1 << 20;

export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.error);
  }
}

/**
 * An article of the file as read, checked and completed, with its HTML (and its earlier versions') held apart and
 * not yet sanitized: the reader runs where there is no DOM (a worker), and the page sanitizes (`sanitized`). Until
 * then `article.contentHtml` and each version's are empty, so raw HTML is never in an article's fields.
 */
export interface ReadArticle {
  article: Article;
  html: string;
  /** Oldest first; `versionHtml[i]` is `versions[i]`'s HTML. */
  versions: ArticleVersion[];
  versionHtml: string[];
  /** The stored row's derived fields (toStored; none depends on the HTML). */
  derived: Omit<StoredArticle, keyof Article>;
}

/** An article with every field of the contract present (the schema filled the optional ones), HTML apart. */
export function completed(a: ImportedArticle, now: string): ReadArticle {
  const { versions: _v, ...fields } = a;
  const article: Article = {
    ...fields,
    id: a.id || crypto.randomUUID(),
    site: {
      host: a.site.host ?? new URL(a.url).hostname,
      name: a.site.name ?? null,
      university: a.site.university ?? null,
    },
    contentHtml: '',
    entities: a.entities.map((e) => ({ ...e, role: e.role ?? null })),
    clippedAt: a.clippedAt ?? now,
    updatedAt: a.updatedAt ?? now,
  };
  const versions = [...a.versions].sort((x, y) => (x.savedAt < y.savedAt ? -1 : x.savedAt > y.savedAt ? 1 : 0));
  return {
    article,
    html: a.contentHtml,
    versions: versions.map((x) => ({ ...x, contentHtml: '' })),
    versionHtml: versions.map((x) => x.contentHtml),
    derived: storedFields(article),
  };
}

/** The article and its earlier versions with their HTML sanitized (the clip profile, links against its address). */
export function sanitized(
  r: ReadArticle,
  clean: (html: string, url: string) => string,
): { article: Article; versions: ArticleVersion[] } {
  r.article.contentHtml = r.html ? clean(r.html, r.article.url) : '';
  r.versions.forEach((x, i) => (x.contentHtml = r.versionHtml[i] ? clean(r.versionHtml[i]!, r.article.url) : ''));
  return { article: r.article, versions: r.versions };
}

/** The file's followed columns, checked; one that is not right refuses the file, naming it. */
function checkFollows(value: unknown): Follow[] {
  const r = v.safeParse(FollowsSchema, value);
  if (r.success) return r.output;
  const index = (r.issues[0]?.path?.[0]?.key as number | undefined) ?? 0;
  return refuse({ ok: false, error: 'invalid-follow', article: index + 1, field: failedField(r.issues) });
}

function refuse(r: Refusal): never {
  throw new Refused(r);
}

/** Streams the file's JSON: format and version first, then each article, checked, to `onArticle`. */
export function fileParser(now: string, onArticle: (a: ReadArticle) => void, onFollows: (f: Follow[]) => void) {
  const head: { format?: unknown; version?: unknown } = {};
  let index = 0;
  let listed = false;
  const checkHead = () => {
    if (head.format !== EXPORT_FORMAT) throw new Refused({ ok: false, error: 'unknown-format' });
    if (!IMPORTABLE_VERSIONS.includes(head.version))
      throw new Refused({ ok: false, error: 'unknown-version', detail: String(head.version) });
  };
  const stream = new ExportStream({
    member(key, value) {
      if (key === 'format' || key === 'version') head[key] = value;
      if (key === 'follows') onFollows(checkFollows(value));
      // `articles` that is not an array is not our file.
      if (key === 'articles') throw new Refused({ ok: false, error: 'unknown-format' });
    },
    articles: () => void (listed = true),
    article(value) {
      index++;
      checkHead();
      const a = v.safeParse(ArticleSchema, value);
      if (!a.success) {
        const title = (value as { title?: unknown } | null)?.title;
        throw new Refused({
          ok: false,
          error: 'invalid-article',
          article: index,
          field: failedField(a.issues),
          ...(typeof title === 'string' && title.trim() ? { detail: title.trim().slice(0, 80) } : {}),
        });
      }
      onArticle(completed(a.output, now));
    },
  });
  return {
    write: (chunk: string) => stream.write(chunk),
    end() {
      stream.end();
      checkHead();
      if (!listed) throw new Refused({ ok: false, error: 'unknown-format' });
    },
  };
}

/** The file's chunks: a string in slices, a Blob (a File) as its stream. */
export async function* chunksOf(source: string | Blob): AsyncGenerator<{ chunk: string; bytes: number }> {
  if (typeof source === 'string') {
    for (let i = 0; i < source.length; i += CHUNK) yield { chunk: source.slice(i, i + CHUNK), bytes: i + CHUNK };
    return;
  }
  const reader = source.stream().getReader();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      yield { chunk: utf8.decode(), bytes };
      return;
    }
    bytes += value.byteLength;
    yield { chunk: utf8.decode(value, { stream: true }), bytes };
  }
}
