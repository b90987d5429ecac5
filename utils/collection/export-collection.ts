/** Export the whole collection (or a selection) as a download, and remember when for the backup reminder. */
import type { Article } from '../model/article';
import { toArticle } from './stored-article';
import type { ClipsDb } from './db';
import { downloadBlob } from '../platform/download';
import { ExportWriter, exportFileName, exportParts } from './export-json';
import { lastExportAt } from '../platform/settings';
import { listFollows } from '../columns/follow-store';
import { plainVersion, versionsByArticle } from './versions';

/** Versions of these articles, as export writes them. */
async function versionsFor(db: ClipsDb, ids: string[]): Promise<Map<string, ReturnType<typeof plainVersion>[]>> {
  const found = await versionsByArticle(db, ids);
  return new Map([...found].map(([id, vs]) => [id, vs.map(plainVersion)]));
}

/** Articles read per transaction while exporting; each page becomes a Blob, so the strings can go. */
const PAGE = 500;

export async function exportCollection(db: ClipsDb, doc: Document, selection?: Article[]): Promise<number> {
  const { blob, count } = selection
    ? {
        blob: new Blob(
          exportParts(
            selection,
            new Date(),
            [],
            await versionsFor(
              db,
              selection.map((a) => a.id),
            ),
          ),
          { type: 'application/json' },
        ),
        count: selection.length,
      }
    : await exportAllBlob(db);
  downloadBlob(blob, exportFileName(), doc);
  if (!selection) await lastExportAt.setValue(new Date().toISOString());
  return count;
}

/**
 * The whole collection as one file, newest clip first, streamed: read a page of articles at a time, and each page's
 * text turned into a Blob (which the browser may keep on disk), so no string array of the whole collection is held.
 */
export async function exportAllBlob(db: ClipsDb): Promise<{ blob: Blob; count: number }> {
  const blobs: Blob[] = [];
  let count = 0;
  await eachPage(db, (parts, n) => {
    blobs.push(new Blob(parts));
    count += n;
  });
  return { blob: new Blob(blobs, { type: 'application/json' }), count };
}

/** The whole collection, newest clip first, as string parts (tests; small collections). */
export async function exportAllParts(db: ClipsDb): Promise<string[]> {
  const all: string[] = [];
  await eachPage(db, (parts) => void all.push(...parts));
  return all;
}

/** Pages of the file's text: the head with the first page, the tail with the last. */
async function eachPage(db: ClipsDb, take: (parts: string[], articles: number) => void): Promise<void> {
  const w = new ExportWriter(new Date(), await listFollows());
  // Keyset paging over [clippedAt, id], newest first: each page its own short read transaction.
  let after: [string, string] | null = null;
  for (;;) {
    const { page, versions } = await db.transaction('r', db.articles, db.versions, async () => {
      const rows = after
        ? db.articles.where('clippedAt').belowOrEqual(after[0]).reverse()
        : db.articles.orderBy('clippedAt').reverse();
      const out: Article[] = [];
      const last = after;
      await rows
        .until(() => out.length >= PAGE)
        .each((a) => {
          // Skip what the previous page already took (same clippedAt, ids at or after the last one's, in this order).
          if (last && a.clippedAt === last[0] && a.id >= last[1]) return;
          out.push(toArticle(a));
        });
      return {
        page: out,
        versions: await versionsFor(
          db,
          out.map((a) => a.id),
        ),
      };
    });
    const end = page.length < PAGE;
    for (const a of page) w.add(a, versions.get(a.id));
    const parts = w.parts.splice(0);
    if (end) parts.push(...w.finish());
    take(parts, page.length);
    if (end) return;
    const z = page[page.length - 1]!;
    after = [z.clippedAt, z.id];
  }
}
