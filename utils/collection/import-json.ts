/**
 * Reads an export file back, streamed and checked one article at a time (import-file.ts), and written in
 * batches (import-batch.ts, where an article the collection already has is merged), so a file of any size
 * imports, progress can be shown, the user can cancel, and search answers between batches. The import as a whole
 * is all or nothing (import-journal.ts).
 */
import type { Article, ArticleVersion } from '../model/article';
import { sanitizeKnownHtml } from '../safety/sanitize';
import { toStored } from './stored-article';
import { isQuotaError } from './storage-errors';
import type { ClipsDb, StoredArticle } from './db';
import type { Follow } from '../columns/follow-model';
import { Refused, chunksOf, fileParser } from './import-file';
import { publish, rollBack, withImportLock } from './import-journal';
import { mark, writeBatch, type Counts } from './import-batch';
import { CollectionAddresses } from './import-addresses';
import { scheduleMerge } from './index/merge-schedule';
import { segmentBuilder } from './index/segment-offthread';
import { nextTask } from '../platform/next-task';

export type ImportResult =
  | {
      ok: true;
      added: number;
      merged: number;
      unchanged: number;
      /** The file's followed columns (version 2), for the caller to keep; absent when it had none. */
      follows?: Follow[];
    }
  | {
      ok: false;
      error:
        | 'not-json'
        | 'empty'
        | 'truncated'
        | 'unknown-format'
        | 'unknown-version'
        | 'invalid-article'
        | 'invalid-follow'
        | 'too-big'
        | 'quota'
        | 'write-failed'
        | 'cancelled';
      /** Which article (1-based) and field were refused; `detail` then holds its title, if it has one. */
      article?: number;
      field?: string;
      detail?: string;
    };

export interface ImportProgress {
  /** Articles read and checked so far, and how many of them are written. */
  read: number;
  written: number;
  /** Bytes of the file read so far, and its size (null when unknown). */
  bytes: number;
  total: number | null;
}

