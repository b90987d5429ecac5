// The worker side of background jobs: a hostile import file is sanitized before it is stored, the job records its
// result, and a clip's draft is sanitized against its own address.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { openJobsDb, type JobsDb } from '../../utils/clip/job-store';
import { doWork, type Work } from '../../utils/clip/job-work';
import { hostileExport } from '../fixtures/xss-payloads.mjs';

const win = new JSDOM('').window as unknown as Window;
let db: ClipsDb;
let jobs: JobsDb;
let n = 0;
beforeEach(() => {
  db = openDb(`work-${n}`);
  jobs = openJobsDb(`jobs-${n++}`);
});
afterEach(async () => {
  await db.delete();
  await jobs.delete();
});

const HOSTILE = /<(dialog|map|area|script|iframe)\b|\s(popover|usemap)\b|chrome-extension:|moz-extension:|javascript:/i;

describe('background job work', () => {
  it('imports a hostile export file sanitized, records the result and forgets the file', async () => {
    expect(hostileExport()).toMatch(HOSTILE);
    await jobs.jobs.put({ id: 'j1', kind: 'import', label: 'h.json', state: 'running', startedAt: '', seen: false });
    await jobs.files.put({ id: 'j1', file: new Blob([hostileExport()]) });
    await doWork({ kind: 'import', jobId: 'j1' }, db, jobs, win);
    expect(await jobs.jobs.get('j1')).toMatchObject({
      state: 'done',
      imported: { ok: true, added: 1, merged: 0, unchanged: 0 },
    });
    expect(await jobs.files.get('j1')).toBeUndefined();
    const [stored] = await db.articles.toArray();
    expect(stored!.contentHtml).not.toMatch(HOSTILE);
    expect(stored!.contentHtml).toContain('href="http://news.hostile.edu.cn/info/1/popup.html?layout=tab&amp;tabId=1"');
  });

  it('a file that is not an export is refused in words, and nothing is stored', async () => {
    await jobs.jobs.put({ id: 'j2', kind: 'import', label: 'x.json', state: 'running', startedAt: '', seen: false });
    await jobs.files.put({ id: 'j2', file: new Blob(['{nope']) });
    await doWork({ kind: 'import', jobId: 'j2' }, db, jobs, win);
    expect((await jobs.jobs.get('j2'))?.imported).toMatchObject({ ok: false, error: 'not-json' });
    expect(await db.articles.count()).toBe(0);
  });

  it('an import whose file is gone ends as such (its own kind, no English detail to show)', async () => {
    await jobs.jobs.put({ id: 'j8', kind: 'import', label: 'x.json', state: 'running', startedAt: '', seen: false });
    await doWork({ kind: 'import', jobId: 'j8' }, db, jobs, win);
    expect((await jobs.jobs.get('j8'))?.imported).toEqual({ ok: false, error: 'file-missing' });
  });

  it("a page clipped by its address that the site no longer has is told as not fetched (HTTP 404), not 'cannot be clipped'", async () => {
    const server = createServer((_, res) => res.writeHead(404).end('not found'));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/info/1033/999999.htm`;
    await jobs.jobs.put({ id: 'j9', kind: 'clip', label: url, state: 'running', startedAt: '', seen: false });
    await doWork({ kind: 'clip-url', jobId: 'j9', url, watchList: '' }, db, jobs, win).finally(() => server.close());
    expect((await jobs.jobs.get('j9'))?.clip).toMatchObject({ ok: false, error: 'fetch-failed', httpStatus: 404 });
    expect(await db.articles.count()).toBe(0);
  });

  it('a tab clip whose posted copy never arrived ends as such (its own kind, no English detail to show)', async () => {
    await jobs.jobs.put({ id: 'j10', kind: 'clip', label: '', state: 'running', startedAt: '', seen: false });
    const work: Work = {
      kind: 'clip-tab',
      jobId: 'j10',
      snapshot: { postedBy: 404 },
      selection: null,
      deadline: Date.now() + 60_000,
      watchList: '',
    };
    await doWork(work, db, jobs, win);
    expect((await jobs.jobs.get('j10'))?.clip).toEqual({ ok: false, error: 'snapshot-lost' });
  });

  it('a cancel asked for while the import runs rolls it back and says so', async () => {
    const one = JSON.parse(hostileExport());
    const articles = Array.from({ length: 30 }, (_, i) => ({
      ...one.articles[0],
      id: undefined,
      url: `http://news.many.edu.cn/info/1/${i}.htm`,
      title: `批量 ${i}`,
    }));
    await jobs.jobs.put({
      id: 'j4',
      kind: 'import',
      label: 'm.json',
      state: 'running',
      startedAt: '',
      seen: false,
      cancel: true,
    });
    await jobs.files.put({ id: 'j4', file: new Blob([JSON.stringify({ ...one, articles })]) });
    await doWork({ kind: 'import', jobId: 'j4' }, db, jobs, win);
    expect((await jobs.jobs.get('j4'))?.imported).toMatchObject({ ok: false, error: 'cancelled' });
    expect(await db.articles.count()).toBe(0);
  });

  it('saves a clipped draft sanitized against its own address, and keeps the body out of the job record', async () => {
    await jobs.jobs.put({ id: 'j3', kind: 'clip', label: '', state: 'running', startedAt: '', seen: false });
    const draft = {
      url: 'http://news.xjtu.edu.cn/info/1033/1.htm',
      canonicalUrl: null,
      site: { host: 'news.xjtu.edu.cn', name: null, university: null },
      title: '标题',
      publishedAt: null,
      byline: [],
      source: null,
      views: null,
      lang: 'zh',
      excerpt: '',
      contentHtml: '<p>正文<a href="../2.htm">下一篇</a></p><dialog open>浮层</dialog><img src="p.jpg" alt="">',
      textContent: '正文 王树国',
      attachments: [],
    };
    await doWork({ kind: 'save', jobId: 'j3', draft, watchList: '王树国' }, db, jobs, win);
    const [stored] = await db.articles.toArray();
    expect(stored!.contentHtml).toBe(
      '<p>正文<a href="http://news.xjtu.edu.cn/info/2.htm" target="_blank" rel="noopener noreferrer">下一篇</a></p>浮层<img src="http://news.xjtu.edu.cn/info/1033/p.jpg" alt="">',
    );
    expect(stored!.tags).toEqual(['王树国']);
    const job = await jobs.jobs.get('j3');
    expect(job?.state).toBe('done');
    expect(job?.clip?.ok && job.clip.article.contentHtml).toBe('');
  });

  it("a tab's snapshot is extracted and saved here; a selection clip keeps the selection as the body", async () => {
    const url = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
    const html = readFileSync('tests/fixtures/pages/xjtu-vsb-article.html', 'utf-8');
    const snapshot = { html, url, charset: 'UTF-8', bytes: null };
    const selection = { html: '<p>选中的一段<img src="/s.jpg"></p>', text: '选中的一段' };
    await jobs.jobs.put({ id: 'j5', kind: 'clip', label: '', state: 'running', startedAt: '', seen: false });
    const work: Work = {
      kind: 'clip-tab',
      jobId: 'j5',
      snapshot,
      selection,
      deadline: Date.now() + 60_000,
      watchList: '',
    };
    await doWork(work, db, jobs, win);
    const [stored] = await db.articles.toArray();
    expect(stored!.title).toBe('【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会');
    expect(stored!.contentHtml).toBe('<p>选中的一段<img src="http://news.xjtu.edu.cn/s.jpg" alt=""></p>');
    expect((await jobs.jobs.get('j5'))?.clip).toMatchObject({ ok: true, created: true });
  });

  it('a page with no article is told as such; past its deadline nothing is saved (the user was told it was too slow)', async () => {
    const snapshot = (html: string) => ({ html, url: 'http://news.xjtu.edu.cn/x.htm', charset: 'UTF-8', bytes: null });
    await jobs.jobs.put({ id: 'j6', kind: 'clip', label: '', state: 'running', startedAt: '', seen: false });
    const empty = snapshot('<!DOCTYPE html><title>空</title><p>无</p>');
    await doWork(
      { kind: 'clip-tab', jobId: 'j6', snapshot: empty, selection: null, deadline: Date.now() + 60_000, watchList: '' },
      db,
      jobs,
      win,
    );
    expect((await jobs.jobs.get('j6'))?.clip).toEqual({ ok: false, error: 'no-article' });
    await jobs.jobs.put({ id: 'j7', kind: 'clip', label: '', state: 'running', startedAt: '', seen: false });
    const seed = snapshot(readFileSync('tests/fixtures/pages/xjtu-vsb-article.html', 'utf-8'));
    await doWork(
      { kind: 'clip-tab', jobId: 'j7', snapshot: seed, selection: null, deadline: Date.now() - 1, watchList: '' },
      db,
      jobs,
      win,
    );
    expect(await db.articles.count()).toBe(0);
    expect((await jobs.jobs.get('j7'))?.state).toBe('running');
  });
});
