// One small page per rule of the detector, named by the page class it serves (no corpus pages copied here).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';

const NOW = new Date('2026-11-23');
const PROSE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: researchers and students worked on the project together, and the results were shared.</p>`,
).join('');
const ZH_PROSE = Array.from(
  { length: 5 },
  (_, i) => `<p>第${i + 1}段：学校举行学术交流活动，师生代表参加会议并进行了深入讨论，取得了积极成果。</p>`,
).join('');

function detect(body: string, url: string, head = '<title>Campus lab opens</title>') {
  const doc = new JSDOM(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, {
    url,
  }).window.document;
  return detectArticle(doc, url, NOW, isAcademicHost);
}
const verdict = (body: string, url: string, head?: string) => detect(body, url, head).isArticle;
const EDU = 'https://news.example.edu/stories/lab-opens';

describe('publication evidence', () => {
  it('English news: a labelled date under the headline', () =>
    expect(verdict(`<h1>Campus lab opens</h1><p>Published: April 8, 2025</p>${PROSE}`, EDU)).toBe(true));
  it('the same page without any date is not an article', () =>
    expect(verdict(`<h1>Campus lab opens</h1>${PROSE}`, EDU)).toBe(false));
  it('Hong Kong / Taiwan news: 發佈日期 and 瀏覽次數 labels', () => {
    const url = 'https://www.example.edu.hk/news/2025/lab';
    expect(
      verdict(`<h1>實驗室啟用</h1><div>發佈日期：2025-04-08</div>${ZH_PROSE}`, url, '<title>實驗室啟用</title>'),
    ).toBe(true);
    expect(verdict(`<h1>實驗室啟用</h1><div>點擊次數：120</div>${ZH_PROSE}`, url, '<title>實驗室啟用</title>')).toBe(
      true,
    );
  });
  it('Chinese news CMS: a view counter printed without a colon (阅读10544次)', () =>
    expect(
      verdict(
        `<div>第四届年会议程 阅读10544次</div>${ZH_PROSE}`,
        'http://ccer.example.edu.cn/ReadNews.asp?NewsID=1',
        '<title>第四届年会议程_秘书处</title>',
      ),
    ).toBe(true));
  it('old magazine page: an issue line ("Volume 121, Number 11")', () =>
    expect(verdict(`<h2>Campus lab opens</h2><p>Volume 121, Number 11</p>${PROSE}`, EDU)).toBe(true));
  it('old newsletter: only the month of the issue ("April 2003")', () =>
    expect(verdict(`<h2>Campus lab opens</h2><p>April 2003</p>${PROSE}`, EDU)).toBe(true));
  // Degree and course pages (R14 #12, session 33): their key facts print a start month, which is no issue's.
  it("degree page: a course's start month is no issue line (Start date September 2025, 2025年9月入学)", () => {
    expect(verdict(`<h2>Campus lab opens</h2><p>Start date September 2025</p>${PROSE}`, EDU)).toBe(false);
    expect(verdict(`<h2>Campus lab opens</h2><p>September 2025 intake</p>${PROSE}`, EDU)).toBe(false);
    expect(verdict(`<h2>Campus lab opens</h2><p>Start date September 2025 · April 2003</p>${PROSE}`, EDU)).toBe(true);
  });
  it('student newspaper: the date in the address (/2001/01/18/)', () =>
    expect(verdict(`<h2>Campus lab opens</h2>${PROSE}`, 'http://www.daily.example.edu/daily/2001/01/18/news/')).toBe(
      true,
    ));
  it('newsletter archive: the month in the address (/2005/dec/, /jul2000/)', () => {
    expect(verdict(`<h2>Campus lab opens</h2>${PROSE}`, 'http://www.example.edu/PR/UDaily/2005/dec/story.html')).toBe(
      true,
    );
    expect(
      verdict(`<h2>Campus lab opens</h2>${PROSE}`, 'http://www.example.edu/cc/newsletter/jul2000/virus.html'),
    ).toBe(true);
  });
  it('press release: the dateline opens the first paragraph after an address block', () =>
    expect(
      verdict(
        `<p>Office of Public Affairs, Campus Box 8508, 4444 Forest Park Ave., St. Louis MO 63108, telephone and fax.</p><p>St. Louis, May 19, 1999 – ${PROSE.replace(/<\/?p>/g, ' ')}</p>`,
        'http://news.example.edu/releases/B6ADE8FC',
      ),
    ).toBe(true));
  it('modern CMS: og:type article', () =>
    expect(verdict(`<h1>Campus lab opens</h1>${PROSE}`, EDU, '<meta property="og:type" content="article">')).toBe(
      true,
    ));
  it('schema.org: datePublished in JSON-LD', () =>
    expect(
      verdict(
        `<h1>Campus lab opens</h1>${PROSE}`,
        EDU,
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-04-08"}</script>',
      ),
    ).toBe(true));
});

describe('pages that are not articles', () => {
  it('maintained page: "Last updated" is not a publication date', () =>
    expect(verdict(`<h1>Technical support</h1><p>Last update: 9 Dec 2006</p>${PROSE}`, EDU)).toBe(false));
  it('resource listing: "Links updated January 2002"', () =>
    expect(verdict(`<h1>Webquest</h1><p>Note: Links updated January 2002.</p>${PROSE}`, EDU)).toBe(false));
  it('mailing-list archive: its own controls ("Next message", "Messages sorted by")', () =>
    expect(
      verdict(
        `<ul><li><b>Next message:</b> <a href="0060.html">x</a></li></ul><h1>On Luria</h1><p>Date: Sat Feb 18 1995</p>${PROSE}`,
        'http://www.example.ac.uk/Hypermail/list/0059.html',
      ),
    ).toBe(false));
  it('forum archive: "Post a Msg" among its controls', () =>
    expect(verdict(`<p><a href="/post">Post a Msg</a></p><h2>Laundry</h2><p>Jan 1999</p>${PROSE}`, EDU)).toBe(false));
  it('news list: a labelled date under every item', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) =>
        `<h3>Story ${i}</h3><p>Published ${i + 1} December 2006</p><p>Researchers were quoted in a feature, and their study was discussed at length.</p>`,
    ).join('');
    expect(
      detect(`<h1>In the news</h1>${items}`, 'http://www.example.ac.uk/news/cuttings.php', '<title></title>')
        .reasons[0],
    ).toMatch(/a list/);
  });
  it('error page', () =>
    expect(
      detect(`<h1>Not here</h1><p>Published: April 8, 2025</p>${PROSE}`, EDU, '<title>Page not found</title>').reasons,
    ).toEqual(['error page']));
  it('home, list and personal addresses', () => {
    expect(verdict(`<p>Published: April 8, 2025</p>${PROSE}`, 'https://news.example.edu/')).toBe(false);
    expect(verdict(`<p>Published: April 8, 2025</p>${PROSE}`, 'https://news.example.edu.cn/21496/list.htm')).toBe(
      false,
    );
    expect(verdict(`<p>Published: April 8, 2025</p>${PROSE}`, 'http://www.example.edu/~someone/essay.html')).toBe(
      false,
    );
  });
  it('a host that is no university', () =>
    expect(
      detect(`<h1>Campus lab opens</h1><p>Published: April 8, 2025</p>${PROSE}`, 'https://news.example.com/a').reasons,
    ).toEqual(['not a university host']));
});