export interface ImportOptions {
  /** Cancels the import; everything it wrote is rolled back. */
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** The window whose DOM sanitizes imported HTML (default: the page's). */
  win?: Window;
  /** Articles per write transaction (tests use small ones). */
  batch?: number;
}

/**
 * Articles per write transaction: large enough to be fast, small enough that a search gets in between. Each
 * batch written makes every open popup read the whole list again and leaves a segment to merge: at 4,000
 * articles under load, 500 → 2,000 took the import's CPU time (all of Chromium's processes) from 21 to 17 s.
 */
const BATCH = 2000;
/**
 * The first batch: until it is parsed nothing is written, and on 2 cores IndexedDB's thread then sits idle (a
 * 10,000 import's first batch of 2,000 took 2.0–3.0 s to parse, profiles of main's code, load 1–5).
 */
const FIRST = 500;

/** Characters of the file parsed (and their articles sanitized) per task, and articles tokenised per task. */
const PIECE = 1 << 16;
const FEW = 25;

/** Import an export file (its text, or the File itself, streamed): all or nothing. */
export async function importCollection(
  db: ClipsDb,
  source: string | Blob,
  now = new Date(),
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const win = opts.win ?? (globalThis as { window?: Window }).window;
  if (!win) throw new Error('importCollection needs a window to sanitize imported HTML');
  // The clip profile, links made absolute against the article's own address.
  const clean = (html: string, url: string) => sanitizeKnownHtml(html, win, url);
  const total = typeof source === 'string' ? source.length : source.size;
  const full = opts.batch ?? BATCH;
  // The first batch smaller, so writing (IndexedDB's thread) starts while the rest is parsed (the page's).
  let size = Math.min(full, FIRST);
  return withImportLock(async () => {
    // A journal left by an import that died: undo it first, so this import starts from a whole collection.
    await rollBack(db);
    const counts: Counts = { added: 0, merged: 0, unchanged: 0 };
    const touched = new Set<string>();
    const addresses = new CollectionAddresses();
    // Each queued article's earlier versions (export version 3), beside the queue so batching stays as it is.
    const incoming = new WeakMap<Article, ArticleVersion[]>();
    let queue: Article[] = [];
    let read = 0;
    let written = 0;
    let bytes = 0;
    let follows: Follow[] = [];
    // Progress is also reported as the file is read (batches are large), each time it moves by 2 %.
    let shown = 0;
    const report = () => {
      shown = bytes;
      opts.onProgress?.({ read, written, bytes, total });
    };
    const parser = fileParser(
      now.toISOString(),
      clean,
      (a, versions) => {
        queue.push(a);
        if (versions.length) incoming.set(a, versions);
        read++;
      },
      (f) => (follows = f),
    );
    // One batch is written while the next is read, checked, tokenised and indexed (outside any transaction).
    let writing: Promise<void> = Promise.resolve();
    // The next batch's segment (queue[0, size)), tokenised as its articles are parsed (in a worker where there is
    // one, else at the batch's end a few articles per task, see PIECE): at its end only its blocks are left to build.
    let building = segmentBuilder<StoredArticle>(nextTask, FEW);
    let fed = 0;
    const feed = () => {
      const upto = Math.min(queue.length, size);
      if (upto > fed) building.add(queue.slice(fed, upto).map(toStored));
      fed = Math.max(fed, upto);
    };
    let batches = 0;
    let parseStart = performance.now();
    const flush = async (all: boolean) => {
      while (queue.length >= (all ? 1 : size)) {
        if (opts.signal?.aborted) throw new Refused({ ok: false, error: 'cancelled' });
        const n = ++batches;
        mark('parse', parseStart, n);
        feed();
        const batch = queue.slice(0, size);
        queue = queue.slice(size);
        size = full;
        // Its segment built before its transaction, while the batch before it is written.
        const ready = building.done();
        building = segmentBuilder<StoredArticle>(nextTask, FEW);
        fed = 0;
        ready.catch(() => undefined);
        const waited = performance.now();
        await writing;
        mark('wait for the write before', waited, n);
        parseStart = performance.now();
        if (opts.signal?.aborted) throw new Refused({ ok: false, error: 'cancelled' });
        const segment = performance.now();
        writing = ready
          .then((rows) => {
            if (opts.signal?.aborted) throw new Refused({ ok: false, error: 'cancelled' });
            mark('segment wait', segment, n);
            const t = performance.now();
            return writeBatch(db, batch, rows, touched, counts, incoming, addresses).then(() => mark('write', t, n));
          })
          .then(() => {
            written += batch.length;
            report();
          });
        // Its failure is read at the next await of it; until then it must not count as unhandled.
        writing.catch(() => undefined);
      }
    };
    try {
      let asked = performance.now();
      for await (const c of chunksOf(source)) {
        mark('read wait', asked, batches + 1);
        bytes = Math.min(c.bytes, total);
        try {
          // In pieces, each its own task: the popup likely shares this page's thread (Chrome usually runs an
          // extension's pages in one process), and a whole chunk (~100 articles parsed, sanitized) keeps it waiting.
          for (let at = 0; at < c.chunk.length; at += PIECE) {
            parser.write(c.chunk.slice(at, at + PIECE));
            feed();
            await nextTask();
          }
        } catch (e) {
          if (e instanceof Refused) throw e;
          throw new Refused({ ok: false, error: 'not-json', detail: (e as Error).message });
        }
        if (total && bytes - shown >= total / 50) report();
        await flush(false);
        asked = performance.now();
      }
      try {
        parser.end();
      } catch (e) {
        if (e instanceof Refused) throw e;
        throw new Refused({ ok: false, error: 'not-json', detail: (e as Error).message });
      }
      await flush(true);
      await writing;
      if (opts.signal?.aborted) throw new Refused({ ok: false, error: 'cancelled' });
      await publish(db);
    } catch (e) {
      building.drop();
      // The batch in flight settles first: then the journal holds every batch written.
      await writing.catch(() => undefined);
      await rollBack(db);
      if (e instanceof Refused) return e.refusal;
      return isQuotaError(e)
        ? { ok: false, error: 'quota' }
        : { ok: false, error: 'write-failed', detail: (e as Error).name };
    }
    // Combine the batches' segments in the background, a level per idle turn.
    scheduleMerge(db, 0);
    return { ok: true, ...counts, ...(follows.length ? { follows } : {}) };
  });
}
