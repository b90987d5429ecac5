/**
 * Reads an export file back: all or nothing. The file is checked whole before anything is written,
 * then every article is written in one transaction; an article whose url or canonical url is already
 * in the collection is merged (newer updatedAt wins for scalar fields, tags and highlights are united).
 */
import type { Article, Highlight } from './article';
import { toArticle, wordsOf } from './clips-store';
import type { ClipsDb, StoredArticle } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json';

export type ImportResult =
  | { ok: true; added: number; merged: number; unchanged: number }
  | { ok: false; error: 'not-json' | 'unknown-format' | 'unknown-version' | 'invalid-article' | 'write-failed'; article?: number; field?: string; detail?: string };

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

/** First problem of one article (its field name), or null when it is valid. */
function problem(a: Record<string, unknown>): string | null {
  if (!str(a.url) || !/^https?:\/\//.test(a.url)) return 'url';
  if (!str(a.title) || !a.title.trim()) return 'title';
  if (!strOrNull(a.canonicalUrl)) return 'canonicalUrl';
  if (!strOrNull(a.publishedAt)) return 'publishedAt';
  if (a.views !== null && a.views !== undefined && typeof a.views !== 'number') return 'views';
  for (const f of ['tags', 'byline', 'attachments', 'entities', 'highlights'] as const) {
    if (a[f] !== undefined && !Array.isArray(a[f])) return f;
  }
  if (Array.isArray(a.tags) && !a.tags.every(str)) return 'tags';
  for (const f of ['contentHtml', 'textContent', 'excerpt', 'lang', 'id', 'clippedAt', 'updatedAt'] as const) {
    if (a[f] !== undefined && !str(a[f])) return f;
  }
  return null;
}

/** An article with every field of the contract present. */
function complete(a: Record<string, unknown>, now: string): Article {
  const site = (a.site ?? {}) as Record<string, unknown>;
  const url = a.url as string;
  return {
    id: str(a.id) && a.id ? a.id : crypto.randomUUID(),
    url,
    canonicalUrl: (a.canonicalUrl as string | null) ?? null,
    site: { host: str(site.host) ? site.host : new URL(url).hostname, name: str(site.name) ? site.name : null, university: str(site.university) ? site.university : null },
    title: a.title as string,
    publishedAt: (a.publishedAt as string | null) ?? null,
    byline: (a.byline as Article['byline']) ?? [],
    source: str(a.source) ? a.source : null,
    views: typeof a.views === 'number' ? a.views : null,
    lang: str(a.lang) ? a.lang : 'und',
    excerpt: str(a.excerpt) ? a.excerpt : '',
    contentHtml: str(a.contentHtml) ? a.contentHtml : '',
    textContent: str(a.textContent) ? a.textContent : '',
    attachments: (a.attachments as Article['attachments']) ?? [],
    tags: (a.tags as string[]) ?? [],
    entities: (a.entities as Article['entities']) ?? [],
    highlights: (a.highlights as Highlight[]) ?? [],
    clippedAt: str(a.clippedAt) ? a.clippedAt : now,
    updatedAt: str(a.updatedAt) ? a.updatedAt : now,
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
export function parseExport(text: string, now = new Date()): { ok: true; articles: Article[] } | Extract<ImportResult, { ok: false }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: 'not-json', detail: (e as Error).message };
  }
  const file = data as Record<string, unknown> | null;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT || !Array.isArray(file.articles)) return { ok: false, error: 'unknown-format' };
  if (file.version !== EXPORT_VERSION) return { ok: false, error: 'unknown-version', detail: String(file.version) };
  const articles: Article[] = [];
  for (const [i, raw] of (file.articles as unknown[]).entries()) {
    const a = raw as Record<string, unknown>;
    const field = a && typeof a === 'object' ? problem(a) : 'article';
    if (field) return { ok: false, error: 'invalid-article', article: i + 1, field };
    articles.push(complete(a, now.toISOString()));
  }
  return { ok: true, articles };
}

/** Import an export file: all or nothing. */
export async function importExport(db: ClipsDb, text: string, now = new Date()): Promise<ImportResult> {
  const parsed = parseExport(text, now);
  if (!parsed.ok) return parsed;
  try {
    return await db.transaction('rw', db.articles, async () => {
      let added = 0, merged = 0, unchanged = 0;
      for (const inc of parsed.articles) {
        const keys = [inc.url, inc.canonicalUrl].filter((u): u is string => !!u);
        const old = (await db.articles.where('url').anyOf(keys).first()) ?? (await db.articles.get(inc.id));
        const next = old ? merge(old, inc) : inc;
        if (old && JSON.stringify(toArticle(old)) === JSON.stringify(next)) {
          unchanged++;
          continue;
        }
        await db.articles.put({ ...next, words: wordsOf(next) });
        if (old) merged++;
        else added++;
      }
      return { ok: true as const, added, merged, unchanged };
    });
  } catch (e) {
    return { ok: false, error: 'write-failed', detail: (e as Error).name };
  }
}
