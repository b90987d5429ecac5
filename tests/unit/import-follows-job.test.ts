// An import of a file with followed columns says "Imported" only once the columns are followed again: the worker
// (Chrome's offscreen document, which has no extension storage) leaves the job running, and the background keeps the
// columns and ends it. Session 33 saw the options page show the column seconds after "Imported" (columns.e2e.mjs).
import 'fake-indexeddb/auto';
import './i18n-stub';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { exportAllParts } from '../../utils/collection/export-collection';
import { saveDraft } from '../../utils/collection/save-draft';
import { listFollows, saveFollows } from '../../utils/columns/follow-store';
import { finishLostJobs, openJobsDb, type JobRecord } from '../../utils/clip/job-store';
import { doWork, type Work } from '../../utils/clip/job-work';
import { finishLostJobsAtStart, runJob } from '../../utils/clip/job-runner';
import { draft } from './factories';
import { FOLLOW_NOW, follow } from './follow-fixture';
import { FakeLocks } from './web-locks-stub';

const win = new JSDOM('').window as unknown as Window;
const jobs = openJobsDb();
const now = FOLLOW_NOW;
let db: ClipsDb;
let n = 0;

/** An export of one article and one followed column, with storage then emptied: another browser's file. */
async function fileWithFollow(): Promise<Blob> {
  const from = openDb(`follows-job-from-${n}`);
  await saveDraft(from, draft(1), now);
  await saveFollows([follow]);
  const text = (await exportAllParts(from)).join('');
  await from.delete();
  await fakeBrowser.storage.local.clear();
  return new Blob([text]);
}

const followed = async () => (await listFollows()).map((f) => f.url);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('navigator', { locks: new FakeLocks() });
  (fakeBrowser as unknown as { offscreen: object }).offscreen = { createDocument: async () => {} };
  db = openDb(`follows-job-${n++}`);
  await jobs.jobs.clear();
  await jobs.files.clear();
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await db.delete();
});

describe('an import that brings followed columns', () => {
  it('is ended, and "Imported" said, only after its columns are followed again', async () => {
    await jobs.files.put({ id: 'f', file: await fileWithFollow() });
    const afterWorker: (string | undefined)[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { work: Work }) => {
      await doWork(m.work, db, jobs, win);
      // The articles are written; the columns are not kept yet: a popup watching must not say "Imported".
      afterWorker.push((await jobs.jobs.get('f'))?.state, String((await followed()).length));
    }) as never);
    await runJob({ id: 'f', kind: 'import', label: 'other.json' });
    expect(afterWorker).toEqual(['running', '0']);
    expect(await jobs.jobs.get('f')).toMatchObject({ state: 'done', imported: { ok: true, added: 1 } });
    expect((await jobs.jobs.get('f'))?.imported).not.toHaveProperty('follows', expect.anything());
    expect(await followed()).toEqual([follow.url]);
  });

  it('cut off between its articles and its columns, it is told as imported, and the columns come at the next start', async () => {
    await jobs.files.put({ id: 'g', file: await fileWithFollow() });
    await jobs.jobs.put({
      id: 'g',
      kind: 'import',
      label: 'other.json',
      state: 'running',
      startedAt: now.toISOString(),
      seen: false,
    } satisfies JobRecord);
    // The worker writes everything, then the browser closes before the background keeps the columns.
    await doWork({ kind: 'import', jobId: 'g' }, db, jobs, win);
    await finishLostJobs(jobs, await jobs.jobs.toArray());
    expect(await jobs.jobs.get('g')).toMatchObject({ state: 'done', imported: { ok: true, added: 1 } });
    expect(await db.articles.count()).toBe(1);
    expect(await followed()).toEqual([]);
    await finishLostJobsAtStart();
    expect(await followed()).toEqual([follow.url]);
    expect((await jobs.jobs.get('g'))?.imported).not.toHaveProperty('follows', expect.anything());
  });
});
