// Detection on page load, the background's pure half: which loaded tabs it looks at, what their address and <title>
// settle without injecting anything, and which injection results may set the badge.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { afterHeadlineRead, badgeFor, planLoad } from '../../entrypoints/background/badge';
import { headlineLooks, readHeadline } from '../../utils/detection/headline-region';
import { detectByWalk, detectPastAddress, readMetadata } from '../../utils/detection/detect-article';
import { readWalk } from '../../utils/detection/page-walk';
import { loadPage } from './load-page';

const ARTICLE = 'http://news.xjtu.edu.cn/info/1033/140512.htm';

describe('planLoad', () => {
  it('asks the page on an article-like address under an academic suffix, which needs no grant', () => {
    expect(planLoad({ url: ARTICLE, title: '西安交大新闻' })).toEqual({
      url: ARTICLE,
      host: 'news.xjtu.edu.cn',
      needsGrant: false,
      settled: null,
      title: '西安交大新闻',
    });
  });
  it.each([
    ['a home page', { url: 'https://www.mit.edu/', title: 'MIT' }, 'home or list'],
    ['a list page', { url: 'http://news.xjtu.edu.cn/zyxw/list5.htm', title: '要闻' }, 'home or list'],
    ['a personal page', { url: 'https://www.cs.example.edu/~kim/notes.html', title: 'Kim' }, 'personal page'],
    ['an error title', { url: 'https://news.example.edu/a/b.html', title: '404 Page Not Found' }, 'error page'],
    ['a Chinese error title', { url: 'http://news.example.edu.cn/a/b.htm', title: '页面不存在' }, 'error page'],
    [
      'an issue title',
      { url: 'https://x.example.edu/n/oct.html', title: 'Campus Newsletter October 1997' },
      'issue page',
    ],
  ])('settles %s from the tab alone', (_n, tab, reason) => expect(planLoad(tab)?.settled).toBe(reason));

  it('ignores a title that is only the address (a page without <title>): the page is asked', () => {
    const url = 'https://news.example.edu/404/story.html';
    expect(planLoad({ url, title: 'news.example.edu/404/story.html' })).toMatchObject({ settled: null, title: '' });
    expect(planLoad({ url })?.settled).toBeNull();
  });

  it('needs the user grant for hosts outside the academic suffixes (the academic list, the extra sites)', () => {
    expect(planLoad({ url: 'http://www.uni-heidelberg.de/newsroom/2025/04/lab-opens.html' })).toMatchObject({
      host: 'www.uni-heidelberg.de',
      needsGrant: true,
      settled: null,
    });
  });

  it.each([
    ['no address (a host we hold no permission for)', {}],
    ['a browser page', { url: 'chrome://newtab/' }],
    ['a file', { url: 'file:///home/u/a.edu.html' }],
    ['a malformed address', { url: 'not a url' }],
  ])('leaves alone %s', (_n, tab) => expect(planLoad(tab)).toBeNull());
});

