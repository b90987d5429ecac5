// What the status line says about a job, in words and with counts in the right plural form; a job cut off by a
// closed browser is told as such, in the user's language.
import 'fake-indexeddb/auto';
import './i18n-stub';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { jobStatus } from '../../utils/clip/job-status';
import { finishLostJobs, openJobsDb, type JobRecord } from '../../utils/clip/job-store';

const job = (over: Partial<JobRecord>): JobRecord => ({
  id: 'j',
  kind: 'import',
  label: 'backup.json',
  state: 'running',
  startedAt: '2026-01-01T00:00:00.000Z',
  seen: false,
  ...over,
});

/** A catalog served as Chromium would. */
function serve(catalog: object) {
  const messages = catalog as Record<string, { message: string }>;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
  }) as never);
}
const inChinese = () => serve(zh);

const jobs = openJobsDb('job-status-test');
afterEach(async () => {
  await jobs.jobs.clear();
  serve(en);
});

describe('jobStatus', () => {
  it("counts an import's progress in the right plural form", () => {
    expect(jobStatus(job({ progress: { written: 1, percent: 5 } })).text).toBe('Importing… 1 article written (5 %).');
    expect(jobStatus(job({ progress: { written: 1500, percent: 40 } })).text).toBe(
      'Importing… 1,500 articles written (40 %).',
    );
  });

  it('a job the browser cut off is told as interrupted, not as a failed write, in either language', async () => {
    const now = Date.parse('2026-01-01T01:00:00.000Z');
    await jobs.jobs.bulkPut([
      job({ id: 'import', label: '备份' }),
      job({ id: 'clip', kind: 'clip', label: '' }),
      job({ id: 'recent', startedAt: '2026-01-01T00:59:00.000Z' }),
    ]);
    await finishLostJobs(jobs, await jobs.jobs.toArray(), now);
    const [clip, imported, recent] = await jobs.jobs.bulkGet(['clip', 'import', 'recent']);
    expect(clip).toMatchObject({ state: 'done', clip: { ok: false, error: 'interrupted' } });
    expect(imported).toMatchObject({ state: 'done', imported: { ok: false, error: 'interrupted' } });
    expect(recent?.state).toBe('running');
    expect(jobStatus(imported!)).toEqual({
      text: 'The import of “备份” was cut off: the browser closed before it finished. Nothing of it was kept, so your collection is unchanged. Import the file again.',
      error: true,
    });
    expect(jobStatus(clip!).text).toMatch(/^The clip was cut off: the browser closed before it finished/);
    // A clip whose page was known by then is named: after a restart the user may not recall which page it was.
    const named = { ...clip!, label: '西安交通大学新闻网' };
    expect(jobStatus(named).text).toBe(
      'The clip of “西安交通大学新闻网” was cut off: the browser closed before it finished, so nothing was saved. Clip the page again.',
    );
    const lost = job({ kind: 'clip', state: 'done', clip: { ok: false, error: 'snapshot-lost' } });
    expect(jobStatus(lost).text).toBe(
      'The page’s copy did not reach the extension, so nothing was saved. Clip the page again.',
    );
    inChinese();
    // No English word of ours (such as "interrupted") reaches the Chinese UI.
    for (const j of [clip!, imported!, lost]) expect(jobStatus(j).text).not.toMatch(/[A-Za-z]/);
    expect(jobStatus(named).text).toMatch(/^“西安交通大学新闻网”的剪藏被中断/);
    expect(jobStatus(imported!).text).toMatch(/^“备份”的导入被中断/);
  });

  it('an import whose file was gone says so in words, in either language', () => {
    const gone = job({ state: 'done', label: '备份', imported: { ok: false, error: 'file-missing' } });
    expect(jobStatus(gone).text).toMatch(/^Nothing imported: “备份” could no longer be read/);
    inChinese();
    expect(jobStatus(gone).text).not.toMatch(/[A-Za-z]/);
  });

  it('a page that could not be fetched says why in plain words, in either language', () => {
    const failed = (o: object) =>
      job({ kind: 'clip', state: 'done', clip: { ok: false, error: 'fetch-failed', ...o } });
    expect(jobStatus(failed({ httpStatus: 404, detail: 'HTTP 404' }))).toEqual({
      text: 'Could not fetch the page: it is not on the site (HTTP 404). Nothing was saved.',
      error: true,
    });
    expect(jobStatus(failed({ httpStatus: 503 })).text).toMatch(
      /^Could not fetch the page: the site answered with error HTTP 503/,
    );
    expect(jobStatus(failed({ timedOut: true })).text).toMatch(/did not answer within 30 seconds/);
    expect(jobStatus(failed({ detail: 'Failed to fetch' })).text).toMatch(
      /^Could not fetch the page: the site could not be reached/,
    );
    inChinese();
    expect(jobStatus(failed({ httpStatus: 404 })).text).toBe(
      '无法获取该网页：网站上没有这个页面（HTTP 404），未保存任何内容。',
    );
    expect(jobStatus(failed({ detail: 'Failed to fetch' })).text).not.toMatch(/[A-Za-z]/);
  });
});
