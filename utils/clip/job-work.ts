/**
 * The part of a clip or import job that needs a DOM (the sanitizer) and the collection: it runs in the Chrome
 * offscreen document or Firefox's background page, never in the popup, so closing the popup cannot drop it.
 */
import type { Draft } from '../model/article';
import type { WatchItem } from '../entities/watch-list';
import type { ClipsDb } from '../collection/db';
import { importCollection } from '../collection/import-json';
import { sanitizeHtml } from '../safety/sanitize';
import { saveExtracted } from './clip-tab';
import { finishJob, slimOutcome, type JobsDb } from './job-store';

export type Work =
  { kind: 'save'; jobId: string; draft: Draft; watch: WatchItem[] } | { kind: 'import'; jobId: string };

export const WORK_MESSAGE = 'cnc:work';

/**
 * Every article body in an export file's text sanitized with the one profile (against its own address), before
 * the import reads it; text that is not an export file is returned as it is, for the import to refuse in words.
 */
export async function sanitizeExportText(
  text: string,
  win: Window,
  onProgress: (done: number, total: number) => Promise<void> | void = () => {},
): Promise<string> {
  let data: { articles?: unknown };
  try {
    data = JSON.parse(text);
  } catch {
    return text;
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.articles)) return text;
  const articles = data.articles as unknown[];
  for (const [i, a] of articles.entries()) {
    if (a && typeof a === 'object' && typeof (a as { contentHtml?: unknown }).contentHtml === 'string') {
      const art = a as { contentHtml: string; url?: unknown };
      art.contentHtml = sanitizeHtml(art.contentHtml, win, typeof art.url === 'string' ? art.url : undefined);
    }
    if (i % 200 === 199) await onProgress(i + 1, articles.length);
  }
  return JSON.stringify(data);
}

/** Do one piece of work and record its result in the job. */
export async function doWork(work: Work, db: ClipsDb, jobs: JobsDb, win: Window): Promise<void> {
  try {
    if (work.kind === 'save') {
      const outcome = await saveExtracted(db, work.draft, work.draft.provenance ?? {}, win, work.watch);
      await finishJob(jobs, work.jobId, { clip: slimOutcome(outcome) });
      return;
    }
    const file = await jobs.files.get(work.jobId);
    if (!file) {
      await finishJob(jobs, work.jobId, { imported: { ok: false, error: 'write-failed', detail: 'file missing' } });
      return;
    }
    const text = await sanitizeExportText(await file.file.text(), win, (done, total) =>
      jobs.jobs.update(work.jobId, { progress: { done, total } }).then(() => {}),
    );
    const imported = await importCollection(db, text);
    await finishJob(jobs, work.jobId, { imported });
    await jobs.files.delete(work.jobId);
  } catch (e) {
    const detail = (e as Error)?.message ?? String(e);
    await finishJob(
      jobs,
      work.jobId,
      work.kind === 'save'
        ? { clip: { ok: false, error: 'save-failed', detail } }
        : { imported: { ok: false, error: 'write-failed', detail } },
    );
  }
}
