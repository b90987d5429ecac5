// Each date source, alone on a page, and the order of trust between them; dates in furniture never win.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractDate } from '../../utils/extraction/extract-date';
import { extractTitle } from '../../utils/extraction/extract-title';

const now = new Date('2026-11-23T00:00:00Z');
const URL_PLAIN = 'http://news.xjtu.edu.cn/info/1033/1.htm';

function dateOf(head: string, body: string, url = URL_PLAIN) {
  const doc = new JSDOM(
    `<html><head><title>学校举行创新大会-西安交通大学新闻网</title>${head}</head><body>${body}</body></html>`,
    { url },
  ).window.document;
  const t = extractTitle(doc);
  return extractDate(doc, url, t.element, 'Asia/Shanghai', now);
}
const H1 = '<h1>学校举行创新大会</h1>';
const BODY = '<p>4月8日，学校举行创新大会，会议由校长主持，与会代表进行了交流。</p>';

describe('each source alone', () => {
  it.each([
    [
      'labelled text',
      '',
      `${H1}<div>发布时间：2021-04-08 23:00</div>${BODY}`,
      '2021-04-08T23:00:00+08:00',
      { kind: 'labelled', label: '发布时间：' },
    ],
    [
      '<time datetime>',
      '',
      `${H1}<time datetime="2022-11-03T10:00:00+08:00">11月3日</time>${BODY}`,
      '2022-11-03T10:00:00+08:00',
      { kind: 'time-element' },
    ],
    [
      'JSON-LD',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-12"}</script>',
      `${H1}${BODY}`,
      '2023-05-12',
      { kind: 'json-ld' },
    ],
    [
      'meta PubDate (VSB)',
      '<meta name="PubDate" content="2026-07-13 19:02">',
      `${H1}${BODY}`,
      '2026-07-13T19:02:00+08:00',
      { kind: 'meta', name: 'pubdate' },
    ],
    [
      'meta article:published_time',
      '<meta property="article:published_time" content="2024-03-15T08:00:00Z">',
      `${H1}${BODY}`,
      // The instant, told in the site's zone (a .cn host).
      '2024-03-15T16:00:00+08:00',
      { kind: 'meta', name: 'article:published_time' },
    ],
    [
      { kind: 'meta', name: 'citation_date' },
      '<meta name="citation_date" content="2020/02/05">',
      `${H1}${BODY}`,
      '2020-02-05',
      { kind: 'meta', name: 'citation_date' },
    ],
    [
      'unlabelled dateline',
      '',
      `${H1}<p>2025/09/01</p>${BODY}`,
      '2025-09-01',
      { kind: 'dateline', where: 'near-headline' },
    ],
  ])('%s', (_n, head, body, iso, provenance) => expect(dateOf(head, body)).toEqual({ iso, provenance }));

  it.each([
    ['http://news.xjtu.edu.cn/2024/0315/c1033a1/page.htm', '2024-03-15'],
    ['http://www.ox.ac.uk/news/2022-11-03-new-college-opens', '2022-11-03'],
    ['http://news.mit.edu/2021/04/08/story', '2021-04-08'],
  ])('a date in the URL %s', (url, iso) =>
    expect(dateOf('', `${H1}${BODY}`, url)).toEqual({ iso, provenance: { kind: 'url' } }),
  );
});

describe('order of trust', () => {
  it('labelled text beats meta tags and the URL', () => {
    expect(
      dateOf(
        '<meta name="PubDate" content="2021-04-09 10:00">',
        `${H1}<div>日期：2021-04-08 23:00</div>${BODY}`,
        'http://news.xjtu.edu.cn/2021/0410/c1/page.htm',
      )?.iso,
    ).toBe('2021-04-08T23:00:00+08:00');
  });
  it('meta tags beat the URL', () => {
    expect(
      dateOf(
        '<meta name="publishdate" content="2021-04-09">',
        `${H1}${BODY}`,
        'http://news.xjtu.edu.cn/2021/0410/c1/page.htm',
      )?.iso,
    ).toBe('2021-04-09');
  });
});

describe('dates in furniture are never the answer', () => {
  it.each([
    ['a sidebar list', `<ul class="news"><li><a href="/a">另一条新闻</a><span>2021-04-12</span></li></ul>${H1}${BODY}`],
    [
      '上一条/下一条 links',
      `${H1}${BODY}<p>上一条：<a href="/b">学校召开大会 2021-04-07</a></p><p>下一条：<a href="/c">学院举行讲座 2021-04-09</a></p>`,
    ],
    ['a copyright footer', `${H1}${BODY}<footer>版权所有 © 2008-2021 西安交通大学 2021年4月1日更新</footer>`],
    ['related news in <aside>', `${H1}${BODY}<aside><time datetime="2021-03-01">3月1日</time></aside>`],
  ])('%s', (_n, body) => expect(dateOf('', body)).toBeNull());
});
