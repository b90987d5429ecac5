import { newFollow } from '../../utils/columns/follow-model';

/** A clock for the followed-column tests. */
export const FOLLOW_NOW = new Date('2026-11-23T08:00:00Z');

/** One followed column, 交大要闻, with one item seen: what an export of version 2 carries. */
export const follow = newFollow(
  'http://news.xjtu.edu.cn/jdyw.htm',
  { name: '交大要闻', items: [{ title: 't', url: 'http://news.xjtu.edu.cn/info/1.htm', publishedAt: null }] },
  FOLLOW_NOW,
  3,
);
