/**
 * The background's side of clip and import jobs. The popup asks; the background records the job, extracts the
 * page (scripting lives here), and hands the rest to a page with a DOM: Chrome's offscreen document (its service
 * worker has none) or, in Firefox, the MV2 background page itself.
 */
import { browser } from 'wxt/browser';
import { openDb, type ClipsDb } from '../collection/db';
import { EXTRACT_TIMEOUT_MS, POST_SNAPSHOT_FROM_CHARS, snapshotTab, type ClipOutcome } from './clip-tab';
import { finishJob, finishLostJobs, openJobsDb, withJobLock, type JobsDb } from './job-store';
import { defaultTagsText, watchListText } from '../platform/settings';
import { parseTags } from './default-tags';
import type { Work } from './job-work';
import { SNAPSHOT_PORT, WORK_MESSAGE } from '../platform/protocol';
import { mayFetch } from '../platform/may-fetch';
import { selectionOfPage } from '../browse/page-scripts';
import { showSaved } from '../platform/saved-badge';
import { mergeImportedFollows } from '../columns/follow-store';
import { READ_COLUMN_MESSAGE } from '../columns/read-column-html';
import type { ColumnPage } from '../columns/read-list';
import type { JobRequest } from './job-request';

export { isJobMessage, JOB_MESSAGE, type JobRequest } from './job-request';

let collection: ClipsDb | null = null;
let creating: Promise<void> | null = null;

type Offscreen = {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
};
type Contexts = { getContexts?: (f: { contextTypes: string[] }) => Promise<unknown[]> };

/** Chrome: the offscreen document, created once and kept while work comes. */
export async function ensureOffscreen(): Promise<void> {
  const offscreen = (browser as unknown as { offscreen: Offscreen }).offscreen;
  const runtime = browser.runtime as unknown as Contexts;
  if ((await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] }))?.length) return;
  creating ??= offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['DOM_PARSER'],
      justification: 'Parse and extract clipped pages off their tabs, and sanitize clipped and imported HTML.',
    })
    .catch((e: Error) => {
      // Another call created it first: that is fine.
      if (!/single offscreen|already/i.test(e.message)) throw e;
    })
    .finally(() => (creating = null));
  await creating;
}

/**
 * Hand work to a DOM page: here in Firefox (its background page has a DOM), else the offscreen document. The DOM side
 * (extraction, sanitizer, name rules) is imported only in Firefox's build: Chrome's service worker never runs it, and
 * the bundler drops the branch and what it imports.
 */
async function work(w: Work): Promise<void> {
  if (import.meta.env.FIREFOX) {
    const { doWork } = await import('./job-work');
    collection ??= openDb();
    return doWork(w, collection, openJobsDb(), window);
  }
  await ensureOffscreen();
  await browser.runtime.sendMessage({ type: WORK_MESSAGE, work: w });
}

/** A link or New item on a host the extension may not read: said so, rather than "could not be reached". */
const noAccess = (url: string): ClipOutcome => ({
  ok: false,
  error: 'fetch-failed',
  noAccess: true,
  detail: new URL(url).hostname,
});

/** The tab the user is looking at: the popup asked before it had looked its tab up. */
async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

/**
 * Jobs a closed browser (or a dead background or offscreen page) left "running" are ended as interrupted when the
 * background starts, rather than shown as running to the next popup.
 */
export async function finishLostJobsAtStart(): Promise<void> {
  const jobs = openJobsDb();
  await finishLostJobs(jobs, await jobs.jobs.filter((j) => j.state === 'running').toArray());
  // Imports cut off after their articles were written, before their followed columns were kept.
  for (const j of await jobs.jobs.filter((j) => j.state === 'done' && !!j.imported?.ok).toArray())
    await keepFollows(jobs, j.id);
}

/**
 * An import's followed columns (export version 2) are kept here, where extension storage is open, and the job is
 * ended after them: the worker leaves it running (job-work.ts), so "Imported" is never said before they are back.
 * Whether the record carried any.
 */
async function keepFollows(jobs: JobsDb, id: string): Promise<boolean> {
  const imported = (await jobs.jobs.get(id))?.imported;
  if (!imported?.ok || !imported.follows) return false;
  await mergeImportedFollows(imported.follows);
  await finishJob(jobs, id, { imported: { ...imported, follows: undefined } });
  return true;
}

/**
 * Run a job to the end, whether or not the popup that asked is still open. Its lock is held from before its record
 * is written until it ends (the worker holds it too): a running job no one holds is a lost one.
 */
export const runJob = (req: JobRequest): Promise<void> => withJobLock(req.id, () => runHeld(req));

