import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/detection/detect-article';
import { loadPage } from './load-page';

describe('detection on the seed site', () => {
  it.each([
    ['xjtu-vsb-article.html', 'http://news.xjtu.edu.cn/info/1033/140512.htm', true],
    ['xjtu-webplus-article.html', 'http://news.xjtu.edu.cn/2021/0408/c1033a140512/page.htm', true],
    ['xjtu-list.html', 'http://news.xjtu.edu.cn/jdyw.htm', false],
    ['xjtu-home.html', 'http://news.xjtu.edu.cn/', false],
    ['xjtu-empty.html', 'http://news.xjtu.edu.cn/info/1033/1.htm', false],
    ['xjtu-vsb-article.html', 'http://news.example.com/info/1033/140512.htm', false],
  ])('%s at %s → %s', (file, url, expected) => {
    expect(detectArticle(loadPage(`tests/fixtures/pages/${file}`, url), url).isArticle).toBe(expected);
  });
});
