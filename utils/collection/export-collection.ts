/** Export the whole collection (or a selection) as a download, and remember when for the backup reminder. */
import type { Article } from '../model/article';
import { toArticle } from './stored-article';
import type { ClipsDb } from './db';
import { downloadBlob } from '../platform/download';
import { ExportWriter, exportFileName, exportParts } from './export-json';
import { lastExportAt } from '../platform/settings';

export async function exportCollection(db: ClipsDb, doc: Document, selection?: Article[]): Promise<number> {
  const parts = selection ? exportParts(selection) : await exportAllParts(db);
  downloadBlob(new Blob(parts, { type: 'application/json' }), exportFileName(), doc);
  if (!selection) await lastExportAt.setValue(new Date().toISOString());
  return parts.length - 2;
}

/** The whole collection, newest clip first, read one article at a time (never all as objects at once). */
export async function exportAllParts(db: ClipsDb): Promise<string[]> {
  const w = new ExportWriter();
  await db.articles
    .orderBy('clippedAt')
    .reverse()
    .each((a) => w.add(toArticle(a)));
  return w.finish();
}
