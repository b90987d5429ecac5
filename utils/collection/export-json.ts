/** The collection as the version 1 export file (shared/docs/export-format.md). */
import type { Article } from '../model/article';

export const EXPORT_FORMAT = 'campus-news-clips';
export const EXPORT_VERSION = 1;

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
  };
}

/** Builds the file as string parts, one per article, so no single string holds the whole collection. */
export class ExportWriter {
  readonly parts: string[];
  private first = true;
  constructor(now = new Date()) {
    this.parts = [
      `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":"${now.toISOString()}","articles":[`,
    ];
  }
  add(a: Article): void {
    this.parts.push(`${this.first ? '\n' : ',\n'}${JSON.stringify(ordered(a))}`);
    this.first = false;
  }
  finish(): string[] {
    this.parts.push('\n]}\n');
    return this.parts;
  }
}

/** The file as string parts for the given articles. */
export function exportParts(articles: Iterable<Article>, now = new Date()): string[] {
  const w = new ExportWriter(now);
  for (const a of articles) w.add(a);
  return w.finish();
}

/** File name for an export made now: campus-news-clips-2026-11-23.json. */
export function exportFileName(now = new Date()): string {
  return `campus-news-clips-${now.toISOString().slice(0, 10)}.json`;
}
