import { describe, expect, it } from 'vitest';
import {
  applyCheck,
  byHost,
  dueFollows,
  MAX_FAILURES,
  newFollow,
  withCheck,
  type Follow,
} from '../../utils/columns/follow-model';
import type { ColumnPage } from '../../utils/columns/read-list';

const T0 = new Date('2026-11-23T08:00:00Z');
const item = (n: number) => ({
  title: `新闻${n}`,
  url: `http://news.xjtu.edu.cn/info/1033/${n}.htm`,
  publishedAt: null,
});
const page = (...ns: number[]): ColumnPage => ({ name: '交大要闻', items: ns.map(item) });
const hours = (h: number) => new Date(T0.getTime() + h * 3600e3);

describe('following a column', () => {
  const f = newFollow('http://news.xjtu.edu.cn/jdyw.htm', page(3, 2, 1), T0, 3);
  it('starts from what the page lists: nothing is new yet, next check after the interval', () => {
    expect(f.name).toBe('交大要闻');
    expect(f.seen).toEqual([item(3).url, item(2).url, item(1).url]);
    expect(f.nextCheckAt).toBe(hours(3).toISOString());
  });

  it('a check finds exactly the items never seen, in page order, and remembers them', () => {
    const r = applyCheck(f, { kind: 'ok', page: page(5, 4, 3, 2), etag: '"v2"', lastModified: null }, hours(3), 3);
    expect(r.fresh.map((i) => i.url)).toEqual([item(5).url, item(4).url]);
    expect(r.fresh[0]).toMatchObject({ column: f.url, foundAt: hours(3).toISOString() });
    expect(r.follow.seen.slice(0, 3)).toEqual([item(5).url, item(4).url, item(3).url]);
    expect(r.follow.etag).toBe('"v2"');
    const again = applyCheck(
      r.follow,
      { kind: 'ok', page: page(5, 4, 3), etag: null, lastModified: null },
      hours(6),
      3,
    );
    expect(again.fresh).toEqual([]);
  });

  it('not modified: nothing new, the next check scheduled', () => {
    const r = applyCheck(f, { kind: 'not-modified' }, hours(3), 3);
    expect(r.fresh).toEqual([]);
    expect(r.follow.nextCheckAt).toBe(hours(6).toISOString());
  });

  it('a failed check keeps what was seen, backs off, and pauses after repeated failures, saying why', () => {
    let cur: Follow = f;
    const waits: number[] = [];
    for (let i = 1; i <= MAX_FAILURES; i++) {
      const now = new Date(Date.parse(cur.nextCheckAt));
      const r = applyCheck(cur, { kind: 'error', error: { kind: 'http', status: 503 } }, now, 3);
      expect(r.fresh).toEqual([]);
      expect(r.follow.seen).toEqual(f.seen);
      waits.push((Date.parse(r.follow.nextCheckAt) - now.getTime()) / 3600e3);
      cur = r.follow;
    }
    expect(waits).toEqual([6, 12, 24, 24, 24]);
    expect(cur).toMatchObject({ paused: true, pausedByErrors: true, lastError: { kind: 'http', status: 503 } });
    expect(dueFollows([cur], hours(1000))).toEqual([]);
  });

  it('a page that suddenly lists nothing is a failure, not an empty column', () => {
    const r = applyCheck(f, { kind: 'ok', page: page(), etag: null, lastModified: null }, hours(3), 3);
    expect(r.follow).toMatchObject({ failures: 1, lastError: { kind: 'no-items' }, seen: f.seen });
  });

  it('due columns, and hosts taking turns', () => {
    const g = { ...f, url: 'http://news.xjtu.edu.cn/zhxw.htm' };
    const h = { ...f, url: 'https://news.mit.edu/topic/climate' };
    expect(dueFollows([f, g, h], hours(1))).toEqual([]);
    expect(dueFollows([f, g, h], hours(1), true)).toHaveLength(3);
    expect(byHost([f, h, g]).map((group) => group.map((x) => x.url))).toEqual([[f.url, g.url], [h.url]]);
  });

  it('a check writes only its own fields onto the follow as stored now', () => {
    const checked = applyCheck(f, { kind: 'ok', page: page(4, 3), etag: '"e"', lastModified: null }, hours(4), 3);
    const current = { ...f, name: '我的名字', paused: true, seen: [...f.seen, item(9).url] };
    expect(withCheck(current, checked.follow)).toMatchObject({
      name: '我的名字',
      paused: true,
      etag: '"e"',
      lastCheckAt: hours(4).toISOString(),
      seen: [item(4).url, ...f.seen, item(9).url],
    });
    const failing: Follow = { ...f, failures: MAX_FAILURES - 1 };
    const stopped = applyCheck(failing, { kind: 'error', error: { kind: 'no-items' } }, hours(4), 3).follow;
    expect(withCheck({ ...failing, name: '改名' }, stopped)).toMatchObject({
      name: '改名',
      paused: true,
      pausedByErrors: true,
    });
  });
});
