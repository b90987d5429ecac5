// "Follow this column" is offered on a page that lists news, and not on a site's search results, which list articles
// too but are a query's hits (review 30, R7 #3's search-page rule, carried to the popup's offer).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readTabColumn } from '../../utils/columns/tab-column';

const now = new Date('2026-11-23T08:00:00Z');
const rows = [1, 2, 3, 4, 5, 6]
  .map(
    (n) =>
      `<li><a href="/info/100${n}/20${n}.htm">交大师生参加第${n}届学术交流活动并作报告</a><span>2026-11-0${n}</span></li>`,
  )
  .join('');
const page = (url: string, title: string, h1 = '') =>
  readTabColumn(new JSDOM(`<title>${title}</title>${h1}<ul>${rows}</ul>`, { url }).window.document, url, now);

describe('readTabColumn', () => {
  it('offers a news list page, with its rows', () => {
    expect(page('https://news.xjtu.edu.cn/zyxw/list2.htm', '综合新闻-西安交通大学新闻网')?.items).toHaveLength(6);
  });

  it('does not offer the same rows when they are a search: by its address or its title', () => {
    expect(page('https://news.xjtu.edu.cn/search?q=学术交流', '西安交通大学新闻网')).toBeNull();
    expect(page('https://news.xjtu.edu.cn/zyxw/list2.htm', '“学术交流”的搜索结果-西安交通大学新闻网')).toBeNull();
  });

  // Review 31, R11 #3: WordPress (Yoast) and Drupal searches, as English university news sites print them.
  it("does not offer WordPress's and Drupal's searches, nor a page whose heading names its search results", () => {
    expect(
      page('http://news.example.edu/?s=robotics', 'You searched for robotics - Example University News'),
    ).toBeNull();
    expect(
      page('http://news.example.edu/news/search-news?keys=robotics', 'Search news | Example University'),
    ).toBeNull();
    expect(page('http://news.example.edu/news/find?search_api_fulltext=lab', 'Find | Example University')).toBeNull();
    const heading = '<h1>\n  Search Results for: robotics\n</h1>';
    expect(page('http://news.example.edu/news/find', 'Find | Example University', heading)).toBeNull();
    expect(
      page('http://news.example.edu/news/find', 'Find | Example University', '<h1>Campus news</h1>'),
    ).not.toBeNull();
  });
});
