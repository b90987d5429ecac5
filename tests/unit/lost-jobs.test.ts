// A clip or import cut off by a closed or killed browser is known as such at once, by its lock (Web Locks), not
// 30 minutes after it began (review 30, R8 #1). The runner holds the job's lock from before its record is written,
// the worker while it works: a running job no one holds is a lost one. Web Locks: a stand-in (Node 20 has none).
import 'fake-indexeddb/auto';
import './i18n-stub';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openDb } from '../../utils/collection/db';
import { finishLostJobs, jobLock, openJobsDb, withJobLock, type JobRecord } from '../../utils/clip/job-store';
import { doWork, type Work } from '../../utils/clip/job-work';
import { finishLostJobsAtStart, runJob } from '../../utils/clip/job-runner';
import { hostileExport } from '../fixtures/xss-payloads.mjs';
import { FakeLocks } from './web-locks-stub';

const win = new JSDOM('').window as unknown as Window;
const jobs = openJobsDb();
let locks: FakeLocks;
const minutesAgo = (m: number) => new Date(Date.now() - m * 60e3).toISOString();
const running = (over: Partial<JobRecord> = {}): JobRecord => ({
  id: 'imp',
  kind: 'import',
  label: 'big-valid.json',
  state: 'running',
  startedAt: minutesAgo(1),
  progress: { written: 6500, percent: 28 },
  seen: false,
  ...over,
});
const all = () => jobs.jobs.toArray();

