import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { newFollow } from '../../utils/columns/follow-model';
import {
  addToInbox,
  columnSettings,
  dismissInbox,
  editFollow,
  listFollows,
  listInbox,
  removeFollow,
  saveFollows,
  setColumnSettings,
} from '../../utils/columns/follow-store';

const now = new Date('2026-11-23T08:00:00Z');
const page = { name: '交大要闻', items: [] };
const item = (n: number, column: string, foundAt = now.toISOString()) => ({
  title: `新闻${n}`,
  url: `http://news.xjtu.edu.cn/info/${n}.htm`,
  publishedAt: null,
  column,
  foundAt,
});

beforeEach(() => fakeBrowser.reset());

describe('follow store', () => {
  it('keeps columns and new items; removing a column takes its items with it', async () => {
    const a = newFollow('http://news.xjtu.edu.cn/jdyw.htm', page, now, 3);
    const b = newFollow(
      'https://news.mit.edu/topic/climate',
      { name: 'Climate', items: [] },
      new Date(now.getTime() + 1),
      3,
    );
    await saveFollows([a, b]);
    await addToInbox([item(1, a.url), item(2, b.url, '2026-11-24T00:00:00Z')]);
    expect((await listFollows()).map((f) => f.name)).toEqual(['交大要闻', 'Climate']);
    expect((await listInbox()).map((i) => i.title)).toEqual(['新闻2', '新闻1']);
    await removeFollow(a.url);
    expect((await listFollows()).map((f) => f.url)).toEqual([b.url]);
    expect((await listInbox()).map((i) => i.title)).toEqual(['新闻2']);
  });

  it('a dismissal and a check adding items never overwrite each other', async () => {
    const a = newFollow('http://news.xjtu.edu.cn/jdyw.htm', page, now, 3);
    await addToInbox([item(1, a.url)]);
    await Promise.all([dismissInbox([item(1, a.url).url]), addToInbox([item(2, a.url), item(3, a.url)])]);
    expect((await listInbox()).map((i) => i.title).sort()).toEqual(['新闻2', '新闻3']);
  });

  it('renaming keeps the checker’s fields; resuming a column paused by errors clears them', async () => {
    const a = {
      ...newFollow('http://news.xjtu.edu.cn/jdyw.htm', page, now, 3),
      paused: true,
      pausedByErrors: true,
      failures: 5,
    };
    await saveFollows([a]);
    await editFollow(a.url, { name: '要闻' });
    expect((await listFollows())[0]).toMatchObject({ name: '要闻', failures: 5, seen: a.seen });
    await editFollow(a.url, { paused: false });
    expect((await listFollows())[0]).toMatchObject({ paused: false, pausedByErrors: false, failures: 0 });
  });

  it('settings default to every 3 hours with the badge on', async () => {
    expect(await columnSettings()).toEqual({ intervalHours: 3, badge: true });
    await setColumnSettings({ badge: false });
    expect(await columnSettings()).toEqual({ intervalHours: 3, badge: false });
  });
});
