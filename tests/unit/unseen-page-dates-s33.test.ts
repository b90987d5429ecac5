// Session 33 (issue #11, review R14 findings 2, 4 and 12): date rules for classes of page never seen, each on a small
// authored snippet named after the class it serves.
import { describe, expect, it } from 'vitest';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';

const TITLE = '<title>Researchers map the coast</title><h1>Researchers map the coast</h1>';

describe('news posts of sites outside the zone guessed for their host (US West Coast, Mountain, Central; Canada)', () => {
  it('a <time datetime> with its own offset keeps it: an evening post stays on its day', () => {
    const d = clip(
      `${TITLE}<time datetime="2024-08-12T22:40:00-07:00">August 12, 2024</time>${EN_BODY}`,
      'https://news.example.edu/story/1.html',
    );
    expect(d.publishedAt).toBe('2024-08-12T22:40:00-07:00');
  });
  it('a meta time with its own offset beside a printed day keeps its offset and time (Canada)', () => {
    const d = clip(
      `<meta property="article:published_time" content="2024-02-20T21:30:00-08:00">${TITLE}` +
        `<p><span>By Jim Oldfield</span> <span>February 20, 2024</span></p>${EN_BODY}`,
      'https://news.example.ca/story',
    );
    expect(d.publishedAt).toBe('2024-02-20T21:30:00-08:00');
  });
  it('a UTC <time> takes the offset the page states for the same instant elsewhere in its markup', () => {
    const d = clip(
      `<meta property="article:published_time" content="2024-05-09T21:30:00-0700">${TITLE}` +
        `<time datetime="2024-05-10T04:30:00Z">May 9, 2024</time>${EN_BODY}`,
      'https://news.example.edu/story/1.html',
    );
    expect(d.publishedAt).toBe('2024-05-09T21:30:00-07:00');
  });
  it('a UTC <time> alone is told in the zone of the host’s country whose day its own text prints', () => {
    const d = clip(`${TITLE}<time datetime="2024-05-10T04:30:00Z">May 9, 2024</time>${EN_BODY}`);
    expect(d.publishedAt?.slice(0, 10)).toBe('2024-05-09');
    expect(Date.parse(d.publishedAt!)).toBe(Date.parse('2024-05-10T04:30:00Z'));
  });
  it('a UTC meta time is told in the zone of the host’s country whose day the dateline prints', () => {
    const d = clip(
      `<meta property="article:published_time" content="2024-03-05T06:30:00+00:00">${TITLE}` +
        `<p>March 4, 2024</p>${EN_BODY}`,
    );
    expect(d.publishedAt?.slice(0, 10)).toBe('2024-03-04');
    expect(Date.parse(d.publishedAt!)).toBe(Date.parse('2024-03-05T06:30:00Z'));
  });
  it('guards: a UK page in summer time, a Chinese page in +08:00 and a UTC time on a .cn host', () => {
    const uk = clip(
      `${TITLE}<time datetime="2024-06-03T23:15:00+01:00">3 June 2024</time>${EN_BODY}`,
      'https://www.example.ac.uk/news/story',
    );
    expect(uk.publishedAt).toBe('2024-06-03T23:15:00+01:00');
    const cn = (time: string) =>
      clip(
        `<meta property="article:published_time" content="${time}"><title>学校召开大会</title><h1>学校召开大会</h1>${ZH_BODY}`,
        'https://news.example.edu.cn/a.htm',
      ).publishedAt;
    expect(cn('2024-03-15T20:00:00+08:00')).toBe('2024-03-15T20:00:00+08:00');
    expect(cn('2024-03-15T20:00:00Z')).toBe('2024-03-16T04:00:00+08:00');
  });
});

describe('published and updated dates run together (student papers, news templates)', () => {
  const line = (html: string, head = '') =>
    clip(`${head}${TITLE}<div class="meta">${html}</div>${EN_BODY}`, 'https://www.example-paper.com/article/1')
      .publishedAt;
  it('an "Updated" label after a <time> gives way to the <time>', () => {
    expect(
      line(
        '<time datetime="2024-04-11T01:37:00-04:00">April 11, 2024</time> <span>Updated April 15, 2024, at 10:02 a.m.</span>',
      ),
    ).toBe('2024-04-11T01:37:00-04:00');
  });
  it('an "Updated" label before an unlabelled printed date gives way to it', () => {
    expect(line('<span>Updated April 15, 2024</span> · <span>April 11, 2024</span>')).toBe('2024-04-11');
  });
  it('an "Updated" label gives way to JSON-LD datePublished', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-11T09:00:00-04:00"}</script>';
    expect(line('<span>Last updated: April 15, 2024</span>', ld)).toBe('2024-04-11T09:00:00-04:00');
  });
  it('guard: an "Updated" label alone still dates the page', () => {
    expect(line('<span>Last updated: April 15, 2024</span>')).toBe('2024-04-15');
  });
});

describe('magazines dated by their issue; degree and course pages naming start months', () => {
  it('an issue link right above the headline gives the month', () => {
    const d = clip(
      `<title>The Long Road Home</title><div class="issue"><a href="/issues/may-2024">May 2024</a></div>` +
        `<h1>The Long Road Home</h1>${EN_BODY}`,
      'https://www.example-magazine.org/contents/the-long-road-home',
    );
    expect(d.publishedAt).toBe('2024-05');
  });
  it.each([
    ['Start date', '<dl><dt>Duration</dt><dd>3 years</dd><dt>Start date</dt><dd>September 2025</dd></dl>'],
    ['Application deadline', '<p>Application deadline: January 2025</p>'],
    ['Entry', '<p>Entry September 2025</p>'],
    ['开学时间', '<p>开学时间：2025年9月</p>'],
    ['(after) intake', '<p>September 2025 intake</p>'],
    ['(after) 入学', '<p>面向2025年9月入学的新生</p>'],
  ])('a month after "%s" is not a publication date', (_n, facts) => {
    const d = clip(
      `<title>BSc Computer Science</title><h1>BSc Computer Science</h1>${facts}${EN_BODY}`,
      'https://www.example.ac.uk/study/undergraduate/compsci/',
    );
    expect(d.publishedAt).toBeNull();
  });
  it('guard: the month of an issue line is still read', () => {
    const d = clip(
      `<title>Reading the Stars</title><p>Volume 121, Number 11 · April 2003</p><h2>Reading the Stars</h2>${EN_BODY}`,
      'https://www.example.edu/magazine/story.html',
    );
    expect(d.publishedAt).toBe('2003-04');
  });
});
