// Detection on page load, the background's pure half: which loaded tabs it looks at, what their address and <title>
// settle without injecting anything, and which injection results may set the badge.
import { describe, expect, it } from 'vitest';
import { badgeFor, planLoad } from '../../entrypoints/background/badge';

const ARTICLE = 'http://news.xjtu.edu.cn/info/1033/140512.htm';

describe('planLoad', () => {
  it('asks the page on an article-like address under an academic suffix, which needs no grant', () => {
    expect(planLoad({ url: ARTICLE, title: '西安交大新闻' })).toEqual({
      url: ARTICLE,
      host: 'news.xjtu.edu.cn',
      needsGrant: false,
      settled: null,
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
    expect(planLoad({ url, title: 'news.example.edu/404/story.html' })?.settled).toBeNull();
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

describe('badgeFor', () => {
  it('sets the badge for an article and clears it otherwise', () => {
    expect(badgeFor({ isArticle: true, href: ARTICLE }, ARTICLE, 'NEWS')).toBe('NEWS');
    expect(badgeFor({ isArticle: false, href: ARTICLE }, ARTICLE, 'NEWS')).toBe('');
  });
  it.each([
    ['another address (the tab moved on)', { isArticle: true, href: `${ARTICLE}#x` }],
    ['no result (the injection failed)', undefined],
    ['a malformed result', { isArticle: 'yes', href: ARTICLE }],
    ['extra fields', { isArticle: true, href: ARTICLE, html: '<script>' }],
    ['an old message', { type: 'page-detected', isArticle: true }],
  ])('ignores %s', (_n, result) => expect(badgeFor(result, ARTICLE, 'NEWS')).toBeNull());
});
