import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { newFollow } from '../../utils/columns/follow-model';
import { followsToOpml } from '../../utils/columns/opml';

describe('followsToOpml', () => {
  it('lists every column with its name and address, escaped, as well-formed XML', () => {
    const now = new Date('2026-11-23T08:00:00Z');
    const a = newFollow('http://news.xjtu.edu.cn/jdyw.htm', { name: '交大要闻', items: [] }, now, 3);
    const b = newFollow('https://www.example.edu/news?topic=a&page=1', { name: 'R&D <"News">', items: [] }, now, 3);
    const xml = followsToOpml([a, b], now);
    const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
    expect(doc.querySelector('parsererror')).toBeNull();
    const outlines = [...doc.querySelectorAll('body > outline')].map((o) => [
      o.getAttribute('text'),
      o.getAttribute('htmlUrl'),
    ]);
    expect(outlines).toEqual([
      ['交大要闻', 'http://news.xjtu.edu.cn/jdyw.htm'],
      ['R&D <"News">', 'https://www.example.edu/news?topic=a&page=1'],
    ]);
  });
});
