// Detection on pages never seen (issue #11, session 20), learned from the off-campus tuning pages judged past the
// host gate: today's news templates whose menus outweigh a short article, and dates printed in other languages.
// One authored page per class (no corpus page copied), each failing before its rule; the lists and pages without
// evidence beside them must stay refused.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';

const NOW = new Date('2026-11-23');
const detect = (head: string, body: string, url: string) =>
  detectArticle(
    new JSDOM(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, { url })
      .window.document,
    url,
    NOW,
    isAcademicHost,
  );

const EN_PARA =
  '<p>The new laboratory gives students from several departments a place to test their designs, and staff said the first projects would start in the autumn.</p>';
// A portal's menus, footer links and related stories: more link text than a short article holds (not in <nav>).
const MENUS = `<div class="menu">${Array.from({ length: 60 }, (_, i) => `<a href="/s/${i}">Section link ${i}</a>`).join(' ')}</div>`;
const RELATED = `<div class="related">${Array.from({ length: 20 }, (_, i) => `<a href="/n/${i}">Another story from the news desk ${i}</a>`).join(' ')}</div>`;
const OG_ARTICLE = '<meta property="og:type" content="article">';

describe('a short article declaring itself one, among a portal’s menus (wire stories, sports briefs)', () => {
  const page = (paras: number) =>
    detect(
      `<title>New laboratory opens - Example University</title>${OG_ARTICLE}`,
      `${MENUS}<h1>New laboratory opens</h1>${EN_PARA.repeat(paras)}${RELATED}`,
      'https://news.example.edu/stories/new-laboratory',
    );
  it('three paragraphs (about 400 characters of prose) under og:type article: an article', () =>
    expect(page(3)).toEqual({ isArticle: true, reasons: ['og:type'] }));
  it('two paragraphs (a teaser, a video page) stay refused as mostly links', () =>
    expect(page(2).reasons).toEqual(['mostly links']));
});

// A Chinese news paragraph (60+ characters, sentences ending in 。).
const ZH_PARA =
  '<p>今天下午，示例大学在新落成的实验楼举行了开放仪式，来自多个学院的师生参加了活动。学校负责人表示，实验楼将为学生提供更多动手实践的机会，第一批项目将于秋季启动。</p>';
const ZH_MENUS = `<div class="menu">${Array.from({ length: 90 }, (_, i) => `<a href="/s/${i}">栏目链接${i}号</a>`).join(' ')}</div>`;

describe('an undeclared article whose headline is followed by its date, among a portal’s menus', () => {
  const page = (meta: string) =>
    detect(
      '<title>示例大学新实验楼正式启用_新闻中心</title>',
      `${ZH_MENUS}<div>正文</div><h1>示例大学新实验楼正式启用</h1><div>${meta}</div>${ZH_PARA.repeat(8)}${ZH_MENUS}`,
      'https://news.example.edu.cn/article/ABC123.html',
    );
  it('"2019-09-08 00:20:15 来源: 新华网" under the headline: an article, its date beside the headline', () =>
    expect(page('2019-09-08 00:20:15 来源: 新华网')).toEqual({ isArticle: true, reasons: ['date by headline'] }));
  it('the same page with no date stays refused as mostly links', () =>
    expect(page('来源: 新华网').reasons).toEqual(['mostly links']));
  it('a news list among the same menus, its heading the <title>, a date and summary under every item: refused', () => {
    const items = Array.from(
      { length: 8 },
      (_, i) => `<div><a href="/n/${i}">示例大学新闻${i}</a></div><div>2024-05-${10 + i}</div>${ZH_PARA}`,
    ).join('');
    expect(
      detect(
        '<title>学院新闻_新闻中心</title>',
        `${ZH_MENUS}<h1>学院新闻</h1>${items}${ZH_MENUS}`,
        'https://news.example.edu.cn/xyxw/p2',
      ).isArticle,
    ).toBe(false);
  });
});
