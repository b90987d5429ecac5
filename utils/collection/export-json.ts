/**
 * The collection as the export file (docs/export-format.md): version 2 adds the followed columns, version 3 each
 * article's earlier versions.
 */
import type { Article, ArticleVersion } from '../model/article';
import type { Follow } from '../columns/follow-model';
import { orderedVersion } from './versions';

export const EXPORT_FORMAT = 'campus-news-clips';
export const EXPORT_VERSION = 3;
/** Every version import reads: each earlier file still imports. */
export const IMPORTABLE_VERSIONS: readonly unknown[] = [1, 2, 3];

/** An article's earlier versions by its id, oldest first (absent: none). */
export type VersionsById = ReadonlyMap<string, readonly ArticleVersion[]>;

/** Field order of the contract, so exports diff cleanly. */
function ordered(a: Article): Article {
  return {
    id: a.id,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    site: a.site,
    title: a.title,
    publishedAt: a.publishedAt,
    byline: a.byline,
    source: a.source,
    views: a.views,
    lang: a.lang,
    excerpt: a.excerpt,
    contentHtml: a.contentHtml,
    textContent: a.textContent,
    attachments: a.attachments,
    tags: a.tags,
    entities: a.entities,
    highlights: a.highlights,
    clippedAt: a.clippedAt,
    updatedAt: a.updatedAt,
    // Written only when the user corrected something, so files of articles without corrections stay as they were.
    ...(a.corrected && Object.keys(a.corrected).length ? { corrected: a.corrected } : {}),
  };
}

/** Builds the file as string parts, one per article, so no single string holds the whole collection. */
export class ExportWriter {
  readonly parts: string[];
  private first = true;
  /** `follows` come first, so an import knows them before the articles stream by. */
  constructor(now = new Date(), follows: readonly Follow[] = []) {
    this.parts = [
      `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":"${now.toISOString()}",` +
        `"follows":${JSON.stringify(follows)},"articles":[`,
    ];
  }
  /** An article, with its earlier versions (oldest first) when it has any. */
  add(a: Article, versions: readonly ArticleVersion[] = []): void {
    const out = versions.length ? { ...ordered(a), versions: versions.map(orderedVersion) } : ordered(a);
    this.parts.push(`${this.first ? '\n' : ',\n'}${JSON.stringify(out)}`);
    this.first = false;
  }
  finish(): string[] {
    this.parts.push('\n]}\n');
    return this.parts;
  }
}

/** The file as string parts for the given articles. */
export function exportParts(
  articles: Iterable<Article>,
  now = new Date(),
  follows: readonly Follow[] = [],
  versions: VersionsById = new Map(),
): string[] {
  const w = new ExportWriter(now, follows);
  for (const a of articles) w.add(a, versions.get(a.id));
  return w.finish();
}

/** File name for an export made now: campus-news-clips-2026-11-23.json. */
export function exportFileName(now = new Date()): string {
  return `campus-news-clips-${now.toISOString().slice(0, 10)}.json`;
}
