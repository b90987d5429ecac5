/**
 * Reads an export file back: all or nothing. The file is checked whole (valibot schema) before anything is written,
 * then every article is written in one transaction; an article whose url or canonical url is already
 * in the collection is merged (newer updatedAt wins for scalar fields, tags and highlights are united).
 */
import * as v from 'valibot';
import type { Article } from '../model/article';
import { toArticle, toStored } from './stored-article';
import { isQuotaError } from './storage-errors';
import type { ClipsDb, StoredArticle } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json';
import { ArticleSchema, FileSchema, failedField, type ImportedArticle } from './export-schema';

export type ImportResult =
  | { ok: true; added: number; merged: number; unchanged: number }
  | {
      ok: false;
      error:
        'not-json' | 'unknown-format' | 'unknown-version' | 'invalid-article' | 'too-big' | 'quota' | 'write-failed';
      article?: number;
      field?: string;
      detail?: string;
    };

/** Largest import file accepted, in MB: a bigger one is refused before it is read. */
export const MAX_IMPORT_MB = 200;

/** Refusal for a file too big to read, or null when its size is fine. */
export function checkImportSize(bytes: number): Extract<ImportResult, { ok: false }> | null {
  return bytes > MAX_IMPORT_MB * 1024 * 1024 ? { ok: false, error: 'too-big', detail: String(MAX_IMPORT_MB) } : null;
}

/** An article with every field of the contract present (the schema filled the optional ones). */
function complete(a: ImportedArticle, now: string): Article {
  return {
    ...a,
    id: a.id || crypto.randomUUID(),
    site: {
      host: a.site.host ?? new URL(a.url).hostname,
      name: a.site.name ?? null,
      university: a.site.university ?? null,
    },
    entities: a.entities.map((e) => ({ ...e, role: e.role ?? null })),
    clippedAt: a.clippedAt ?? now,
    updatedAt: a.updatedAt ?? now,
  };
}

function unite<T>(a: T[], b: T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
}

/** Merge an incoming article into the stored one with the same address. */
function merge(old: StoredArticle, inc: Article): Article {
  const newer = inc.updatedAt > old.updatedAt ? inc : toArticle(old);
  return {
    ...newer,
    id: old.id,
    tags: unite(old.tags, inc.tags, (t) => t),
    highlights: unite(old.highlights, inc.highlights, (h) => `${h.text}\u0000${h.createdAt}`),
    clippedAt: old.clippedAt < inc.clippedAt ? old.clippedAt : inc.clippedAt,
  };
}

/** Parse and validate an export file's text without touching the collection. */
export function parseExport(
  text: string,
  now = new Date(),
): { ok: true; articles: Article[] } | Extract<ImportResult, { ok: false }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: 'not-json', detail: (e as Error).message };
  }
  const file = v.safeParse(FileSchema, data);
  if (!file.success || file.output.format !== EXPORT_FORMAT) return { ok: false, error: 'unknown-format' };
  if (file.output.version !== EXPORT_VERSION)
    return { ok: false, error: 'unknown-version', detail: String(file.output.version) };
  const articles: Article[] = [];
  for (const [i, raw] of file.output.articles.entries()) {
    const a = v.safeParse(ArticleSchema, raw);
    if (!a.success) return { ok: false, error: 'invalid-article', article: i + 1, field: failedField(a.issues) };
    articles.push(complete(a.output, now.toISOString()));
  }
  return { ok: true, articles };
}

/** Import an export file: all or nothing. */
export async function importCollection(db: ClipsDb, text: string, now = new Date()): Promise<ImportResult> {
  const parsed = parseExport(text, now);
  if (!parsed.ok) return parsed;
  try {
    return await db.transaction('rw', db.articles, async () => {
      let added = 0,
        merged = 0,
        unchanged = 0;
      for (const inc of parsed.articles) {
        const keys = [inc.url, inc.canonicalUrl].filter((u): u is string => !!u);
        const old = (await db.articles.where('url').anyOf(keys).first()) ?? (await db.articles.get(inc.id));
        const next = old ? merge(old, inc) : inc;
        if (old && JSON.stringify(toArticle(old)) === JSON.stringify(next)) {
          unchanged++;
          continue;
        }
        await db.articles.put(toStored(next));
        if (old) merged++;
        else added++;
      }
      return { ok: true as const, added, merged, unchanged };
    });
  } catch (e) {
    // The transaction rolled back: nothing of this file is in the collection.
    return isQuotaError(e)
      ? { ok: false, error: 'quota' }
      : { ok: false, error: 'write-failed', detail: (e as Error).name };
  }
}
