/**
 * An import writes in batches (search answers in between) yet stays all or nothing: each batch's transaction also
 * records what it added and the articles it replaced, as they were; publishing the import is one small
 * transaction that clears this journal. A cancelled or failed import is rolled back from it, and so is one a
 * closed or killed browser left behind, when the database next opens (while no import holds the lock).
 */
import { Dexie } from 'dexie';
import type { ClipsDb, StoredArticle } from './db';
import { toArticle, toStored } from './stored-article';

export const JOURNAL = 'importJournal';
/** v4 store: one row per written batch. */
export const JOURNAL_STORE = { [JOURNAL]: '++n' } as const;
/** Held by a running import (Web Locks): a journal nobody holds this for belongs to a dead import. */
export const IMPORT_LOCK = 'campus-news-clipper-import';

export interface JournalRow {
  n?: number;
  /** Ids of the articles this batch added. */
  added: string[];
  /** The articles this batch replaced, exactly as they were before the import. */
  replaced: StoredArticle[];
  /** Keys of the earlier versions this batch added (v5; absent in rows written before). */
  versions?: number[];
}

/** Undo every journalled batch, one transaction per batch (a crash meanwhile resumes next time). */
export async function rollBack(db: ClipsDb): Promise<void> {
  const table = db.table<JournalRow, number>(JOURNAL);
  for (const n of (await table.toCollection().primaryKeys()).reverse())
    await db.transaction('rw', [db.articles, db.versions, table], async () => {
      const row = await table.get(n);
      if (!row) return;
      if (row.versions?.length) await db.versions.bulkDelete(row.versions);
      await db.articles.bulkDelete(row.added);
      // A row journalled before v5 lacks its address keys: derived again, or the article could not be found.
      if (row.replaced.length)
        await db.articles.bulkPut(row.replaced.map((r) => (r.keys ? r : toStored(toArticle(r)))));
      await table.delete(n);
    });
}

/** Publish: the import's batches become permanent. */
export async function publish(db: ClipsDb): Promise<void> {
  await db.table(JOURNAL).clear();
}

/** Run `fn` holding the import lock where Web Locks exist (extension pages), or just run it. */
export function withImportLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(IMPORT_LOCK, fn) as Promise<T>) : fn();
}

/** On open: roll back an import that no live page is running. */
export async function recoverImport(db: ClipsDb): Promise<void> {
  if (!(await db.table(JOURNAL).count())) return;
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return rollBack(db);
  await locks.request(IMPORT_LOCK, { ifAvailable: true }, async (lock) => {
    if (lock) await Dexie.ignoreTransaction(() => rollBack(db));
  });
}

/**
 * Resolves once no cut-off import is left to undo: waits for a rollback running in another page (which holds the
 * import lock), and runs one itself if none has. Then "nothing of it was kept" is true of the collection shown.
 */
export async function importUndone(db: ClipsDb): Promise<void> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const undo = async () => {
    if (await db.table(JOURNAL).count()) await rollBack(db);
  };
  await (locks ? locks.request(IMPORT_LOCK, () => Dexie.ignoreTransaction(undo)) : undo());
}
