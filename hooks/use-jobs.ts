/**
 * A page's side of clip and import jobs (the popup, the library tab, the options page): it asks the background to
 * run them, shows their progress, and shows each result once: its own first, and one that finished before the page
 * opened as "While this window was closed" (which window tells what: utils/clip/job-news.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { StatusLineProps } from '../components/StatusLine';
import type { Article, Provenance } from '../utils/model/article';
import type { ClipsDb } from '../utils/collection/db';
import { toArticle } from '../utils/collection/stored-article';
import { importUndone } from '../utils/collection/import-journal';
import { jobStatus } from '../utils/clip/job-status';
import { finishLostJobs, openJobsDb, pruneJobs, type JobRecord } from '../utils/clip/job-store';
import { jobNews, newJobWatch, startedHere, type JobWatch } from '../utils/clip/job-news';
import { JOB_MESSAGE, type JobRequest } from '../utils/clip/job-request';
import type { ClipOutcome } from '../utils/clip/clip-tab';
import { t } from '../utils/platform/i18n';
import { importNotStartedText } from '../utils/platform/failure-text';
import { useLatest } from './use-latest';
import { useLiveQuery } from './use-live-query';

export type Clipped = { article: Article; provenance: Provenance; column: string | null };

/** Tell a waiting caller its clip's outcome, once. */
function answer(waiting: Map<string, (o: ClipOutcome | null) => void>, id: string, o: ClipOutcome | null) {
  waiting.get(id)?.(o);
  waiting.delete(id);
}

export function useJobs(db: ClipsDb, onStatus: (s: StatusLineProps) => void, onClipped: (c: Clipped) => void) {
  const jobs = openJobsDb();
  /** What this page has seen of the jobs: its own, those it follows, and when it opened (utils/clip/job-news.ts). */
  const watch = useRef<JobWatch | null>(null);
  watch.current ??= newJobWatch(Date.now());
  /** Clips whose caller waits for the outcome (a New item leaves New only when saved), by job id. */
  const waiting = useRef(new Map<string, (o: ClipOutcome | null) => void>());
  const records = useLiveQuery(
    useCallback(() => jobs.jobs.orderBy('startedAt').toArray(), [jobs]),
    [] as JobRecord[],
  );
  const running = useMemo(() => records.filter((j) => j.state === 'running'), [records]);
  // Told once per change of the records, to the callbacks current then (not those of the first render).
  const statusTo = useLatest(onStatus);
  const clippedTo = useLatest(onClipped);
  /**
   * Running jobs this page has asked whether anyone still runs (job-store.ts finishLostJobs): one it has not is
   * not shown as running until the answer comes (after a restart, a cut-off import would flash "Importing… 28 %").
   */
  const checked = useRef(new Set<string>());
  const [answers, answered] = useState(0);

  useEffect(() => {
    const unchecked = running.filter((j) => !checked.current.has(j.id));
    const lookedAt = finishLostJobs(jobs, running);
    if (unchecked.length)
      void lookedAt.finally(() => {
        for (const j of unchecked) checked.current.add(j.id);
        answered((n) => n + 1);
      });
    for (const j of records) if (j.state === 'done') answer(waiting.current, j.id, j.clip ?? null);
    const { tell, seen } = jobNews(records, watch.current!);
    if (seen.length)
      void jobs.jobs.bulkUpdate(seen.map((id) => ({ key: id, changes: { seen: true } }))).then(() => pruneJobs(jobs));
    if (!tell) return;
    // Its progress is told once the answer came (and the job is still running): asked again then.
    if (tell.job.state === 'running' && !checked.current.has(tell.job.id))
      return void (watch.current!.lastProgress = '');
    const s = jobStatus(tell.job);
    const told = tell.away ? { ...s, text: t('whileAway', s.text) } : s;
    // "Nothing of it was kept" once it is so: a cut-off import's batches are rolled back by whichever page opened the
    // collection first, which takes seconds for a large one (R9 #1: the count still showed them meanwhile).
    const { imported } = tell.job;
    if (tell.job.kind === 'import' && imported && !imported.ok && imported.error === 'interrupted')
      void importUndone(db).then(
        () => statusTo.current(told),
        () => statusTo.current(told),
      );
    else statusTo.current(told);
    const clip = tell.job.clip;
    // This page's own clip opens for review; another window's does not.
    if (clip?.ok && watch.current!.mine.has(tell.job.id)) {
      const { provenance, column } = clip;
      void db.articles
        .get(clip.article.id)
        .then((a) => a && clippedTo.current({ article: toArticle(a), provenance, column }));
    }
  }, [records, running, answers, db, jobs, statusTo, clippedTo]);

  /** Resolves when the background answers (the job has ended, or never started). */
  const start = async (request: JobRequest) => {
    startedHere(watch.current!, request.id);
    try {
      await browser.runtime.sendMessage({ type: JOB_MESSAGE, request });
    } catch (e) {
      // The answer may be lost while the job goes on; only a job that never started is a failure.
      if (!(await jobs.jobs.get(request.id))) {
        watch.current!.settled.add(request.id);
        onStatus({ text: t('jobsUnavailable', (e as Error)?.message ?? ''), error: true });
      }
    }
  };

  /** Clip `tabId`, or (null) the active tab, found by the background. */
  const clip = (tabId: number | null) => {
    onStatus({ text: t('clipping'), error: false });
    void start({ id: crypto.randomUUID(), kind: 'clip', tabId });
  };

  /**
   * Clip an address without opening it (a followed column's new item). Resolves to the clip's outcome, or null when
   * it is not known (the job never started, or its record was already gone).
   */
  const clipUrl = async (url: string): Promise<ClipOutcome | null> => {
    onStatus({ text: t('clipping'), error: false });
    const id = crypto.randomUUID();
    const outcome = new Promise<ClipOutcome | null>((resolve) => waiting.current.set(id, resolve));
    await start({ id, kind: 'clip-url', url });
    // The background answers once the job has ended: its record says how, unless this page already heard.
    const record = await jobs.jobs.get(id);
    answer(waiting.current, id, record?.state === 'done' ? (record.clip ?? null) : null);
    return outcome;
  };

  const importFile = async (file: File) => {
    onStatus({ text: t('importing', file.name), error: false });
    const id = crypto.randomUUID();
    // The file goes to the jobs database first: the worker reads it there, whether or not this popup stays open.
    try {
      await jobs.files.put({ id, file });
    } catch (e) {
      // Most likely a full disk: said so, in place of "Importing…"; nothing was imported.
      onStatus({ text: importNotStartedText(e), error: true });
      return;
    }
    await start({ id, kind: 'import', label: file.name });
  };

  /**
   * Ask the worker to stop the running import; it rolls back, and the result says "cancelled". An import no one runs
   * any more (the browser closed) ends at once, as interrupted.
   */
  const cancelImport = async () => {
    const imports = running.filter((j) => j.kind === 'import');
    await Promise.all(imports.map((j) => jobs.jobs.update(j.id, { cancel: true })));
    await finishLostJobs(jobs, imports);
  };

  return {
    // Its own clip only: another window clipping at the same time does not hold this one back.
    busy: running.some((j) => j.kind === 'clip' && watch.current!.mine.has(j.id)),
    importing: running.some((j) => j.kind === 'import'),
    clip,
    clipUrl,
    importFile,
    cancelImport,
  };
}
