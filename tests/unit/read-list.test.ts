import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readColumn } from '../../utils/columns/read-list';
import { loadPage } from './load-page';

const NOW = new Date('2026-11-23');
const page = (body: string, url: string, title = 'News') =>
  readColumn(new JSDOM(`<title>${title}</title><body>${body}</body>`, { url }).window.document, url, NOW);
const sidebar = `<div class="side"><h3>最新新闻</h3><ul>${[1, 2, 3, 4]
  .map((i) => `<li><a href="/info/9/${i}.htm">侧栏新闻标题第${i}条内容</a><span>2021-03-0${i}</span></li>`)
  .join('')}</ul></div>`;

describe('readColumn', () => {
  it('VSB column (ul/li with dates) on the seed site: 20 items, the sidebar and pager left out', () => {
    const url = 'http://news.xjtu.edu.cn/jdyw.htm';
    const c = readColumn(loadPage('tests/fixtures/pages/xjtu-list.html', url), url, NOW);
    expect(c.name).toBe('交大要闻');
    expect(c.items).toHaveLength(20);
    expect(c.items[0]).toEqual({
      title: '交大新闻第1条：学校举行专题报告会暨学术交流活动',
      url: 'http://news.xjtu.edu.cn/info/1033/140505.htm',
      publishedAt: '2021-04-11',
    });
    expect(c.items.some((i) => /140530/.test(i.url))).toBe(false); // only in the sidebar
  });

  it('Drupal views rows (div.views-row with <time>), English dates', () => {
    const rows = ['Lab wins grant for ocean study', 'Students build solar car again', 'New dean named for law school']
      .map(
        (t, i) =>
          `<div class="views-row"><h3><a href="/news/item-${i}">${t}</a></h3><time datetime="2024-11-0${i + 1}">November ${i + 1}, 2024</time></div>`,
      )
      .join('');
    const c = page(
      `<nav><ul><li><a href="/about">About the university today</a></li><li><a href="/news">All the latest news here</a></li><li><a href="/x">Research at the university</a></li></ul></nav><main><h1>News</h1><div class="view-content">${rows}</div><ul class="pager"><li><a href="?page=1">Next</a></li><li><a href="?page=9">Last</a></li></ul></main>`,
      'https://www.example.edu/news',
    );
    expect(c.items.map((i) => [i.url, i.publishedAt])).toEqual([
      ['https://www.example.edu/news/item-0', '2024-11-01'],
      ['https://www.example.edu/news/item-1', '2024-11-02'],
      ['https://www.example.edu/news/item-2', '2024-11-03'],
    ]);
  });

  it('table layout (tr/td) of an old college site, title attribute for cut titles', () => {
    const rows = [1, 2, 3, 4]
      .map(
        (i) =>
          `<tr><td><font><a href="show.asp?id=${i}" title="学院召开第${i}次教学工作会议暨教学质量评估总结大会">学院召开第${i}次教学工作会议...</a></font></td><td>[2019/05/0${i}]</td></tr>`,
      )
      .join('');
    const c = page(
      `<table><tr><td>当前位置：首页 &gt; 学院新闻</td></tr></table><table>${rows}</table>`,
      'http://cs.example.edu.cn/news/list.asp',
    );
    expect(c.items).toHaveLength(4);
    expect(c.items[1]).toEqual({
      title: '学院召开第2次教学工作会议暨教学质量评估总结大会',
      url: 'http://cs.example.edu.cn/news/show.asp?id=2',
      publishedAt: '2019-05-02',
    });
  });

  it('an undated list still reads, and the dated sidebar does not win over a much larger main list', () => {
    const main = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/n/${i}.htm">学院新闻第${i}条标题内容较长</a></li>`,
    ).join('');
    const c = page(`<div class="main"><ul>${main}</ul></div>${sidebar}`, 'http://www.example.edu.cn/xyxw.htm');
    expect(c.items).toHaveLength(12);
    expect(c.items.every((i) => i.publishedAt === null)).toBe(true);
  });

  it('an article page has no list of its own beyond three rows, and javascript: links are never items', () => {
    const c = page(
      `<h1>标题</h1><p>正文很长的一段文字。</p><ul>${[1, 2].map((i) => `<li><a href="/r/${i}">相关新闻标题第${i}条</a></li>`).join('')}<li><a href="javascript:void(0)">打开这个链接看看详细内容</a></li></ul>`,
      'http://www.example.edu.cn/info/1.htm',
    );
    expect(c.items).toEqual([]);
  });

  it('WebPlus news_list: rows numbered by class (news n1, news n2), short titles such as OA系统优化', () => {
    const rows = ['人事系统上线', 'OA系统优化', '校园网升级改造', '邮件系统迁移']
      .map(
        (t, i) =>
          `<li class="news n${i + 1} clearfix"><span class="news_title"><a href="/28/e${i}/c21558a53475${i}/page.htm" title="${t}">${t}</a></span><span class="news_meta">2021-07-0${i + 1}</span></li>`,
      )
      .join('');
    const c = page(`<ul class="news_list list2">${rows}</ul>`, 'https://itsc.nju.edu.cn/wlyxqk/list.htm');
    expect(c.items.map((i) => i.title)).toEqual(['人事系统上线', 'OA系统优化', '校园网升级改造', '邮件系统迁移']);
    expect(c.items[1]!.publishedAt).toBe('2021-07-02');
  });

  it('a flat list of headings, each followed by its date line and summary (older department sites)', () => {
    const rows = ['Times: professor on trade policy', 'Guardian: how to build trust', 'BBC: the future of work']
      .map(
        (t, i) =>
          `<h3><a href="/news/cuttings/${i}/">${t}</a></h3><p class="date">Published ${i + 4} December 2006</p><p>Summary of the story in a sentence or two.</p><p class="more"><a href="/news/cuttings/${i}/">Full Story</a></p>`,
      )
      .join('');
    const c = page(`<h2>In the News</h2>${rows}`, 'http://www.example.ac.uk/news/cuttings/');
    expect(c.items.map((i) => [i.url, i.publishedAt])).toEqual([
      ['http://www.example.ac.uk/news/cuttings/0/', '2006-12-04'],
      ['http://www.example.ac.uk/news/cuttings/1/', '2006-12-05'],
      ['http://www.example.ac.uk/news/cuttings/2/', '2006-12-06'],
    ]);
  });
});
