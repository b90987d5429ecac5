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
  it('keeps a rename, a pause and a stop the user made while the check ran', async () => {
    // Followed a day ago, when each column listed one item; due now.
    await saveFollows(columns.map((url, i) => newFollow(url, listed(url, 1), new Date(start.getTime() + i), 1)));
    let edited: Promise<void> | null = null;
    // The user acts while the columns are being fetched.
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
    vi.unstubAllGlobals();

    const follows = await listFollows();
    expect(follows.map((f) => [f.url, f.name, f.paused])).toEqual([
      [columns[0], '我的名字', false],
      [columns[2], '栏目', true],
    ]);
    // The check's own fields are saved: the two new items of each remaining column are now seen.
    expect(follows.map((f) => f.seen.length)).toEqual([3, 3]);
    expect(follows.every((f) => f.lastCheckAt! > start.toISOString())).toBe(true);
    // Nothing comes back for the column the user stopped following.
    const inbox = await listInbox();
    expect(inbox.map((i) => i.column).sort()).toEqual([columns[0], columns[0], columns[2], columns[2]]);
    expect(found).toBe(4);
  });
});
