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
  /** The import's file name; a clip's page (its tab's title or the link), once known, or empty. */
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

/**
 * Where Web Locks are missing, a job still "running" after this long was cut off (the browser closed). Elsewhere
 * the job's lock says so at once (`jobLock`).
 */
export const JOB_LOST_MINUTES = 30;

/** Held (shared) by whoever runs a job: the background from before it writes the record, and the worker. */
export const jobLock = (id: string) => `campus-news-clipper-job:${id}`;

type Locks = Pick<LockManager, 'request'>;
const webLocks = (): Locks | undefined => (globalThis.navigator as Navigator | undefined)?.locks;

/**
 * Run `fn` holding the job's lock, shared: the runner and the worker both hold it while the job is theirs (the
 * background's hand-off to Chrome's offscreen document leaves no gap), so a job no one holds is a dead one.
 */
export function withJobLock<T>(id: string, fn: () => Promise<T>, locks = webLocks()): Promise<T> {
  return locks ? (locks.request(jobLock(id), { mode: 'shared' }, fn) as Promise<T>) : fn();
}

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

/**
 * Jobs still "running" that no one runs were cut off (the browser closed, or the page running them died): each is
 * recorded as interrupted, and an import's waiting file is dropped. No one runs a job whose lock no one holds (its
 * runner takes the lock before writing the record, and the record ends before the lock is let go); without Web
 * Locks, a job that began `JOB_LOST_MINUTES` ago.
 */
export async function finishLostJobs(
  jobs: JobsDb,
  running: JobRecord[],
  now = Date.now(),
  locks = webLocks(),
): Promise<void> {
  const end = async (id: string) => {
    // Read again: it may have ended meanwhile, and an ended job is not overwritten.
    const j = await jobs.jobs.get(id);
    if (j?.state !== 'running') return;
    // An import whose articles were all written, cut off while its followed columns were being kept, ended well:
    // its record keeps them, for the background's next start (job-runner.ts).
    await finishJob(
      jobs,
      id,
      j.kind === 'clip'
        ? { clip: { ok: false, error: 'interrupted' } }
        : { imported: j.imported?.ok ? j.imported : { ok: false, error: 'interrupted' } },
    );
    if (j.kind === 'import') await jobs.files.delete(id);
  };
  for (const j of running) {
    if (!locks) {
      if (Date.parse(j.startedAt) < now - JOB_LOST_MINUTES * 60e3) await end(j.id);
      continue;
    }
    // Taken only if no one holds it (nor waits for it); held while the record is ended, so a worker that comes
    // late finds the job ended and leaves it (job-work.ts).
    await locks.request(jobLock(j.id), { ifAvailable: true }, async (lock) => {
      if (lock) await end(j.id);
    });
  }
}

/** Forget results already shown, and keep only the last few. */
export async function pruneJobs(jobs: JobsDb, keep = 20): Promise<void> {
  const all = await jobs.jobs.orderBy('startedAt').reverse().toArray();
  const drop = all.filter((j, i) => j.state === 'done' && (j.seen || i >= keep)).map((j) => j.id);
  if (drop.length) await jobs.jobs.bulkDelete(drop);
}
