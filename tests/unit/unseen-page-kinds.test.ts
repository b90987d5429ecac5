// Detection rules for pages on university hosts that are not news articles and were called articles on unseen
// sites (issue #11), each on a small authored snippet named after its class (continues the detection part of
// tests/unit/unseen-page-classes.test.ts, past its size).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { notArticleAddress, notArticleTitle } from '../../utils/detection/page-kind';
import { clip, EN_BODY, ZH_BODY } from './unseen-page-snippets';

const detect = (html: string, url: string) =>
  detectArticle(
    new JSDOM(`<!DOCTYPE html>${html}`, { url }).window.document,
    url,
    new Date('2026-11-23'),
    isAcademicHost,
  );
const STORY = (title: string) => `<title>${title}</title><h2>${title}</h2><p>Tuesday, April 19, 2005</p>${EN_BODY}`;

describe('forum and mailing-list archive posts', () => {
  it('a reply ("Re: …" in <title>) is a forum message, settled from the <title> alone', () => {
    expect(detect(STORY('Re: housing question'), 'http://www.example.edu/forum/messages/123.html').reasons).toEqual([
      'forum',
    ]);
    expect(notArticleTitle('Re: housing question')).toBe('forum');
  });
  it('a first post, with the archive’s "In Reply to" / "Follow Ups" / "Post a Followup" controls', () => {
    const post =
      `<title>housing question</title><h1>housing question</h1><p>Posted by jdoe on April 19, 2005 at 10:15:22</p>` +
      `${EN_BODY}<hr><b>Follow Ups:</b><ul><li><a href="/2">Re: housing question</a></li></ul>` +
      `<hr><b>Post a Followup</b><form><input name="name"></form>`;
    expect(detect(post, 'http://www.example.edu/forum/messages/122.html').reasons).toEqual(['forum']);
  });
  it('a headline that only mentions a reply is still an article', () => {
    expect(detect(STORY('Researchers reply to critics'), 'https://news.example.edu/2005/04/reply').isArticle).toBe(
      true,
    );
  });
});

describe('course pages', () => {
  it.each(['CS 101: Introduction to Programming', 'ECON 3010 - Principles of Economics', 'MATH 221a Calculus'])(
    '"%s": a course code opens the <title>',
    (title) => expect(detect(STORY(title), 'https://www.example.edu/courses/x/').reasons).toEqual(['course page']),
  );
  it.each([
    'FY 2024 Budget Approved',
    'COVID 19 Update for Students',
    'Class of 2025 Graduates',
    'Top 100 Innovators Named',
  ])('"%s" is no course code: still an article', (title) =>
    expect(detect(STORY(title), 'https://news.example.edu/2005/04/story').reasons).not.toContain('course page'),
  );
});

describe('headlines with the word "Update"', () => {
  it('"Budget Update for Students" over a dated text is an article: the noun introduces no edit date', () => {
    expect(detect(STORY('Budget Update for Students'), 'https://news.example.edu/story/7').isArticle).toBe(true);
  });
  it('"Last update: …" on a maintained page still dates nothing', () => {
    const page = `<title>Library Services</title><h1>Library Services</h1><p>Last update: April 19, 2005</p>${EN_BODY}`;
    expect(detect(page, 'https://lib.example.edu/services/help').reasons).toEqual(['no date']);
  });
});

