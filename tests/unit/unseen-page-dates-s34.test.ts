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

describe('Drupal and WordPress date lines: the time after a dash, a bar or "at"', () => {
  const en = (line: string) =>
    clip(
      `<title>Researchers map the coast</title><h1>Researchers map the coast</h1><p>${line}</p>${EN_BODY}`,
      'https://news.example.edu/story/1.html',
    ).publishedAt;
  it('Drupal’s default formats ("Thu, 11/12/2026 - 10:00", "November 12, 2026 - 2:05pm")', () => {
    expect(en('Thu, 11/12/2026 - 10:00')).toBe('2026-11-12T10:00:00-05:00');
    expect(en('November 12, 2026 - 2:05pm')).toBe('2026-11-12T14:05:00-05:00');
  });
  it('"at" and a bar between the day and the time', () => {
    expect(en('Posted November 12, 2026 at 10:00 am')).toBe('2026-11-12T10:00:00-05:00');
    expect(en('November 12, 2026 | 09:15')).toBe('2026-11-12T09:15:00-05:00');
  });
  it('guard: a range of days after a dash is no time', () => {
    expect(en('November 12, 2026 – November 14, 2026')).toBe('2026-11-12');
  });
});

describe('a site whose host names no country (.com, .org): its language names the zone', () => {
  it('a Chinese page on a .com prints Beijing time, declared or not', () => {
    const page = (lang: string) =>
      clip(
        `<html${lang}><title>学校召开研究生教育工作会议</title><h1>学校召开研究生教育工作会议</h1><div>发布时间：2017-03-10 09:58</div>${ZH_BODY}</html>`,
        'https://www.example-daily.com/2017/0310/a.html',
      ).publishedAt;
    expect(page(' lang="zh-CN"')).toBe('2017-03-10T09:58:00+08:00');
    expect(page('')).toBe('2017-03-10T09:58:00+08:00');
  });
  it('guard: an English page on a .com keeps UTC', () => {
    const d = clip(
      `<title>Researchers map the coast</title><h1>Researchers map the coast</h1><p>Published March 10, 2017 09:58</p>${EN_BODY}`,
      'https://www.example-daily.com/story/1.html',
    );
    expect(d.publishedAt).toBe('2017-03-10T09:58:00+00:00');
  });
});
