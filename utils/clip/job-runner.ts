/**
 * The background's side of clip and import jobs. The popup asks; the background records the job, extracts the
 * page (scripting lives here), and hands the rest to a page with a DOM: Chrome's offscreen document (its service
 * worker has none) or, in Firefox, the MV2 background page itself.
 */
import { browser } from 'wxt/browser';
import { openDb, type ClipsDb } from '../collection/db';
import { extractFromTab } from './clip-tab';
import { finishJob, openJobsDb, slimOutcome } from './job-store';
import { defaultTagsText, watchListText } from '../platform/settings';
import { parseTags } from './default-tags';
import { parseWatchList } from '../entities/watch-list';
import { doWork, WORK_MESSAGE, type Work } from './job-work';
import { selectionOfPage } from '../browse/page-scripts';
import { withSelection } from './selection';
import { showSaved } from '../platform/saved-badge';
import { mergeImportedFollows } from '../columns/follow-store';
import { readColumnHtml, READ_COLUMN_MESSAGE } from '../columns/read-column-html';
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
      justification: 'Sanitize clipped and imported article HTML before it is stored.',
    })
    .catch((e: Error) => {
      // Another call created it first: that is fine.
      if (!/single offscreen|already/i.test(e.message)) throw e;
    })
    .finally(() => (creating = null));
  await creating;
}

/** Hand work to a DOM page: here if the background has a DOM (Firefox), else the offscreen document. */
async function work(w: Work): Promise<void> {
  if (typeof document !== 'undefined') {
    collection ??= openDb();
    return doWork(w, collection, openJobsDb(), window);
  }
  await ensureOffscreen();
  await browser.runtime.sendMessage({ type: WORK_MESSAGE, work: w });
}

/** The tab the user is looking at: the popup asked before it had looked its tab up. */
async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

/** Run a job to the end, whether or not the popup that asked is still open. */
export async function runJob(req: JobRequest): Promise<void> {
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
      // Export version 2 carries followed columns: kept here, where extension storage is open.
      const imported = (await jobs.jobs.get(req.id))?.imported;
      if (imported?.ok && imported.follows) {
        await mergeImportedFollows(imported.follows);
        await jobs.jobs.update(req.id, { imported: { ...imported, follows: undefined } });
      }
      return;
    }
    const watch = parseWatchList(await watchListText.getValue());
    // Read here, where extension storage is open (Chrome's offscreen document has none).
    const defaultTags = parseTags(await defaultTagsText.getValue());
    if (req.kind === 'clip-url')
      return await work({ kind: 'clip-url', jobId: req.id, url: req.url, watch, defaultTags });
    const tabId = req.tabId ?? (await activeTabId());
    if (tabId === null) return await finishJob(jobs, req.id, { clip: { ok: false, error: 'no-tab' } });
    const extracted = await extractFromTab(tabId);
    if (!extracted.ok) return await finishJob(jobs, req.id, { clip: slimOutcome(extracted) });
    const draft = req.selection ? withSelection(extracted.draft, await selectionIn(tabId)) : extracted.draft;
    await work({ kind: 'save', jobId: req.id, draft, watch, defaultTags });
    // The page is in the collection now: its toolbar icon says so.
    if ((await jobs.jobs.get(req.id))?.clip?.ok) await showSaved((collection ??= openDb()), tabId, draft.url, '');
  } catch (e) {
    const detail = (e as Error)?.message ?? String(e);
    await finishJob(
      jobs,
      req.id,
      req.kind !== 'import'
        ? { clip: { ok: false, error: 'save-failed', detail } }
        : { imported: { ok: false, error: 'write-failed', detail } },
    );
  }
}

/** The tab's selected part (HTML and text), or null. */
async function selectionIn(tabId: number): Promise<{ html: string; text: string } | null> {
  const [res] = await browser.scripting.executeScript({ target: { tabId }, func: selectionOfPage }).catch(() => []);
  return (res?.result as { html: string; text: string } | null | undefined) ?? null;
}

/** Read a column's HTML where a DOM exists: here (Firefox's background page) or the offscreen document (Chrome). */
export async function readColumnInDom(html: string, url: string): Promise<ColumnPage> {
  if (typeof document !== 'undefined') return readColumnHtml(html, url, window);
  await ensureOffscreen();
  return (await browser.runtime.sendMessage({ type: READ_COLUMN_MESSAGE, html, url })) as ColumnPage;
}