beforeEach(async () => {
  fakeBrowser.reset();
  // A browser just started: no one holds any lock.
  locks = new FakeLocks();
  vi.stubGlobal('navigator', { locks });
  await jobs.jobs.clear();
  await jobs.files.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('a job no one runs any more', () => {
  it('an import begun a minute ago that no one holds is ended at once as interrupted, and its file dropped', async () => {
    await jobs.jobs.bulkPut([running(), running({ id: 'clip', kind: 'clip', label: '', progress: undefined })]);
    await jobs.files.put({ id: 'imp', file: new Blob(['{}']) });
    await finishLostJobs(jobs, await all());
    expect(await jobs.jobs.get('imp')).toMatchObject({ state: 'done', imported: { ok: false, error: 'interrupted' } });
    expect(await jobs.jobs.get('clip')).toMatchObject({ state: 'done', clip: { ok: false, error: 'interrupted' } });
    expect(await jobs.files.get('imp')).toBeUndefined();
  });

  it('a job whose runner or worker holds its lock stays running, however long ago it began', async () => {
    await jobs.jobs.put(running({ startedAt: minutesAgo(90) }));
    let release!: () => void;
    const held = withJobLock('imp', () => new Promise<void>((ok) => (release = ok)));
    await vi.waitFor(() => expect(locks.isHeld(jobLock('imp'))).toBe(true));
    await finishLostJobs(jobs, await all());
    expect((await jobs.jobs.get('imp'))?.state).toBe('running');
    // The page running it dies: now it is lost.
    release();
    await held;
    await finishLostJobs(jobs, await all());
    expect((await jobs.jobs.get('imp'))?.imported).toEqual({ ok: false, error: 'interrupted' });
  });

  it('without Web Locks, a job is lost only a generous while after it began', async () => {
    vi.stubGlobal('navigator', undefined);
    await jobs.jobs.bulkPut([running(), running({ id: 'old', startedAt: minutesAgo(31) })]);
    await finishLostJobs(jobs, await all());
    expect((await jobs.jobs.get('imp'))?.state).toBe('running');
    expect((await jobs.jobs.get('old'))?.state).toBe('done');
  });

  it('the background, when it starts, ends the jobs the last session left running', async () => {
    await jobs.jobs.bulkPut([
      running(),
      running({ id: 'ended', state: 'done', imported: { ok: false, error: 'cancelled' } }),
    ]);
    await finishLostJobsAtStart();
    expect((await jobs.jobs.get('imp'))?.imported).toEqual({ ok: false, error: 'interrupted' });
    expect((await jobs.jobs.get('ended'))?.imported).toEqual({ ok: false, error: 'cancelled' });
  });
});

describe('a job being run is never called lost', () => {
  it('the worker holds the lock while it works, and leaves a job already ended as lost', async () => {
    const db = openDb(`lost-jobs-${Math.random()}`);
    await jobs.jobs.put(running({ id: 'w', progress: undefined }));
    await jobs.files.put({ id: 'w', file: new Blob([hostileExport()]) });
    const get = jobs.files.get.bind(jobs.files);
    const whileWorking: boolean[] = [];
    const spy = vi.spyOn(jobs.files, 'get').mockImplementation(((id: string) => {
      whileWorking.push(locks.isHeld(jobLock(id)));
      return get(id);
    }) as never);
    await doWork({ kind: 'import', jobId: 'w' }, db, jobs, win);
    expect(whileWorking).toEqual([true]);
    expect((await jobs.jobs.get('w'))?.imported).toMatchObject({ ok: true, added: 1 });

    // Called lost before its work came (Chrome: the background died handing it over): nothing is imported.
    await jobs.jobs.put(running({ id: 'late', state: 'done', imported: { ok: false, error: 'interrupted' } }));
    await jobs.files.put({ id: 'late', file: new Blob([hostileExport()]) });
    await doWork({ kind: 'import', jobId: 'late' }, db, jobs, win);
    expect((await jobs.jobs.get('late'))?.imported).toEqual({ ok: false, error: 'interrupted' });
    expect(await db.articles.count()).toBe(1);
    spy.mockRestore();
    await db.delete();
  });

  it('the runner holds it from before the record is written, through the hand-off to the offscreen document', async () => {
    (fakeBrowser as unknown as { offscreen: object }).offscreen = { createDocument: async () => {} };
    const db = openDb(`lost-jobs-${Math.random()}`);
    await jobs.files.put({ id: 'r', file: new Blob([hostileExport()]) });
    const realPut = jobs.jobs.put.bind(jobs.jobs);
    const heldAtPut: boolean[] = [];
    const put = vi.spyOn(jobs.jobs, 'put').mockImplementation(((...a: Parameters<typeof realPut>) => {
      heldAtPut.push(locks.isHeld(jobLock('r')));
      return realPut(...a);
    }) as never);
    const stateAtHandOff: (string | undefined)[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { work: Work }) => {
      // A popup looks now, before the offscreen document has the work: the job is not lost.
      await finishLostJobs(jobs, await all());
      stateAtHandOff.push((await jobs.jobs.get('r'))?.state);
      await doWork(m.work, db, jobs, win);
    }) as never);
    await runJob({ id: 'r', kind: 'import', label: 'h.json' });
    put.mockRestore();
    expect(heldAtPut).toEqual([true]);
    expect(stateAtHandOff).toEqual(['running']);
    expect((await jobs.jobs.get('r'))?.imported).toMatchObject({ ok: true, added: 1 });
    await db.delete();
  });

  it('an import whose offscreen document closed with the browser is cut off, not "could not be written"', async () => {
    (fakeBrowser as unknown as { offscreen: object }).offscreen = { createDocument: async () => {} };
    await jobs.files.put({ id: 'c', file: new Blob(['{}']) });
    // What Chrome answers the hand-off when the offscreen document goes away before answering (a normal close).
    const closed =
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error(closed));
    await runJob({ id: 'c', kind: 'import', label: 'big-valid.json' });
    expect((await jobs.jobs.get('c'))?.imported).toEqual({ ok: false, error: 'interrupted' });
    // One the worker had ended before the channel closed keeps its outcome.
    await jobs.jobs.put({ ...running({ id: 'd' }), state: 'done', imported: { ok: true, added: 3 } as never });
    send.mockImplementation((async () => {
      await jobs.jobs.update('d', { state: 'done', imported: { ok: true, added: 3 } as never });
      throw new Error(closed);
    }) as never);
    await runJob({ id: 'd', kind: 'import', label: 'small.json' });
    expect((await jobs.jobs.get('d'))?.imported).toMatchObject({ ok: true, added: 3 });
    send.mockRestore();
  });
  it("a tab clip's record names its page as soon as the tab is known, so a cut-off clip can be told by name", async () => {
    (fakeBrowser as unknown as { offscreen: object }).offscreen = { createDocument: async () => {} };
    const title = '西安交通大学召开2021年党建工作会议'.repeat(5);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, title } as never);
    const labels: string[] = [];
    // The page's copy never comes (the browser closing): what the record says by then.
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
      labels.push((await jobs.jobs.get('t'))!.label);
      throw new Error('closing');
    }) as never);
    await runJob({ id: 't', kind: 'clip', tabId: 7 });
    expect(labels[0]).toBe(`${title.slice(0, 79)}…`);
  });
});
