// Extraction in place (issue #12): a document the caller owns (the offscreen document's parsed snapshot) is handed to
// Readability without the whole-document clone. The campus rules read the intact page first, so the Draft must be
// the one a cloned extraction gives, and a page that is not disposable must be left as it was.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../utils/extraction/extract-article';
import { breadcrumbTrails, columnOf } from '../../utils/extraction/breadcrumb-column';

const NOW = new Date('2026-11-23');
const PARA = '学校举行学术交流活动，师生代表参加会议并进行了深入讨论，取得了积极成果，会议强调要继续深化产教融合。';
const body = (n: number) => Array.from({ length: n }, (_, i) => `<p>第${i + 1}段：${PARA}</p>`).join('');

/** Two separate parses of one page: one extracted as a shared document, one as a disposable copy. */
function both(html: string, url: string) {
  const parse = () => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window;
  const [shared, own] = [parse(), parse()];
  const before = shared.document.documentElement.outerHTML;
  const cloned = extractArticle(shared.document, url, NOW);
  const inPlace = extractArticle(own.document, url, NOW, own as unknown as Window, { disposable: true });
  return {
    cloned,
    inPlace,
    sharedIntact: shared.document.documentElement.outerHTML === before,
    ownTakenApart: own.document.documentElement.outerHTML !== before,
  };
}

const file = (f: string) => readFileSync(`tests/fixtures/pages/${f}`, 'utf-8');

describe('extraction of a disposable document: the Draft of a cloned one', () => {
  it.each([
    // Meta line, breadcrumb (当前位置), attachments: the campus CMS page.
    [
      'a VSB campus article',
      file('xjtu-vsb-article.html'),
      'http://news.xjtu.edu.cn/info/1033/140512.htm',
      { column: '交大要闻', views: 9906 },
    ],
    ['a Drupal article', file('lakeside-drupal-robot.html'), 'http://news.lakeside.edu/n', {}],
    ['a WordPress article', file('wordpress-en-news.html'), 'http://news.example.edu/2024/11/25/robotics/', {}],
    [
      // The lead: a subtitle under the headline that Readability leaves out.
      'an article with a subtitle under its headline',
      `<html lang="zh"><head><title>学校召开大会-某某大学新闻网</title></head><body><div class="crumb"><a href="/">首页</a> > <a href="/x">学校要闻</a></div>
       <h1>学校召开大会</h1><div><p><em>创新工程正式启动实施</em></p></div><div class="c">${body(6)}</div></body></html>`,
      'http://news.example.edu.cn/info/1/2.htm',
      { column: '学校要闻', textContent: expect.stringMatching(/^创新工程正式启动实施\n第1段/) },
    ],
    [
      // The headline is a line before the body, and the breadcrumb's last segment repeats it.
      'a headline the breadcrumb repeats',
      `<html><head><title></title></head><body><div class="crumb"><a href="/">首页</a> > <a href="/x">学院新闻</a> > <a href="/y">学院举办春季运动会</a></div>
       <div class="c"><p>学院举办春季运动会</p>${body(8)}</div></body></html>`,
      'http://news.example.edu.cn/info/1/3.htm',
      { title: '学院举办春季运动会', column: '学院新闻' },
    ],
  ])('%s', (_name, html, url, want) => {
    const r = both(html, url);
    expect(r.cloned).toMatchObject({ ok: true, draft: want });
    expect(r.inPlace).toEqual(r.cloned);
    expect(r.sharedIntact).toBe(true);
    // The disposable copy was read in place: had it been cloned, it would be untouched.
    expect(r.ownTakenApart).toBe(true);
  });

  it('a list page is no article either way, and a shared one is left as it was', () => {
    const r = both(file('xjtu-list.html'), 'http://news.xjtu.edu.cn/jdyw.htm');
    expect(r.inPlace).toEqual({ ok: false, error: 'no-article' });
    expect(r.cloned).toEqual(r.inPlace);
    expect(r.sharedIntact).toBe(true);
  });
});

describe('the breadcrumb read before the headline is final', () => {
  it('takes the first trail naming a column besides the headline', () => {
    const d = new JSDOM(
      '<div class="crumb"><a>首页</a> > <a>标题</a></div><nav aria-label="breadcrumb"><a>学院新闻</a> > <a>标题</a></nav>',
    ).window.document;
    const trails = breadcrumbTrails(d);
    expect(trails).toEqual([['标题'], ['学院新闻', '标题']]);
    expect(columnOf(trails, '标题')).toBe('学院新闻');
    expect(columnOf(trails, '')).toBe('标题');
  });
});
