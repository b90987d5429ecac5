/** One definition of the test articles: a draft as the extractor would give it, numbered, with any field changed. */
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
