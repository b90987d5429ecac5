/** Export the whole collection (or a selection) as a download, and remember when for the backup reminder. */
import type { Article } from './article';
import { searchArticles } from './clips-store';
import type { ClipsDb } from './db';
import { downloadBlob } from './download';
import { exportFileName, exportParts } from './export-json';
import { lastExportAt } from './settings';

export async function exportCollection(db: ClipsDb, doc: Document, selection?: Article[]): Promise<number> {
  const articles = selection ?? (await searchArticles(db, ''));
  downloadBlob(new Blob(exportParts(articles), { type: 'application/json' }), exportFileName(), doc);
  if (!selection) await lastExportAt.setValue(new Date().toISOString());
  return articles.length;
}