async function runHeld(req: JobRequest): Promise<void> {
  const jobs = openJobsDb();
  await jobs.jobs.put({
    id: req.id,
    kind: req.kind === 'import' ? 'import' : 'clip',
    label: req.kind === 'import' ? req.label : req.kind === 'clip-url' ? req.url : '',
    state: 'running',
    startedAt: new Date().toISOString(),
    seen: false,
  });
  try {
    if (req.kind === 'import') {
      await work({ kind: 'import', jobId: req.id });
      await keepFollows(jobs, req.id);
      return;
    }
    const watchList = await watchListText.getValue();
    // Read here, where extension storage is open (Chrome's offscreen document has none).
    const defaultTags = parseTags(await defaultTagsText.getValue());
    if (req.kind === 'clip-url') {
      // Asked here: Chrome's offscreen document, which fetches, has no permissions API.
      if (!(await mayFetch(req.url))) return await finishJob(jobs, req.id, { clip: noAccess(req.url) });
      return await work({ kind: 'clip-url', jobId: req.id, url: req.url, watchList, defaultTags });
    }
    const tabId = req.tabId ?? (await activeTabId());
    if (tabId === null) return await finishJob(jobs, req.id, { clip: { ok: false, error: 'no-tab' } });
    await jobs.jobs.update(req.id, { label: await tabLabel(tabId) });
    const deadline = Date.now() + EXTRACT_TIMEOUT_MS;
    const clip = async () => {
      // Chrome: the page posts its snapshot straight to the offscreen document (one trip, not two through here).
      if (!import.meta.env.FIREFOX) await ensureOffscreen();
      const postTo = { port: SNAPSHOT_PORT, jobId: req.id, minChars: POST_SNAPSHOT_FROM_CHARS };
      const read = await snapshotTab(tabId, import.meta.env.FIREFOX ? null : postTo);
      if (!read.ok) return finishJob(jobs, req.id, { clip: read });
      const selection = req.selection ? await selectionIn(tabId) : null;
      await work({
        kind: 'clip-tab',
        jobId: req.id,
        snapshot: read.snapshot === 'posted' ? { postedBy: tabId } : read.snapshot,
        selection,
        deadline,
        watchList,
        defaultTags,
      });
      // The page is in the collection now: its toolbar icon says so.
      const done = (await jobs.jobs.get(req.id))?.clip;
      if (done?.ok) await showSaved((collection ??= openDb()), tabId, done.article.url, '');
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((ok) => (timer = setTimeout(() => ok('late'), EXTRACT_TIMEOUT_MS)));
    const clipping = clip();
    // A failure after the deadline has no one to tell: the job already says too slow.
    clipping.catch(() => {});
    const done = await Promise.race([clipping, late]).finally(() => clearTimeout(timer));
    // The DOM page saves nothing after the deadline (job-work.ts), so this stays the job's outcome.
    if (done === 'late') await finishJob(jobs, req.id, { clip: { ok: false, error: 'too-slow' } });
  } catch (e) {
    const detail = (e as Error)?.message ?? String(e);
    // The DOM page running it went away with the browser closing (Chrome answers the hand-off so): the job was cut
    // off, not failed, unless that page had ended it already. Told as the import's "cut off", not as a write error
    // quoting Chrome's message (seen in cut-off-import.e2e.mjs on a normal close).
    if (CHANNEL_CLOSED.test(detail)) {
      if (req.kind === 'import' && (await keepFollows(jobs, req.id))) return;
      if ((await jobs.jobs.get(req.id))?.state === 'done') return;
      const cut = { ok: false, error: 'interrupted' } as const;
      return await finishJob(jobs, req.id, req.kind === 'import' ? { imported: cut } : { clip: cut });
    }
    await finishJob(
      jobs,
      req.id,
      req.kind !== 'import' ? { clip: failedClip(detail) } : { imported: { ok: false, error: 'write-failed', detail } },
    );
  }
}

/** Chrome's answer to a message whose receiving page closed before it answered. */
const CHANNEL_CLOSED = /message channel closed|message port closed|receiving end does not exist/i;

/** The tab's title (or address), short: what a cut-off clip's message calls the page. */
async function tabLabel(tabId: number): Promise<string> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const name = (tab?.title || tab?.url || '').trim();
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

/**
 * A clip that threw. A snapshot Chrome would not carry to the offscreen document ("Message length exceeded maximum
 * allowed length") is a page too large to clip: 'too-slow' says so in words.
 */
function failedClip(detail: string): Extract<ClipOutcome, { ok: false }> {
  return /message length exceeded/i.test(detail)
    ? { ok: false, error: 'too-slow', detail }
    : { ok: false, error: 'save-failed', detail };
}

/** The tab's selected part (HTML and text), or null. */
async function selectionIn(tabId: number): Promise<{ html: string; text: string } | null> {
  // Not waiting for document_idle: a page whose load stalls (a script that never answers) has its selection now.
  const [res] = await browser.scripting
    .executeScript({ target: { tabId }, injectImmediately: true, func: selectionOfPage })
    .catch(() => []);
  return (res?.result as { html: string; text: string } | null | undefined) ?? null;
}

/** Read a column's HTML where a DOM exists: here (Firefox's background page) or the offscreen document (Chrome). */
export async function readColumnInDom(html: string, url: string): Promise<ColumnPage> {
  if (import.meta.env.FIREFOX) return (await import('../columns/read-column-html')).readColumnHtml(html, url, window);
  await ensureOffscreen();
  return (await browser.runtime.sendMessage({ type: READ_COLUMN_MESSAGE, html, url })) as ColumnPage;
}
