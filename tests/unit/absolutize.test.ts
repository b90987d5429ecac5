// A parsed page's addresses made absolute by joining strings where that is safe: always what the URL parser gives.
import { describe, expect, it } from 'vitest';
import { resolverFor } from '../../utils/clip/absolutize';

const BASES = [
  'http://news.xjtu.edu.cn/info/1033/140512.htm',
  'https://www.example.ac.uk:8443/news/a/?q=1#top',
  'http://news.huge.edu.cn/',
  'http://news.example.edu/2024/11/25/robotics-team-wins-national-title/',
];
const VALUES = [
  '/c/1',
  'c/1',
  '2.htm',
  'images/47.png',
  '/__local/images/content/2021-04/20210408230100123.jpg',
  '../2.htm',
  './2.htm',
  '/a/../b',
  '/a/./b',
  '.hidden',
  '/.well-known/x',
  '//evil.example/page-45',
  '?page=2',
  'a.htm?x=1&y=2#frag',
  "a.htm?x='1'",
  '/a b.htm',
  '/新闻/1.htm',
  'a%20b%zz.htm',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'mailto:x@y.cn',
  'HTTP://EXAMPLE.COM/A',
  'data:image/png;base64,AAAA',
  'a:b/c',
  'x/y:z',
  '/p:q',
  'a\\b',
  'http://',
  '@user',
  'a#b#c',
];

describe('resolverFor', () => {
  it.each(BASES)('resolves as new URL does against %s', (base) => {
    const resolve = resolverFor(base);
    for (const v of VALUES) {
      let want: string | null = null;
      try {
        want = new URL(v, base).href;
      } catch {
        want = null;
      }
      expect(resolve(v), v).toBe(want);
    }
  });
});
