// Session 27 (issue #11): one guard for each class of date the issue lists as failing on pages never seen, each on a
// small authored page of that class. Most are handled by earlier rules; these keep them handled.
import { describe, expect, it } from 'vitest';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';

const EN = (h: string) => `<title>${h} | Example University</title><h1>${h}</h1>`;
const H = 'Students Build a Solar Car';

describe('older pages: magazines and student papers with an issue line', () => {
  it('"Volume 121, Number 11 · April 2003" is the month, not 11 April', () =>
    expect(clip(`${EN(H)}<p>Volume 121, Number 11 · April 2003</p>${EN_BODY}`).publishedAt).toBe('2003-04'));
  it('"April 2003" alone above the headline is the month', () =>
    expect(clip(`<title>${H}</title><p>The Campus Times · April 2003</p><h1>${H}</h1>${EN_BODY}`).publishedAt).toBe(
      '2003-04',
    ));
  it('"Tuesday, March 13, 2001" under the headline is the day', () =>
    expect(clip(`${EN(H)}<p>Tuesday, March 13, 2001</p>${EN_BODY}`).publishedAt).toBe('2001-03-13'));
  it('a month in the URL (/2003/04/) when nothing is printed', () =>
    expect(clip(`${EN(H)}${EN_BODY}`, 'https://www.example.edu/magazine/2003/04/solar-car.html').publishedAt).toBe(
      '2003-04',
    ));
  it('a day in the URL (/2003/04/15/) when nothing is printed', () =>
    expect(clip(`${EN(H)}${EN_BODY}`, 'https://www.example.edu/news/2003/04/15/solar-car/').publishedAt).toBe(
      '2003-04-15',
    ));
});

describe('blog and news templates (WordPress, Drupal, TYPO3)', () => {
  it('"Posted on March 3, 2023 by Jane Roe" under the headline', () =>
    expect(clip(`${EN(H)}<p>Posted on March 3, 2023 by Jane Roe</p>${EN_BODY}`).publishedAt).toBe('2023-03-03'));
  it('"Posted on …" after the body', () =>
    expect(clip(`${EN(H)}${EN_BODY}<footer>Posted on March 3, 2023</footer>`).publishedAt).toBe('2023-03-03'));
  it('published and updated run together ("November 25, 2024December 3, 2024"): the first', () =>
    expect(clip(`${EN(H)}<p>November 25, 2024December 3, 2024</p>${EN_BODY}`).publishedAt).toBe('2024-11-25'));
  it('the printed date beats a meta tag naming another day (the printed one is what readers see)', () =>
    expect(
      clip(
        `<meta property="article:published_time" content="2024-12-03T10:00:00Z">${EN(H)}<p>November 25, 2024</p>${EN_BODY}`,
      ).publishedAt,
    ).toBe('2024-11-25'));
  it('the meta tag keeps its time of day when the printed day agrees', () =>
    expect(
      clip(
        `<meta property="article:published_time" content="2024-11-25T15:00:00Z">${EN(H)}<p>November 25, 2024</p>${EN_BODY}`,
      ).publishedAt,
    ).toBe('2024-11-25T10:00:00-05:00'));
});

describe('traditional Chinese labels (Hong Kong, Taiwan)', () => {
  const ZH = '<title>學校舉行創新大會</title><h1>學校舉行創新大會</h1>';
  it.each(['發佈日期', '發布日期', '發布時間', '發佈時間', '發表日期'])('%s：2024-05-12', (label) =>
    expect(clip(`${ZH}<div>${label}：2024-05-12</div>${ZH_BODY}`, 'https://www.example.edu.hk/n/1').publishedAt).toBe(
      '2024-05-12',
    ),
  );
  it('a label with its time: 發布時間：2024年5月12日 10:30 (told in Hong Kong time)', () =>
    expect(
      clip(`${ZH}<div>發布時間：2024年5月12日 10:30</div>${ZH_BODY}`, 'https://www.example.edu.hk/n/1').publishedAt,
    ).toBe('2024-05-12T10:30:00+08:00'));
});

// Known misses: the range rule (session 27, D) lifted one tuning page and no check page, so it was dropped as fitting
// (as in session 16). The end day is read.
describe('weekly reports, events and courses dated by a range of days: its first day', () => {
  const page = (headline: string, url?: string) => clip(`${EN(headline)}${EN_BODY}`, url).publishedAt;
  it.fails.each([
    ['German, day first with dots', 'Wochenbericht 14. - 20. Januar 2022', '2022-01-14'],
    ['German, no spaces', 'Wochenbericht 14.-20. Januar 2022', '2022-01-14'],
    ['English, month first', 'Weekly Report: January 14–20, 2022', '2022-01-14'],
    ['English, day first', 'Weekly Report, 14–20 January 2022', '2022-01-14'],
    ['French', 'Semaine du 14-20 janvier 2022', '2022-01-14'],
  ])('%s ("%s")', (_n, headline, want) => expect(page(headline)).toBe(want));
  it('a number before a date that is no range (it runs backward) leaves the date alone', () =>
    expect(page('Room 12 - 4 March 2022 Open Day')).toBe('2022-03-04'));
  it('two full dates stay two dates: the first', () =>
    expect(page('Winter break 31 December 2021 – 6 January 2022')).toBe('2021-12-31'));
});

// Known misses: the coined-name rule (session 27, D) lifted one tuning page and no check page: dropped as fitting.
describe('portals and CMSs that coin their own meta name for the publication time', () => {
  const T = '<title>New Centre Opens</title><h1>New Centre Opens</h1>';
  const at = (meta: string) => clip(`${meta}${T}${EN_BODY}`, 'https://www.example.org/s');
  it.fails.each([
    ['apub:time', '2019-9-7 21:30:50', '2019-09-07'],
    ['PublishTime', '2024-05-12 10:00', '2024-05-12'],
    ['og:release_date', '2024-05-12', '2024-05-12'],
    ['time_published', '2024-05-12', '2024-05-12'],
  ])('<meta name="%s">', (name, content, want) => {
    const d = at(`<meta name="${name}" content="${content}">`);
    expect(d.publishedAt?.slice(0, 10)).toBe(want);
    expect(d.provenance?.publishedAt).toEqual({ kind: 'meta', name: name.toLowerCase() });
  });
  it('a name that says neither published nor modified (expires, publisher) is not read', () => {
    expect(at('<meta name="expires" content="2024-05-12">').publishedAt).toBeNull();
    expect(at('<meta name="publisher" content="Example Press 2024-05-12">').publishedAt).toBeNull();
  });
  it('a standard name comes first, and the printed date beats both', () => {
    const both = '<meta name="pub-time" content="2024-05-10"><meta name="pubdate" content="2024-05-11">';
    expect(at(both).publishedAt).toBe('2024-05-11');
    expect(clip(`${both}${T}<p>May 12, 2024</p>${EN_BODY}`).publishedAt).toBe('2024-05-12');
  });
});
