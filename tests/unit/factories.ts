/**
 * One definition of the test articles: a draft as the extractor would give it, and a list card, numbered, with any
 * field changed.
 */
import type { Card } from '../../utils/collection/card';
import type { Draft } from '../../utils/model/article';

export const draft = (i: number, over: Partial<Draft> = {}): Draft => ({
  url: `http://news.xjtu.edu.cn/info/1033/${i}.htm`,
  canonicalUrl: null,
  site: { host: i % 2 ? 'news.xjtu.edu.cn' : 'news.mit.edu', name: null, university: i % 2 ? '西安交通大学' : 'MIT' },
  title: `第${i}篇 新闻 Article ${i}`,
  publishedAt: `2021-04-${String((i % 28) + 1).padStart(2, '0')}`,
  byline: [],
  source: null,
  views: i,
  lang: 'zh',
  excerpt: '',
  contentHtml: `<p>正文${i}</p>`,
  textContent: `正文${i}`,
  attachments: [],
  ...over,
});

/** The list's card of article `i` (a Chinese article of 测试大学, no tags or names), with any field changed. */
export const listCard = (i: number, over: Partial<Card> = {}): Card => ({
  id: `id${i}`,
  url: `http://x.edu.cn/${i}`,
  title: `标题 ${i}`,
  lang: 'zh',
  site: { host: 'x.edu.cn', name: null, university: '测试大学' },
  publishedAt: '2024-05-01',
  clippedAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
  views: null,
  tags: [],
  sortPublished: '2024-05-01',
  chips: [],
  names: [],
  ...over,
});
