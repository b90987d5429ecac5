import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extraction/extract-article';
import { loadPage } from './load-page';

const TITLE = '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会';
const START = '4月8日，在西安交通大学建校125周年';
const END = '勇担国家使命，共创交大荣誉。';
const FURNITURE = [
  '最新新闻',
  '上一条',
  '下一条',
  '上一篇',
  '打印本页',
  '关闭窗口',
  '分享到',
  '版权所有',
  '字体大小',
  '交大要闻',
  '浏览次数',
  '党史学习教育动员大会',
];

describe.each([
  ['VSB template', 'xjtu-vsb-article.html', 'http://news.xjtu.edu.cn/info/1033/140512.htm'],
  ['WebPlus template', 'xjtu-webplus-article.html', 'http://news.xjtu.edu.cn/2021/0408/c1033a140512/page.htm'],
])('seed article in the %s', (_name, file, url) => {
  const result = extractArticle(loadPage(`tests/fixtures/pages/${file}`, url), url, new Date('2026-11-23'));
  if (!result.ok) throw new Error('no article');
  const d = result.draft;

  it('has the headline without the site suffix', () => expect(d.title).toBe(TITLE));
  it('has date and time with the China offset', () => expect(d.publishedAt).toBe('2021-04-08T23:00:00+08:00'));
  it('has the view count', () => expect(d.views).toBe(9906));
  it('has the body from its first to its last words', () => {
    expect(d.textContent.startsWith(START)).toBe(true);
    expect(
      d.textContent
        .trimEnd()
        .split('\n')
        .filter((l) => !l.startsWith('（文字'))
        .pop()!
        .endsWith(END),
    ).toBe(true);
  });
  it.each(FURNITURE)('has no furniture "%s" in the body', (word) => expect(d.textContent).not.toContain(word));
  it('knows the site and university', () => {
    expect(d.site.host).toBe('news.xjtu.edu.cn');
    expect(d.site.university).toBe('西安交通大学');
    expect(d.site.name).toBe('西安交通大学新闻网');
  });
  it('is Chinese', () => expect(d.lang).toBe('zh'));
  it('makes image addresses absolute', () =>
    expect(d.contentHtml).toMatch(/<img[^>]+src="http:\/\/news\.xjtu\.edu\.cn\//));
  it('keeps no script or handler', () => expect(d.contentHtml).not.toMatch(/<script|onerror|javascript:/i));
});

describe('WebPlus meta line and credits', () => {
  const url = 'http://news.xjtu.edu.cn/2021/0408/c1033a140512/page.htm';
  const r = extractArticle(loadPage('tests/fixtures/pages/xjtu-webplus-article.html', url), url);
  const d = r.ok ? r.draft : null;
  it('reads the publisher as source', () => expect(d?.source).toBe('党委宣传部'));
  // "文字：新闻中心 王海": the office before the writer says where 王海 works; the credit is 王海's alone.
  it('reads the credits with roles', () =>
    expect(d?.byline).toEqual([
      { name: '王海', role: '文字' },
      { name: '李明', role: '摄影' },
      { name: '张帆', role: '编辑' },
      { name: '赵强', role: '审核' },
    ]));
  it('lists the attachment with an absolute address', () =>
    expect(d?.attachments).toEqual([
      { name: '学业帮扶记录表.docx', url: 'http://news.xjtu.edu.cn/_upload/article/files/8a/1f/xuexi.docx' },
    ]));
});

describe('pages without an article', () => {
  it.each([
    ['xjtu-list.html', 'http://news.xjtu.edu.cn/jdyw.htm'],
    ['xjtu-home.html', 'http://news.xjtu.edu.cn/'],
    ['xjtu-empty.html', 'http://news.xjtu.edu.cn/info/1033/1.htm'],
  ])('%s gives no-article', (file, url) => {
    expect(extractArticle(loadPage(`tests/fixtures/pages/${file}`, url), url)).toEqual({
      ok: false,
      error: 'no-article',
    });
  });
});

describe('English sample page', () => {
  const url = 'http://news.sample.edu/2025/04/climate-project-seed-grants';
  const r = extractArticle(loadPage('tests/fixtures/pages/sample-edu-climate.html', url), url, new Date('2026-11-23'));
  const d = r.ok ? r.draft : null;
  it.each([
    ['title', 'Climate Project awards first seed grants to student teams'],
    ['publishedAt', '2025-04-12'],
    ['lang', 'en'],
    ['canonicalUrl', 'http://news.sample.edu/2025/04/climate-project-seed-grants'],
  ] as const)('%s', (field, value) => expect(d?.[field]).toBe(value));
  it('reads the byline', () =>
    expect(d?.byline).toEqual([
      { name: 'Jane Doe', role: 'Author' },
      { name: 'Sam Lee', role: 'Author' },
    ]));
  it('names site and university', () =>
    expect(d?.site).toEqual({
      host: 'news.sample.edu',
      name: 'Sample University News',
      university: 'Sample University',
    }));
  it('keeps the body, drops share links and related stories', () => {
    expect(d?.textContent.startsWith("The university's Climate Project announced")).toBe(true);
    expect(d?.textContent).toContain('Details are on the Climate Project website.');
    expect(d?.textContent).not.toMatch(/Share this|Related stories|Solar canopy|All rights reserved/);
  });
});
