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
import type { ImportResult } from './import-json';

type Refusal = Extract<ImportResult, { ok: false }>;

/** Characters (or bytes) read at a time. */
const CHUNK = 1 << 20;

export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.error);
  }
}

/** An article with every field of the contract present (the schema filled the optional ones); its host, its url's. */
export function complete(a: ImportedArticle, now: string, clean: (html: string, url: string) => string): Article {
  const { versions: _v, corrected, ...fields } = a;
  return {
    ...fields,
    id: a.id || crypto.randomUUID(),
    site: {
      // The address says whose article it is: a file cannot file it under another site (review 28, R2 #4).
      host: new URL(a.url).hostname,
      name: a.site.name ?? null,
      university: a.site.university ?? null,
    },
    contentHtml: a.contentHtml ? clean(a.contentHtml, a.url) : '',
    entities: a.entities.map((e) => ({ ...e, role: e.role ?? null })),
    clippedAt: a.clippedAt ?? now,
    updatedAt: a.updatedAt ?? now,
    ...(corrected && Object.keys(corrected).length ? { corrected } : {}),
  };
}

/** An article's earlier versions, their HTML sanitized like the article's, oldest first. */
export function completeVersions(a: ImportedArticle, clean: (html: string, url: string) => string): ArticleVersion[] {
  return a.versions
    .map((x) => ({ ...x, contentHtml: x.contentHtml ? clean(x.contentHtml, a.url) : '' }))
    .sort((x, y) => (x.savedAt < y.savedAt ? -1 : x.savedAt > y.savedAt ? 1 : 0));
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
export function fileParser(
  now: string,
  clean: (html: string, url: string) => string,
  onArticle: (a: Article, versions: ArticleVersion[]) => void,
  onFollows: (f: Follow[]) => void,
) {
  const head: { format?: unknown; version?: unknown } = {};
  let index = 0;
  let listed = false;
  const checkHead = () => {
    if (head.format !== EXPORT_FORMAT) throw new Refused({ ok: false, error: 'unknown-format' });
    if (!IMPORTABLE_VERSIONS.includes(head.version))
      throw new Refused({ ok: false, error: 'unknown-version', detail: String(head.version) });
  };
  // Whether any character but white space has come yet: a file of none is empty, not "not JSON".
  let begun = false;
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
      onArticle(complete(a.output, now, clean), completeVersions(a.output, clean));
    },
  });
  return {
    write(chunk: string) {
      if (!begun) begun = startsOtherJson(chunk);
      stream.write(chunk);
    },
    end() {
      if (!begun) refuse({ ok: false, error: 'empty' });
      try {
        stream.end();
      } catch (e) {
        // Every value so far was whole and in place, and the text stops: the file was cut off (a download or copy
        // that did not finish).
        if (e instanceof SyntaxError) refuse({ ok: false, error: 'truncated' });
        throw e;
      }
      checkHead();
      if (!listed) throw new Refused({ ok: false, error: 'unknown-format' });
    },
  };
}

/** How a JSON text other than an object begins: an array, a string, a number, true, false or null. */
const OTHER_JSON = /^[["\d-]|^(?:true|false|null)\b/;

/**
 * Whether `chunk` holds the file's first character other than white space (false: none yet). A file that begins
 * as other JSON (`[]`, a number) is refused as not our export: it may well be JSON, just not an export file.
 */
function startsOtherJson(chunk: string): boolean {
  const at = chunk.search(/\S/);
  if (at < 0) return false;
  if (OTHER_JSON.test(chunk.slice(at, at + 5))) refuse({ ok: false, error: 'unknown-format' });
  return true;
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
      // A character left unfinished at the end: the file was cut off in the middle of it.
      yield { chunk: decodeOr(() => utf8.decode(), 'truncated'), bytes };
      return;
    }
    bytes += value.byteLength;
    // Bytes that are not UTF-8 at all: not a text file, so not JSON.
    yield { chunk: decodeOr(() => utf8.decode(value, { stream: true }), 'not-json'), bytes };
  }
}

function decodeOr(decode: () => string, error: 'truncated' | 'not-json'): string {
  try {
    return decode();
  } catch (e) {
    return refuse({ ok: false, error, detail: (e as Error).message });
  }
}
