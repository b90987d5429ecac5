// Date rules for classes of page that failed on unseen sites (issue #11), each on a small authored snippet named
// after the class it serves (the page-class tests continue tests/unit/unseen-page-classes.test.ts, past its size).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';

const TITLE = '<title>New Centre Opens | Example University News</title><h1>New Centre Opens</h1>';
const ZH_TITLE = '<title>学校举行创新大会</title><h1>学校举行创新大会</h1>';

describe('published and updated dates printed together', () => {
  it('"Updated: …" printed before "Published: …": the publication date', () => {
    const d = clip(`${TITLE}<p>Updated: December 3, 2024 Published: November 25, 2024</p>${EN_BODY}`);
    expect(d.publishedAt).toBe('2024-11-25');
    expect(d.provenance?.publishedAt).toEqual({ kind: 'labelled', label: 'Published:' });
  });
  it('更新时间 before 发布时间: the publication date', () => {
    expect(clip(`${ZH_TITLE}<div>更新时间：2024-12-03 发布时间：2024-11-25</div>${ZH_BODY}`).publishedAt).toBe(
      '2024-11-25',
    );
  });
  it.each([
    ['2024-11-252024-12-03', '2024-11-25'],
    ['2024/11/252024/12/03', '2024-11-25'],
    ['2024.1.52024.2.1', '2024-01-05'],
  ])('numeric dates run together ("%s"): the first', (line, want) => {
    expect(clip(`${TITLE}<p>${line}</p>${EN_BODY}`).publishedAt).toBe(want);
  });
  it('a day is still not read out of a longer number ("2024-11-2520")', () => {
    expect(clip(`${TITLE}<p>Ref. 2024-11-2520</p>${EN_BODY}`).publishedAt).toBeNull();
  });
  it('an update label alone is still read', () => {
    expect(clip(`${ZH_TITLE}<div>更新时间：2024-12-03</div>${ZH_BODY}`).publishedAt).toBe('2024-12-03');
  });
});

describe('blog footers', () => {
  it('"This entry was posted on Friday, March 3rd, 2023 at 10:15 am": a weekday between label and date', () => {
    const d = clip(`${TITLE}${EN_BODY}<p>This entry was posted on Friday, March 3rd, 2023 at 10:15 am.</p>`);
    expect(d.publishedAt?.slice(0, 10)).toBe('2023-03-03');
    expect(d.provenance?.publishedAt).toEqual({ kind: 'dateline', where: 'after-body' });
  });
});

describe('month-only dates', () => {
  it('"发布时间：2024年5月" then a body opening "5月11日": the month, not 5 May', () => {
    expect(clip(`${ZH_TITLE}<div>发布时间：2024年5月</div>${ZH_BODY}`).publishedAt).toBe('2024-05');
  });
  it('a full Chinese date is still a day', () => {
    expect(clip(`${ZH_TITLE}<div>发布时间：2024年5月12日</div>${ZH_BODY}`).publishedAt).toBe('2024-05-12');
  });
});

describe('dates in the URL', () => {
  it('a file named t + date (/202405/t20240512_123.html, common on Chinese sites)', () => {
    const d = clip(`${ZH_TITLE}${ZH_BODY}`, 'http://news.example.edu.cn/n/202405/t20240512_123.html');
    expect(d.publishedAt).toBe('2024-05-12');
    expect(d.provenance?.publishedAt).toEqual({ kind: 'url' });
  });
  it('the detector counts it as a dated address too', () => {
    const url = 'http://news.example.edu.cn/n/202405/t20240512_123.html';
    const doc = new JSDOM(`<!DOCTYPE html>${ZH_TITLE}${ZH_BODY}`, { url }).window.document;
    expect(detectArticle(doc, url, new Date('2026-11-23'), isAcademicHost).reasons).toEqual(['date in url']);
  });
});

describe('Taiwanese pages (民國 years)', () => {
  const TW = '<title>本校舉行創新大會</title><h1>本校舉行創新大會</h1>';
  it.each([
    ['113年5月12日', '2024-05-12'],
    ['113-05-12', '2024-05-12'],
    ['113/05/12 10:20', '2024-05-12T10:20:00+08:00'],
  ])('發佈日期：%s on a .tw host', (printed, iso) => {
    expect(
      clip(`${TW}<div>發佈日期：${printed}</div>${ZH_BODY}`, 'https://www.example.edu.tw/news/1').publishedAt,
    ).toBe(iso);
  });
  it('elsewhere a short year is not read as one', () => {
    expect(clip(`${TW}<div>發佈日期：113-05-12</div>${ZH_BODY}`, 'https://www.example.edu.hk/news/1').publishedAt).toBe(
      null,
    );
  });
});
