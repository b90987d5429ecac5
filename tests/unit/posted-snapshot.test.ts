// Chrome's tab clip: the page posts its snapshot straight to the offscreen document over a port (one trip instead of
// two through the service worker), which takes only a well-formed post from our own injection in the job's tab.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSnapshotRead, snapshotOfPage, type PageSnapshot } from '../../utils/clip/page-snapshot';
import { POST_SNAPSHOT_FROM_CHARS } from '../../utils/clip/clip-tab';
import { holdPostedSnapshot, takePostedSnapshot, type SnapshotPort } from '../../utils/clip/posted-snapshots';
import { isSnapshotPost, isWorkMessage, SNAPSHOT_PORT, WORK_MESSAGE } from '../../utils/platform/protocol';
import { doWork } from '../../utils/clip/job-work';
import { openDb } from '../../utils/collection/db';
import { openJobsDb } from '../../utils/clip/job-store';

const URL = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
const SEED = readFileSync('tests/fixtures/pages/xjtu-vsb-article.html', 'utf-8');
const ID = 'our-extension';
const snap = (html = SEED): PageSnapshot => ({ html, url: URL, charset: 'UTF-8', bytes: null });

afterEach(() => vi.unstubAllGlobals());

/**
 * The tab's isolated world: its document, and a runtime whose port reaches `receiver` (none: no one listens), which
 * may answer the page (`reply`) and close the port.
 */
function inTab(receiver: ((m: unknown, close: () => void, reply: (m: unknown) => void) => void) | null | 'too-large') {
  const page = new JSDOM(SEED, { url: URL }).window;
  vi.stubGlobal('document', page.document);
  vi.stubGlobal('location', page.location);
  vi.stubGlobal('XMLSerializer', page.XMLSerializer);
  const runtime: { lastError?: unknown; connect: (i: { name: string }) => unknown } = {
    connect: ({ name }) => {
      const closed: (() => void)[] = [];
      const heard: ((m: unknown) => void)[] = [];
      // Delivered in order, a turn later, as Chrome's port events are.
      const close = () => setTimeout(() => closed.forEach((f) => f()));
      const reply = (m: unknown) => setTimeout(() => heard.forEach((f) => f(m)));
      return {
        name,
        onDisconnect: { addListener: (f: () => void) => closed.push(f) },
        onMessage: { addListener: (f: (m: unknown) => void) => heard.push(f) },
        disconnect: () => {},
        postMessage: (m: unknown) => {
          if (receiver === 'too-large') throw new Error('Message exceeded maximum allowed size of 64MiB.');
          if (receiver) return receiver(m, close, reply);
          runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
          close();
        },
      };
    },
  };
  vi.stubGlobal('chrome', { runtime });
}

/** A port as the offscreen document sees it, from `sender`; returns it and a way to deliver a message. */
function portFrom(sender: SnapshotPort['sender'], name = SNAPSHOT_PORT) {
  let listener: (m: unknown) => void = () => {};
  const port = {
    name,
    sender,
    onMessage: { addListener: (f: typeof listener) => (listener = f) },
    postMessage: vi.fn(),
    disconnect: vi.fn(),
  };
  holdPostedSnapshot(port, ID);
  return { port, deliver: (m: unknown) => listener(m) };
}

