// Session 34 (issue #11, review R15's one time miss): a labelled day printed without a time takes the time the
// page's markup gives for that same day; markup naming another day leaves the printed day alone.
import { describe, expect, it } from 'vitest';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';

const ZH_TITLE = '<title>学校召开研究生教育工作会议-新闻网</title><h1>学校召开研究生教育工作会议</h1>';
const zh = (meta: string, line = '发布时间：2026-11-12　来源：党委宣传部') =>
  clip(`${meta}${ZH_TITLE}<div>${line}</div>${ZH_BODY}`, 'https://news.example.edu.cn/info/1002/5678.htm').publishedAt;

describe('TRS and WordPress pages: a printed day, its time only in markup', () => {
  it('a TRS PubDate meta on the printed day gives the time (Beijing time)', () => {
    expect(zh('<meta name="PubDate" content="2026-11-12 09:30">')).toBe('2026-11-12T09:30:00+08:00');
  });
  it('a UTC article:published_time on the printed day is told in the site’s zone', () => {
    expect(zh('<meta property="article:published_time" content="2026-11-12T01:30:00Z">')).toBe(
      '2026-11-12T09:30:00+08:00',
    );
  });
  it('an English "Published" day takes the JSON-LD time of that day', () => {
    const d = clip(
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-11T14:05:00-04:00"}</script>` +
        `<title>Researchers map the coast</title><h1>Researchers map the coast</h1><p>Published April 11, 2024</p>${EN_BODY}`,
      'https://news.example.edu/story/1.html',
    );
    expect(d.publishedAt).toBe('2024-04-11T14:05:00-04:00');
  });
  it('guards: markup on another day (an import or edit date) leaves the printed day, and a printed time stays', () => {
    expect(zh('<meta name="PubDate" content="2026-11-20 16:02">')).toBe('2026-11-12');
    // Midnight is how a CMS writes a day with no time.
    expect(zh('<meta property="article:published_time" content="2026-11-12T00:00:00+08:00">')).toBe('2026-11-12');
    expect(zh('<meta name="PubDate" content="2026-11-12 09:30">', '发布时间：2026-11-12 15:45')).toBe(
      '2026-11-12T15:45:00+08:00',
    );
  });
});