describe('badgeFor: the walk judged in the background from what the page read', () => {
  const NOW = new Date('2026-11-23');
  const DRUPAL = 'http://www.example.ac.uk/news/new-centre-for-climate-research-opens';
  // Through JSON, as an injection's value comes back.
  const facts = (doc: Document, href: string) =>
    JSON.parse(JSON.stringify({ href, title: doc.title, walk: readWalk(doc), meta: readMetadata(doc) }));

  it.each(readdirSync('tests/fixtures/pages').filter((f) => f.endsWith('.html')))(
    '%s: the same verdict as detectByWalk on the page',
    (file) => {
      const doc = loadPage(`tests/fixtures/pages/${file}`, ARTICLE);
      const want = detectByWalk(doc, new URL(ARTICLE), NOW).isArticle ? 'NEWS' : '';
      expect(badgeFor(facts(doc, ARTICLE), ARTICLE, 'NEWS', NOW)).toBe(want);
    },
  );

  it('badges the Drupal article, which the headline read leaves to the walk (the e2e tests load it)', () => {
    const doc = loadPage('tests/fixtures/pages/drupal-en-article.html', DRUPAL);
    const looks = headlineLooks(doc.title);
    expect(afterHeadlineRead(readHeadline(looks, doc), DRUPAL, looks, 'NEWS', NOW)).toEqual({ walk: true });
    expect(badgeFor(facts(doc, DRUPAL), DRUPAL, 'NEWS', NOW)).toBe('NEWS');
  });

  const good = () => facts(loadPage('tests/fixtures/pages/drupal-en-article.html', ARTICLE), ARTICLE);
  it.each([
    ['another address (the tab moved on)', { ...good(), href: `${ARTICLE}#x` }],
    ['no result (the injection failed)', undefined],
    ['a malformed walk', { ...good(), walk: { ...good().walk, linked: '900' } }],
    ['a block that is not text', { ...good(), walk: { ...good().walk, blocks: [{ text: 1, furniture: false }] } }],
    ['a line that is not text', { ...good(), walk: { ...good().walk, short: [1] } }],
    ['extra fields', { ...good(), html: '<script>' }],
    ['an old verdict', { isArticle: true, href: ARTICLE }],
  ])('ignores %s', (_n, result) => expect(badgeFor(result, ARTICLE, 'NEWS', NOW)).toBeNull());
});

describe('afterHeadlineRead: the quick verdict from what the page read', () => {
  const NOW = new Date('2026-11-23');
  const URL_ = 'http://news.example.edu.cn/info/1033/1.htm';
  const PROSE = '<p>' + '这是一段新闻正文，讲述了实验室的建设。'.repeat(12) + '</p>';
  const page = (title: string, body: string) =>
    new JSDOM(`<title>${title}</title><body>${body}</body>`, { url: 'about:blank' }).window.document;
  const DATED = `<h1>新材料实验室揭牌成立</h1><p>发布时间：2025-04-08 浏览次数：12</p>${PROSE}`;

  it.each([
    ['a labelled date after the headline', page('新材料实验室揭牌成立-新闻网', DATED), 'NEWS'],
    ['an error <title> the tab did not show', page('404 Not Found', DATED), ''],
  ])('settles %s as detectPastAddress would', (_n, doc, badge) => {
    const looks = headlineLooks(doc.title);
    expect(afterHeadlineRead(readHeadline(looks, doc), 'about:blank', looks, 'NEWS', NOW)).toEqual({ badge });
    expect(detectPastAddress(doc, new URL(URL_), NOW).isArticle).toBe(badge === 'NEWS');
  });

  it('asks for the walk when the text after the headline does not settle it', () => {
    const doc = page('新材料实验室揭牌成立-新闻网', `<h1>新材料实验室揭牌成立</h1>${PROSE}`);
    const looks = headlineLooks(doc.title);
    expect(afterHeadlineRead(readHeadline(looks, doc), 'about:blank', looks, 'NEWS', NOW)).toEqual({ walk: true });
  });

  it("reads again with the page's own <title> when the tab showed another", () => {
    const doc = page('新材料实验室揭牌成立-新闻网', DATED);
    const stale = headlineLooks('新闻网');
    expect(afterHeadlineRead(readHeadline(stale, doc), 'about:blank', stale, 'NEWS', NOW)).toEqual({
      readAgain: headlineLooks(doc.title),
    });
  });

  it.each([
    ['another address (the tab moved on)', { href: `${URL_}#x`, title: 't', windows: [] }],
    ['no result (the injection failed)', undefined],
    ['a window that is not text', { href: URL_, title: 'abcd', windows: [1] }],
    ['extra fields', { href: URL_, title: '', windows: [], isArticle: true }],
  ])('ignores %s', (_n, result) => expect(afterHeadlineRead(result, URL_, [], 'NEWS', NOW)).toBeNull());
});
