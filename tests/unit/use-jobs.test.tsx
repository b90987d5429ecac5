// The popup's side of jobs (hooks/use-jobs.ts) against a stand-in background that ends each job when the test says:
// a clip's caller learns its outcome (a New item leaves New only when saved).
import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { StatusLineProps } from '../../components/StatusLine';
import { useJobs } from '../../hooks/use-jobs';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import type { ClipOutcome } from '../../utils/clip/clip-tab';
import type { Article } from '../../utils/model/article';
import { finishJob, jobLock, openJobsDb, withJobLock } from '../../utils/clip/job-store';
import type { JobRequest } from '../../utils/clip/job-request';
import { mount, unmount, until } from './render-helpers';
import { FakeLocks } from './web-locks-stub';
import { IMPORT_LOCK, JOURNAL } from '../../utils/collection/import-journal';
import { saveDraft } from '../../utils/collection/save-draft';
import { draft } from './factories';

type Jobs = ReturnType<typeof useJobs>;
const jobs = openJobsDb();

/** The background as the popup sees it: a job is recorded when asked for, and answered when the test ends it. */
function standInBackground() {
  const ends = new Map<string, () => void>();
  const asked: JobRequest[] = [];
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  restore.push(() => send.mockRestore());
  send.mockImplementation((async (m: { request: JobRequest }) => {
    const r = m.request;
    asked.push(r);
    await jobs.jobs.put({
      id: r.id,
      kind: r.kind === 'import' ? 'import' : 'clip',
      label: r.kind === 'clip-url' ? r.url : '',
      state: 'running',
      startedAt: new Date().toISOString(),
      seen: false,
    });
    await new Promise<void>((ok) => ends.set(r.id, ok));
    return { done: true };
  }) as never);
  return {
    asked,
    /** End job `i` (in the order asked) with `clip`, as the worker does, then answer the page that asked. */
    async end(i: number, clip: ClipOutcome) {
      await until(() => expect(asked.length).toBeGreaterThan(i));
      const id = asked[i]!.id;
      await until(() => expect(ends.has(id)).toBe(true));
      await finishJob(jobs, id, { clip });
      ends.get(id)!();
    },
  };
}

/** A page using the hook: its status lines, and the hook's functions. */
function page(db: ClipsDb) {
  const said: StatusLineProps[] = [];
  const api: { current?: Jobs } = {};
  function Page() {
    api.current = useJobs(
      db,
      (s) => said.push(s),
      () => undefined,
    );
    return null;
  }
  const root = mount(<Page />);
  roots.push(root);
  return { said, api: () => api.current!, last: () => said.at(-1)?.text };
}

let roots: HTMLElement[] = [];
const restore: (() => void)[] = [];
let db: ClipsDb;
beforeEach(async () => {
  db = openDb(`use-jobs-${Math.random()}`);
  await jobs.jobs.clear();
});
afterEach(async () => {
  roots.forEach(unmount);
  roots = [];
  restore.splice(0).forEach((f) => f());
  await db.delete();
});

describe('useJobs: clipping by address', () => {
  it("resolves to the clip's outcome, so a failed one is known as failed", async () => {
    const bg = standInBackground();
    const p = page(db);
    const outcome = p.api().clipUrl('http://news.xjtu.edu.cn/info/1033/999999.htm');
    await bg.end(0, { ok: false, error: 'fetch-failed', httpStatus: 404, detail: 'HTTP 404' });
    expect(await outcome).toEqual({ ok: false, error: 'fetch-failed', httpStatus: 404, detail: 'HTTP 404' });
    await until(() =>
      expect(p.last()).toBe('Could not fetch the page: it is not on the site (HTTP 404). Nothing was saved.'),
    );
  });
});

const saved = (title: string): ClipOutcome => ({
  ok: true,
  article: { id: title, title } as Article,
  created: true,
  provenance: {},
  column: null,
});

