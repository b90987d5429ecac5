/**
 * The part of a clip or import job that needs a DOM (the sanitizer) and the collection: it runs in the Chrome
 * offscreen document or Firefox's background page, never in the popup, so closing the popup cannot drop it.
 */
import { parseWatchList } from '../entities/watch-list';
import type { ClipsDb } from '../collection/db';
import { importCollection } from '../collection/import-json';
import { scheduleMerge } from '../collection/index/merge-schedule';
import { saveExtracted } from './save-extracted';
import { extractFromUrl } from './clip-url';
import { extractFromSnapshot } from './extract-snapshot';
import type { PageSnapshot } from './page-snapshot';
import { withSelection } from './selection';
import { takePostedSnapshot } from './posted-snapshots';
import { finishJob, slimOutcome, withJobLock, type JobsDb } from './job-store';
import type { Draft } from '../model/article';

export type Work =
  /**
   * Every clip carries the watch list as the options page keeps it (text), parsed here: its name rules stay out of
   * Chrome's service worker, which reads the text (extension storage is not open to the offscreen document).
   */
  | { kind: 'clip-url'; jobId: string; url: string; watchList: string; defaultTags?: string[] }
  | {
      kind: 'clip-tab';
      jobId: string;
      /**
       * The tab's page, serialised there: parsed and extracted here, off the page's main thread. In Chrome the tab
       * posted it here itself (posted-snapshots.ts): only its tab's id comes with the work.
       */
      snapshot: PageSnapshot | { postedBy: number };
      /** "Clip selection": the selected part, read from the tab, becomes the body. */
      selection: { html: string; text: string } | null;
      /** Epoch ms after which the background has told the user the clip was too slow: then nothing is saved. */
      deadline: number;
      watchList: string;
      defaultTags?: string[];
    }
  /** A draft extracted elsewhere, only sanitized and saved here (the unit tests' way in). */
  | { kind: 'save'; jobId: string; draft: Draft; watchList: string; defaultTags?: string[] }
  | { kind: 'import'; jobId: string };

/**
 * A tab clip's draft, extracted here from its snapshot; 'late' when the background already said it was too slow;
 * 'lost' when the copy the page posted never came; 'still-loading' when a page still loading held no article yet.
 */
function tabDraft(
  work: Extract<Work, { kind: 'clip-tab' }>,
  win: Window,
): Draft | null | 'late' | 'lost' | 'still-loading' {
  const s = work.snapshot;
  const snapshot = 'postedBy' in s ? takePostedSnapshot(work.jobId, s.postedBy) : s;
  if (!snapshot) return 'lost';
  const r = extractFromSnapshot(snapshot, win);
  if (Date.now() > work.deadline) return 'late';
  return r.ok ? withSelection(r.draft, work.selection) : r.error === 'still-loading' ? r.error : null;
}

/**
 * Do one piece of work and record its result in the job, holding the job's lock meanwhile: a page that finds no one
 * holding it calls the job lost (job-store.ts finishLostJobs). A job already ended (called lost before its work came)
 * is left as it is.
 */
export function doWork(work: Work, db: ClipsDb, jobs: JobsDb, win: Window): Promise<void> {
  return withJobLock(work.jobId, async () => {
    if ((await jobs.jobs.get(work.jobId))?.state === 'done') return;
    await run(work, db, jobs, win);
  });
}

async function run(work: Work, db: ClipsDb, jobs: JobsDb, win: Window): Promise<void> {
  try {
    if (work.kind === 'clip-url') {
      // Fetched and extracted here, without opening the page: the same extractor as a clip in a tab.
      const r = await extractFromUrl(work.url, win);
      const outcome = r.ok
        ? await saveExtracted(
            db,
            r.draft,
            r.draft.provenance ?? {},
            win,
            parseWatchList(work.watchList),
            work.defaultTags,
          )
        : r.error === 'fetch-failed'
          ? r
          : ({ ok: false, error: 'no-article' } as const);
      await finishJob(jobs, work.jobId, { clip: slimOutcome(outcome) });
      // Each clip leaves a small segment: merged in the background, not by the next search all at once.
      if (outcome.ok) scheduleMerge(db);
      return;
    }
    if (work.kind === 'clip-tab' || work.kind === 'save') {
      const draft = work.kind === 'save' ? work.draft : tabDraft(work, win);
      if (draft === 'late') return;
      if (draft === 'lost') return await finishJob(jobs, work.jobId, { clip: { ok: false, error: 'snapshot-lost' } });
      if (draft === 'still-loading') return await finishJob(jobs, work.jobId, { clip: { ok: false, error: draft } });
      const outcome = draft
        ? await saveExtracted(db, draft, draft.provenance ?? {}, win, parseWatchList(work.watchList), work.defaultTags)
        : ({ ok: false, error: 'no-article' } as const);
      await finishJob(jobs, work.jobId, { clip: slimOutcome(outcome) });
      if (outcome.ok) scheduleMerge(db);
      return;
    }
    const file = await jobs.files.get(work.jobId);
    if (!file) {
      await finishJob(jobs, work.jobId, { imported: { ok: false, error: 'file-missing' } });
      return;
    }
    // Streamed in batches (sanitized, validated, all or nothing): the list and search keep answering meanwhile.
    // A cancel asked for in the popup is a flag on the job, looked at between batches.
    const stop = new AbortController();
    const cancelled = async () => void ((await jobs.jobs.get(work.jobId))?.cancel && stop.abort());
    await cancelled();
    const watch = setInterval(() => void cancelled(), 200);
    const imported = await importCollection(db, file.file, new Date(), {
      win,
      signal: stop.signal,
      onProgress: (p) =>
        void jobs.jobs.update(work.jobId, {
          progress: { written: p.written, percent: Math.round((100 * p.bytes) / (p.total || 1)) },
        }),
    }).finally(() => clearInterval(watch));
    // The file's followed columns ride along in the record, and the job stays running: the background keeps them
    // (extension storage is not open to the offscreen document) and only then ends it, so "Imported" comes with them.
    if (imported.ok && imported.follows) await jobs.jobs.update(work.jobId, { imported });
    else await finishJob(jobs, work.jobId, { imported });
    await jobs.files.delete(work.jobId);
  } catch (e) {
    const detail = (e as Error)?.message ?? String(e);
    await finishJob(
      jobs,
      work.jobId,
      work.kind !== 'import'
        ? { clip: { ok: false, error: 'save-failed', detail } }
        : { imported: { ok: false, error: 'write-failed', detail } },
    );
  }
}