describe('search results pages', () => {
  // A campus site's own search (review 30 R7 #3): ten result titles, each with a one-line snippet and a date.
  const RESULTS =
    `<title>搜索结果-测试大学新闻网</title><div class="nav"><a href="/">首页</a></div>` +
    `<h2>“校园”的搜索结果（共 128 条）</h2><ul class="results">` +
    Array.from(
      { length: 10 },
      (_, i) =>
        `<li><a href="/info/1033/${7000 + i}.htm">校园文化节第${i + 1}场活动圆满举行</a><p>校园文化节期间，学校举行了丰富多彩的活动，` +
        `师生积极参与，校园氛围浓厚，活动取得圆满成功……</p><span>2024-05-${String(i + 1).padStart(2, '0')}</span></li>`,
    ).join('') +
    `</ul>`;
  const SEARCH_URL = 'http://news.na7.edu.cn/search?q=%E6%A0%A1%E5%9B%AD';

  it('the clip refuses it: no article on this page', () => {
    expect(() => clip(RESULTS, SEARCH_URL)).toThrow('no-article');
  });
  it('by its heading alone, at an address that says nothing ("“校园”的搜索结果（共 128 条）")', () => {
    const page = RESULTS.replace('<title>搜索结果-测试大学新闻网</title>', '<title>测试大学新闻网</title>');
    expect(() => clip(page, 'http://news.na7.edu.cn/page/results.htm')).toThrow('no-article');
  });
  it.each([
    'http://news.na7.edu.cn/search?q=%E6%A0%A1%E5%9B%AD',
    'https://www.example.edu/search/?query=robot',
    'http://news.example.edu.cn/search.jsp?wbtreeid=1001&searchword=%E6%A0%A1%E5%9B%AD',
    'http://news.example.edu.cn/ssjgy.jsp?wbtreeid=1001&searchScope=0&newskeycode2=5qCh',
    'https://www.example.edu.cn/s?wd=%E6%A0%A1%E5%9B%AD',
    'https://news.example.edu/?kw=lab&page=2',
    'https://news.example.edu/index.php?keywords=lab',
  ])('%s: a search, by its address', (url) => expect(notArticleAddress(new URL(url))).toBe('search results'));
  it.each([
    'https://news.example.edu.cn/info/1033/7001.htm?from=timeline&isappinstalled=0',
    'https://news.example.edu/2024/05/lab-opens.html?utm_source=wechat&utm_medium=social',
    'https://news.example.edu.cn/info/1033/7001.htm?keyword=%E6%A0%A1%E5%9B%AD',
    'https://www.example.edu/index.php?q=node/123',
    'https://news.example.edu/research/2024/new-lab-7.html',
    'https://news.example.edu/2024/05/search-committee-named.html',
  ])('%s: an article, whatever its query carries', (url) => expect(notArticleAddress(new URL(url))).toBeNull());
  it.each([
    '搜索结果-测试大学新闻网',
    '“校园”的搜索结果（共 128 条）',
    '搜尋結果 | 測試大學',
    '站内检索结果',
    'Search Results | Example University',
    'Search results for “robot”',
    'Results for "robot" - News',
  ])('"%s": a search, by its <title>', (title) => expect(notArticleTitle(title)).toBe('search results'));
  it.each(['Study finds bias in search results', '研究揭示搜索结果中的性别偏见', 'Results for 2024 awards announced'])(
    '"%s" only speaks of search results: an article',
    (title) => expect(notArticleTitle(title)).toBeNull(),
  );
  it('detection: no mark on the results page, by its address or by its <title>', () => {
    expect(detect(RESULTS, SEARCH_URL).reasons).toEqual(['search results']);
    expect(detect(RESULTS, 'http://news.na7.edu.cn/page/results.htm').reasons).toEqual(['search results']);
  });
  it('an article whose address carries tracking parameters or the search word is clipped and marked', () => {
    const story = `<title>学校举行创新大会-测试大学新闻网</title><h1>学校举行创新大会</h1><p>发布时间：2024-05-11</p>${ZH_BODY}`;
    const url = 'http://news.na7.edu.cn/info/1033/7001.htm?keyword=%E6%A0%A1%E5%9B%AD&from=search&utm_source=wechat';
    expect(clip(story, url).title).toBe('学校举行创新大会');
    const en = 'https://news.example.edu/2005/04/lab-7.html?utm_source=newsletter&q=lab';
    expect(detect(STORY('New Lab Opens'), en).isArticle).toBe(true);
  });
});
