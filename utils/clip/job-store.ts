/**
 * Clip and import jobs, recorded where every extension context can see them (their own small IndexedDB, not the
 * collection): the background writes a job when it starts, the worker when it finishes, and the popup shows
 * progress and the result, even one that finished while the popup was closed.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ClipOutcome } from './clip-tab';
import type { ImportResult } from '../collection/import-json';

/**
 * How an import job ended: the importer's result, or what only the job knows: it was cut off (the browser closed
 * before it finished; the importer's journal rolls it back when the collection next opens), or its file was gone.
 */
export type JobImportResult = ImportResult | JobFailure;
export type JobFailure = { ok: false; error: 'interrupted' | 'file-missing' };

export const isJobFailure = (r: JobImportResult): r is JobFailure =>
  !r.ok && (r.error === 'interrupted' || r.error === 'file-missing');

export interface JobRecord {
  id: string;
  kind: 'clip' | 'import';
  /** The import's file name; empty for a clip. */
  label: string;
  state: 'running' | 'done';
  startedAt: string;
  /** When it ended (absent in records written before session 26, and while it runs). */
  finishedAt?: string;
  /** An import's progress: articles written so far, and how much of the file was read (percent). */
  progress?: { written: number; percent: number };
  /** The user asked to cancel the import: the worker stops and rolls it back (nothing of it stays). */
  cancel?: boolean;
  /** A finished clip: its outcome (the article without its body; the popup reads the saved one). */
  clip?: ClipOutcome;
  /** A finished import: its result. */
  imported?: JobImportResult;
  /** Whether an open popup has shown the result. */
  seen: boolean;
}

/** An import file waiting for the worker (a Blob: the file never has to fit in a message). */
export interface JobFile {
  id: string;
  file: Blob;
}

export type JobsDb = Dexie & { jobs: EntityTable<JobRecord, 'id'>; files: EntityTable<JobFile, 'id'> };

export const JOBS_DB_NAME = 'campus-news-clipper-jobs';

/** A job still "running" after this long was cut off (the browser closed); the popup says so. */
export const JOB_LOST_MINUTES = 30;

let shared: JobsDb | null = null;

export function openJobsDb(name = JOBS_DB_NAME): JobsDb {
  if (name === JOBS_DB_NAME && shared) return shared;
  const db = new Dexie(name) as JobsDb;
  db.version(1).stores({ jobs: 'id, startedAt', files: 'id' });
  if (name === JOBS_DB_NAME) shared = db;
  return db;
}

/** A clip outcome small enough to keep in the job record. */
export function slimOutcome(o: ClipOutcome): ClipOutcome {
  return o.ok ? { ...o, article: { ...o.article, contentHtml: '', textContent: '', entities: [] } } : o;
}

export async function finishJob(jobs: JobsDb, id: string, result: Pick<JobRecord, 'clip' | 'imported'>) {
  await jobs.jobs.update(id, { ...result, state: 'done', progress: undefined, finishedAt: new Date().toISOString() });
}

/** Jobs still "running" long after they began were cut off (the browser closed): each is recorded as interrupted. */
export async function finishLostJobs(jobs: JobsDb, running: JobRecord[], now = Date.now()): Promise<void> {
  const lost = now - JOB_LOST_MINUTES * 60e3;
  for (const j of running.filter((j) => Date.parse(j.startedAt) < lost))
    await finishJob(
      jobs,
      j.id,
      j.kind === 'clip'
        ? { clip: { ok: false, error: 'interrupted' } }
        : { imported: { ok: false, error: 'interrupted' } },
    );
}

/** Forget results already shown, and keep only the last few. */
export async function pruneJobs(jobs: JobsDb, keep = 20): Promise<void> {
  const all = await jobs.jobs.orderBy('startedAt').reverse().toArray();
  const drop = all.filter((j, i) => j.state === 'done' && (j.seen || i >= keep)).map((j) => j.id);
  if (drop.length) await jobs.jobs.bulkDelete(drop);
}
