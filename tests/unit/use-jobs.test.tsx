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
import { finishJob, openJobsDb } from '../../utils/clip/job-store';
import type { JobRequest } from '../../utils/clip/job-request';
import { mount, unmount, until } from './render-helpers';

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
