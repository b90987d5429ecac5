import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runColumnChecks } from '../../utils/columns/column-runner';
import { newFollow } from '../../utils/columns/follow-model';
import { editFollow, listFollows, listInbox, removeFollow, saveFollows } from '../../utils/columns/follow-store';

const start = new Date(Date.now() - 86400e3);
const columns = ['http://news.a.edu.cn/yw.htm', 'http://news.b.edu.cn/tz.htm', 'http://news.c.edu.cn/xy.htm'];
const listed = (url: string, n: number) => ({
  name: '栏目',
  items: Array.from({ length: n }, (_, i) => ({ title: `第${i}条`, url: `${url}?i=${i}`, publishedAt: null })),
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
});

describe('runColumnChecks', () => {
  it('keeps a rename, a pause and a stop the user made while the check ran; the paused column gets nothing', async () => {
    // Followed a day ago, when each column listed one item; due now.
    await saveFollows(columns.map((url, i) => newFollow(url, listed(url, 1), new Date(start.getTime() + i), 1)));
    let edited: Promise<void> | null = null;
    // The user acts while the columns are being fetched (each host's first request is already on its way).
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        edited ??= (async () => {
          await editFollow(columns[0], { name: '我的名字' });
          await removeFollow(columns[1]);
          await editFollow(columns[2], { paused: true });
        })();
        await edited;
        return new Response(url, { status: 200 });
      }),
    );
    const found = await runColumnChecks(async (html) => listed(html, 3), true);

    const follows = await listFollows();
    expect(follows.map((f) => [f.url, f.name, f.paused])).toEqual([
      [columns[0], '我的名字', false],
      [columns[2], '栏目', true],
    ]);
    // The check's own fields are saved for the column still followed: its two new items are now seen.
    expect(follows[0]!.seen).toHaveLength(3);
    expect(follows[0]!.lastCheckAt! > start.toISOString()).toBe(true);
    // The paused column keeps its state from before the check: nothing marked seen, so nothing is lost.
    expect(follows[1]).toMatchObject({
      seen: [`${columns[2]}?i=0`],
      lastCheckAt: new Date(start.getTime() + 2).toISOString(),
    });
    // New holds only the items of the column still followed and not paused.
    expect((await listInbox()).map((i) => i.column)).toEqual([columns[0], columns[0]]);
    expect(found).toBe(2);

    // Resumed, the paused column brings the items it had then.
    await editFollow(columns[2], { paused: false });
    expect(await runColumnChecks(async (html) => listed(html, 3))).toBe(2);
    vi.unstubAllGlobals();
    expect((await listInbox()).filter((i) => i.column === columns[2])).toHaveLength(2);
  });

  it('does not fetch a column paused or unfollowed while it waited for its turn on the host', async () => {
    const host = 'http://news.a.edu.cn';
    const urls = [`${host}/yw.htm`, `${host}/tz.htm`, `${host}/xy.htm`];
    await saveFollows(urls.map((url, i) => newFollow(url, listed(url, 1), new Date(start.getTime() + i), 1)));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    // While the first column is fetched, the user pauses the second and stops following the third.
    const fetched = vi.fn(async (url: string) => {
      if (url === urls[0]) {
        await editFollow(urls[1], { paused: true });
        await removeFollow(urls[2]);
      }
      return new Response(url, { status: 200 });
    });
    vi.stubGlobal('fetch', fetched);
    const check = runColumnChecks(async (html) => listed(html, 3), true);
    await vi.runAllTimersAsync();
    const found = await check;
    vi.useRealTimers();
    vi.unstubAllGlobals();

    expect(fetched.mock.calls.map(([url]) => url)).toEqual([urls[0]]);
    expect(found).toBe(2);
    expect((await listInbox()).map((i) => i.column)).toEqual([urls[0], urls[0]]);
    const follows = await listFollows();
    expect(follows.map((f) => [f.url, f.paused, f.seen.length])).toEqual([
      [urls[0], false, 3],
      [urls[1], true, 1],
    ]);
  });
});
