import { describe, expect, it } from 'vitest';
import { citation, localDay, type CiteFields } from '../../utils/reader/cite';
import { extractArticle } from '../../utils/extraction/extract-article';
import { loadPage } from './load-page';

/** The day the user cites on, at local noon so the local day is the same in every time zone. */
const TODAY = new Date(2026, 11, 1, 12);

const fields = (over: Partial<CiteFields>): CiteFields => ({
  title: 'Title',
  byline: [],
  source: null,
  site: { host: 'news.example.edu', name: null, university: null },
  publishedAt: null,
  url: 'https://news.example.edu/a',
  lang: 'en',
  ...over,
});

describe('citation: Chinese articles in GB/T 7714—2015', () => {
  it('cites the seed article as clipped, by its source site, with the day read', () => {
    const url = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
    const r = extractArticle(loadPage('tests/fixtures/pages/xjtu-vsb-article.html', url), url, new Date('2026-11-23'));
    if (!r.ok) throw new Error('no article');
    expect(citation(r.draft, TODAY)).toBe(
      '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会[EB/OL]. 西安交通大学新闻网, (2021-04-08)[2026-12-01]. http://news.xjtu.edu.cn/info/1033/140512.htm.',
    );
  });

  it('names the writer, not the photographer or editor', () => {
    const a = fields({
      lang: 'zh',
      title: '标题',
      byline: [
        { name: '李明', role: '摄影' },
        { name: '卢建军', role: '文字' },
        { name: '张帆', role: '编辑' },
      ],
      source: '党委宣传部',
      site: { host: 'news.xjtu.edu.cn', name: '西安交通大学新闻网', university: '西安交通大学' },
      publishedAt: '2021-04-08T23:00:00+08:00',
      url: 'http://news.xjtu.edu.cn/info/1033/140512.htm',
    });
    expect(citation(a, TODAY)).toBe(
      '卢建军. 标题[EB/OL]. 西安交通大学新闻网, (2021-04-08)[2026-12-01]. http://news.xjtu.edu.cn/info/1033/140512.htm.',
    );
  });

  it('lists three writers at most, then 等', () => {
    const byline = ['甲一', '乙二', '丙三', '丁四'].map((name) => ({ name, role: '作者' }));
    expect(citation(fields({ lang: 'zh', title: '标题', byline }), TODAY)).toBe(
      '甲一, 乙二, 丙三, 等. 标题[EB/OL]. [2026-12-01]. https://news.example.edu/a.',
    );
  });

  it('cites a traditional Chinese article by its source office, the university as publisher', () => {
    const url = 'https://www.hku.hk/press/news_detail_1.html';
    const r = extractArticle(loadPage('tests/fixtures/pages/hk-news-traditional.html', url), url);
    if (!r.ok) throw new Error('no article');
    expect(citation(r.draft, TODAY)).toBe(
      '傳訊及公共關係處. 本校研究團隊研發新型海水淡化技術[EB/OL]. 香港範例大學, (2024-05-12)[2026-12-01]. https://www.hku.hk/press/news_detail_1.html.',
    );
  });

  it('gives a month-only date as printed, and no parentheses without a date', () => {
    const a = fields({
      lang: 'zh-CN',
      title: '标题',
      site: { host: 'x.edu.cn', name: '某大学新闻网', university: null },
    });
    expect(citation({ ...a, publishedAt: '2003-04' }, TODAY)).toBe(
      '标题[EB/OL]. 某大学新闻网, (2003-04)[2026-12-01]. https://news.example.edu/a.',
    );
    expect(citation(a, TODAY)).toBe('标题[EB/OL]. 某大学新闻网[2026-12-01]. https://news.example.edu/a.');
  });

  it('takes the access date in the user’s own time zone', () => {
    expect(localDay(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('citation: other languages in APA 7', () => {
  it('inverts a credited writer with initials', () => {
    const a = fields({
      title: 'Provost names new climate institute director',
      byline: [
        { name: 'David Okafor', role: 'By' },
        { name: 'Lee Photo', role: 'Photos' },
      ],
      site: { host: 'news.mit.edu', name: 'MIT News', university: 'Massachusetts Institute of Technology' },
      publishedAt: '2025-04-03T09:00:00-04:00',
      url: 'https://news.mit.edu/2025/provost',
    });
    expect(citation(a, TODAY)).toBe(
      'Okafor, D. (2025, April 3). Provost names new climate institute director. MIT News. https://news.mit.edu/2025/provost',
    );
  });

  it('cites the English fixture with its author, two authors with an ampersand, middle and hyphenated names', () => {
    const url = 'https://news.example.edu/2024/11/25/robotics-team-wins-national-title/';
    const r = extractArticle(loadPage('tests/fixtures/pages/wordpress-en-news.html', url), url);
    if (!r.ok) throw new Error('no article');
    expect(citation(r.draft, TODAY)).toBe(
      `Doe, J. (2024, November 25). Robotics team wins national title. Example University News. ${url}`,
    );
    const byline = [
      { name: 'Mary-Jane A. Smith', role: 'Author' },
      { name: 'Sam Lee', role: 'Author' },
    ];
    expect(citation({ ...r.draft, byline }, TODAY)).toMatch(/^Smith, M\.-J\. A\., & Lee, S\. \(2024/);
  });

  it('makes the organisation the author when no writer is credited, and drops the site when it is that author', () => {
    const site = { host: 'news.example.edu', name: 'Example University', university: 'Example University' };
    expect(citation(fields({ site, publishedAt: '2023-06-14' }), TODAY)).toBe(
      'Example University. (2023, June 14). Title. https://news.example.edu/a',
    );
    expect(citation(fields({ site, source: 'Office of Communications', publishedAt: '2023-06-14' }), TODAY)).toBe(
      'Office of Communications. (2023, June 14). Title. Example University. https://news.example.edu/a',
    );
  });

  it('says n.d. without a date, and gives a month-only date', () => {
    const a = fields({ byline: [{ name: 'Jane Doe', role: 'Author' }], title: 'Why now?' });
    expect(citation(a, TODAY)).toBe('Doe, J. (n.d.). Why now? news.example.edu. https://news.example.edu/a');
    expect(citation({ ...a, publishedAt: '2003-04' }, TODAY)).toBe(
      'Doe, J. (2003, April). Why now? news.example.edu. https://news.example.edu/a',
    );
  });

  it('starts with the title when there is no author at all', () => {
    expect(citation(fields({ publishedAt: '2024-01-02' }), TODAY)).toBe(
      'Title. (2024, January 2). news.example.edu. https://news.example.edu/a',
    );
  });
});