describe('useJobs: two windows', () => {
  it.each([
    ['A', 0],
    ['B', 1],
  ])(
    'clipping at once, each shows its own outcome (%s ends first), none "while this window was closed"',
    async (_, first) => {
      const bg = standInBackground();
      const A = page(db);
      const B = page(db);
      A.api().clip(1);
      await until(() => expect(bg.asked).toHaveLength(1));
      B.api().clip(2);
      await bg.end(first, saved(first === 0 ? 'A' : 'B'));
      await bg.end(1 - first, saved(first === 0 ? 'B' : 'A'));
      await until(() => expect([A.last(), B.last()]).toEqual(['Saved: A', 'Saved: B']));
      // And it stays so: nothing of the other window's comes after.
      await new Promise((r) => setTimeout(r, 100));
      expect([A.last(), B.last()]).toEqual(['Saved: A', 'Saved: B']);
      expect([...A.said, ...B.said].map((s) => s.text)).not.toContainEqual(expect.stringMatching(/While this window/));
    },
  );

  it("a clip in one window is not told in another as 'while this window was closed'", async () => {
    const bg = standInBackground();
    const A = page(db);
    const B = page(db);
    await until(() => expect(B.said).toEqual([]));
    A.api().clip(1);
    // A's Clip waits for its clip; B's stays free to clip its own page meanwhile.
    await until(() => expect([A.api().busy, B.api().busy]).toEqual([true, false]));
    await bg.end(0, saved('A'));
    await until(() => expect(A.last()).toBe('Saved: A'));
    await new Promise((r) => setTimeout(r, 100));
    // Not "while this window was closed", nor anything: it is A's news, shown in A.
    expect(B.said).toEqual([]);
    // A page opened after it ended (and after A showed it) has nothing to say either.
    const C = page(db);
    await new Promise((r) => setTimeout(r, 100));
    expect(C.said).toEqual([]);
  });
});

describe('useJobs: an import the disk has no room for', () => {
  it('says the disk is full instead of staying on "Importing…", and starts nothing', async () => {
    const bg = standInBackground();
    const p = page(db);
    const put = vi.spyOn(jobs.files, 'put');
    restore.push(() => put.mockRestore());
    put.mockRejectedValue(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }));
    await expect(p.api().importFile(new File(['{}'], 'backup.json'))).resolves.toBeUndefined();
    expect(p.said.at(-1)).toEqual({
      text: 'Nothing imported: the disk is full. Your collection is unchanged.',
      error: true,
    });
    expect(bg.asked).toEqual([]);
  });
});

describe('useJobs: an import the browser cut off (review 30, R8 #1)', () => {
  const cutOff = {
    id: 'imp',
    kind: 'import' as const,
    label: 'big-valid.json',
    state: 'running' as const,
    startedAt: new Date(Date.now() - 60e3).toISOString(),
    progress: { written: 6500, percent: 28 },
    seen: false,
  };
  const INTERRUPTED =
    'The import of “big-valid.json” was cut off: the browser closed before it finished. Nothing of it was kept, so your collection is unchanged. Import the file again.';
  let locks: FakeLocks;
  beforeEach(() => {
    // Web Locks: a stand-in (jsdom and Node 20 have none); a fresh one is a browser just started.
    locks = new FakeLocks();
    vi.stubGlobal('navigator', { locks });
    restore.push(() => vi.unstubAllGlobals());
  });

  it('the first page after a restart says it was interrupted, not "Importing… 28 %", and Import is free', async () => {
    await jobs.jobs.put(cutOff);
    const p = page(db);
    await until(() => expect(p.last()).toBe(INTERRUPTED));
    await until(() => expect(p.api().importing).toBe(false));
    expect(p.said.map((s) => s.text)).not.toContainEqual(expect.stringMatching(/28 %/));
  });

  it('says "nothing of it was kept" only once the cut-off batches are rolled back (another page rolling back meanwhile)', async () => {
    await jobs.jobs.put(cutOff);
    // Another page opened the collection first and is undoing the import's batch (it holds the import lock).
    const { article } = await saveDraft(db, draft(1));
    await db.table(JOURNAL).add({ added: [article.id], replaced: [] });
    let finish!: () => void;
    const elsewhere = locks.request(IMPORT_LOCK, () => new Promise<void>((ok) => (finish = ok)));
    await until(() => expect(locks.isHeld(IMPORT_LOCK)).toBe(true));
    const p = page(db);
    await new Promise((r) => setTimeout(r, 200));
    expect(p.said.map((s) => s.text)).not.toContain(INTERRUPTED);
    // Its rollback ends (here the page left its row: the waiting page finishes it), and then the news is told.
    finish();
    await elsewhere;
    await until(() => expect(p.last()).toBe(INTERRUPTED));
    expect(await db.articles.get(article.id)).toBeUndefined();
    expect(await db.table(JOURNAL).count()).toBe(0);
  });

  it('while its worker holds the lock it is shown running; "Cancel import" after the worker died ends it at once', async () => {
    await jobs.jobs.put(cutOff);
    let die!: () => void;
    const worker = withJobLock('imp', () => new Promise<void>((ok) => (die = ok)));
    await until(() => expect(locks.isHeld(jobLock('imp'))).toBe(true));
    const p = page(db);
    await until(() => expect(p.last()).toBe('Importing… 6,500 articles written (28 %).'));
    expect(p.api().importing).toBe(true);
    // The page running it dies (nothing more is written to its record), and the user presses Cancel.
    die();
    await worker;
    await p.api().cancelImport();
    await until(() => expect(p.last()).toBe(INTERRUPTED));
    await until(() => expect(p.api().importing).toBe(false));
  });
});