describe('a snapshot posted by the page (Chrome)', () => {
  it('the page posts it with its job id and answers "posted" once the receiver said it took it', async () => {
    const got: unknown[] = [];
    inTab((m, close, reply) => {
      got.push(m);
      reply({ taken: 'job-1' });
      close();
    });
    const read = await snapshotOfPage(48 * 2 ** 20, { port: SNAPSHOT_PORT, jobId: 'job-1', minChars: 0 });
    expect(read).toEqual({ ok: true, snapshot: 'posted' });
    expect(isSnapshotRead(read)).toBe(true);
    expect(got).toHaveLength(1);
    expect(isSnapshotPost(got[0])).toBe(true);
    expect(got[0]).toMatchObject({ jobId: 'job-1', snapshot: { url: URL, charset: 'UTF-8', bytes: null } });
  });

  it('a post the receiver closes without taking it (malformed, or not ours) is returned: the clip goes on', async () => {
    inTab((_m, close) => close());
    const read = await snapshotOfPage(48 * 2 ** 20, { port: SNAPSHOT_PORT, jobId: 'job-5', minChars: 0 });
    expect(read.ok && read.snapshot !== 'posted' && read.snapshot.url).toBe(URL);
  });

  it('an answer for another job is no answer', async () => {
    inTab((_m, close, reply) => {
      reply({ taken: 'job-other' });
      close();
    });
    const read = await snapshotOfPage(48 * 2 ** 20, { port: SNAPSHOT_PORT, jobId: 'job-6', minChars: 0 });
    expect(read.ok && read.snapshot !== 'posted' && read.snapshot.url).toBe(URL);
  });

  it.each([
    ['kept: the page hears "taken"', 0, 'posted'],
    ['refused (here from a subframe): the page returns its snapshot', 2, 'returned'],
  ])('both ends together, a post %s', async (_what, frameId, how) => {
    // The page's port wired to the offscreen document's receiver.
    inTab((m, close, reply) =>
      holdPostedSnapshot(
        {
          name: SNAPSHOT_PORT,
          sender: { id: ID, tab: { id: 9 }, frameId },
          onMessage: { addListener: (f) => f(m) },
          postMessage: reply,
          disconnect: close,
        },
        ID,
      ),
    );
    const read = await snapshotOfPage(48 * 2 ** 20, { port: SNAPSHOT_PORT, jobId: `both-${frameId}`, minChars: 0 });
    expect(read.ok && (read.snapshot === 'posted' ? 'posted' : 'returned')).toBe(how);
    expect(takePostedSnapshot(`both-${frameId}`, 9)?.url ?? null).toBe(how === 'posted' ? URL : null);
  });

  it('when no one listens (no offscreen document), the injection returns the snapshot as before', async () => {
    inTab(null);
    const read = await snapshotOfPage(48 * 2 ** 20, { port: SNAPSHOT_PORT, jobId: 'job-2', minChars: 0 });
    expect(read.ok && read.snapshot !== 'posted' && read.snapshot.url).toBe(URL);
  });

  it('a small page returns its snapshot: posting costs it more than returning (from POST_SNAPSHOT_FROM_CHARS)', async () => {
    const got: unknown[] = [];
    inTab((m, close) => {
      got.push(m);
      close();
    });
    const postTo = { port: SNAPSHOT_PORT, jobId: 'job-4', minChars: POST_SNAPSHOT_FROM_CHARS };
    const read = await snapshotOfPage(48 * 2 ** 20, postTo);
    expect(read.ok && read.snapshot !== 'posted' && read.snapshot.url).toBe(URL);
    expect(got).toEqual([]);
  });

  it('a snapshot over what one message carries is returned instead, as without a receiver', async () => {
    inTab('too-large');
    const read = await snapshotOfPage(48 * 2 ** 20, { port: SNAPSHOT_PORT, jobId: 'job-3', minChars: 0 });
    expect(read.ok && read.snapshot !== 'posted' && read.snapshot.url).toBe(URL);
  });

  it('the work message to the offscreen document is shape-checked', () => {
    expect(isWorkMessage({ type: WORK_MESSAGE, work: { kind: 'clip-tab', jobId: 'j' } })).toBe(true);
    for (const m of [
      null,
      WORK_MESSAGE,
      { type: 'other', work: { kind: 'clip-tab', jobId: 'j' } },
      { type: WORK_MESSAGE },
      { type: WORK_MESSAGE, work: { kind: 'clip-tab' } },
      { type: WORK_MESSAGE, work: { kind: 'delete-all', jobId: 'j' } },
    ])
      expect(isWorkMessage(m)).toBe(false);
  });

  it("the offscreen document keeps a top frame's well-formed post from our extension for its job, once", () => {
    const { port, deliver } = portFrom({ id: ID, tab: { id: 7 }, frameId: 0 });
    deliver({ jobId: 'j', snapshot: snap() });
    expect(port.postMessage).toHaveBeenCalledWith({ taken: 'j' });
    expect(port.disconnect).toHaveBeenCalled();
    expect(takePostedSnapshot('j', 8)).toBeNull();
    portFrom({ id: ID, tab: { id: 7 }, frameId: 0 }).deliver({ jobId: 'j', snapshot: snap() });
    expect(takePostedSnapshot('j', 7)?.url).toBe(URL);
    expect(takePostedSnapshot('j', 7)).toBeNull();
  });

  it.each([
    ['a subframe', { id: ID, tab: { id: 7 }, frameId: 3 }, { jobId: 'k', snapshot: snap() }],
    ['another extension', { id: 'other', tab: { id: 7 }, frameId: 0 }, { jobId: 'k', snapshot: snap() }],
    ['a malformed post', { id: ID, tab: { id: 7 }, frameId: 0 }, { jobId: 'k', snapshot: { html: 1 } }],
    ['an extra field', { id: ID, tab: { id: 7 }, frameId: 0 }, { jobId: 'k', snapshot: snap(), run: 'x' }],
  ])('%s is not kept, and its port is closed without the answer "taken"', (_what, sender, message) => {
    const { port, deliver } = portFrom(sender);
    deliver(message);
    expect(port.postMessage).not.toHaveBeenCalled();
    expect(port.disconnect).toHaveBeenCalled();
    expect(takePostedSnapshot('k', 7)).toBeNull();
  });

  it('the job takes the posted snapshot and saves the article; without one it fails in words, saving nothing', async () => {
    const db = openDb('posted-1');
    const jobs = openJobsDb('posted-jobs-1');
    const win = new JSDOM('').window as unknown as Window;
    const work = (jobId: string) =>
      ({
        kind: 'clip-tab',
        jobId,
        snapshot: { postedBy: 7 },
        selection: null,
        deadline: Date.now() + 60_000,
        watchList: '',
      }) as const;
    for (const id of ['p1', 'p2'])
      await jobs.jobs.put({ id, kind: 'clip', label: '', state: 'running', startedAt: '', seen: false });
    portFrom({ id: ID, tab: { id: 7 }, frameId: 0 }).deliver({ jobId: 'p1', snapshot: snap() });
    await doWork(work('p1'), db, jobs, win);
    expect((await jobs.jobs.get('p1'))?.clip).toMatchObject({ ok: true, created: true });
    await doWork(work('p2'), db, jobs, win);
    expect((await jobs.jobs.get('p2'))?.clip).toMatchObject({ ok: false, error: 'snapshot-lost' });
    expect(await db.articles.count()).toBe(1);
    await db.delete();
    await jobs.delete();
  });
});
