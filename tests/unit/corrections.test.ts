import { describe, expect, it } from 'vitest';
import type { Article } from '../../utils/model/article';
import {
  formatByline,
  formOf,
  pageForm,
  parseBylineText,
  patchFrom,
  publishedFromText,
} from '../../utils/clip/corrections';

const article = {
  title: 'T',
  publishedAt: '2021-04-08T23:00:00+08:00',
  source: null,
  views: 9906,
  byline: [
    { name: '王海', role: '文字' },
    { name: 'Jane Doe', role: 'Author' },
  ],
  site: { host: 'news.xjtu.edu.cn', name: '西安交通大学新闻网', university: '西安交通大学' },
} as unknown as Article;

describe('byline text', () => {
  it('round-trips', () => expect(parseBylineText(formatByline(article.byline))).toEqual(article.byline));
  it('reads full-width brackets and names without role', () =>
    expect(parseBylineText('李明（摄影）；赵强')).toEqual([
      { name: '李明', role: '摄影' },
      { name: '赵强', role: null },
    ]));
});

describe('patchFrom', () => {
  it('leaves an untouched form as the article was', () => {
    const r = patchFrom(formOf(article), article);
    expect(r).toEqual({
      ok: true,
      patch: {
        title: 'T',
        publishedAt: '2021-04-08T23:00:00+08:00',
        source: null,
        views: 9906,
        byline: article.byline,
        site: article.site,
      },
    });
  });
  it.each([
    ['title', { title: '  ' }],
    ['publishedAt', { publishedAt: '8 April' }],
    ['publishedAt', { publishedAt: '2021-02-30T25:00' }],
    ['views', { views: 'many' }],
  ])('refuses a bad %s', (field, change) =>
    expect(patchFrom({ ...formOf(article), ...change }, article)).toEqual({ ok: false, field }),
  );
  it('accepts a date-only correction and a count with separators', () => {
    const r = patchFrom({ ...formOf(article), publishedAt: '2021-04-09', views: '10,001' }, article);
    expect(r.ok && r.patch).toMatchObject({ publishedAt: '2021-04-09', views: 10001 });
  });
  // Extraction gives month-only dates (a page that printed "April 2003"); the form must take them back.
  it('accepts the month-precision date extraction produces', () => {
    const monthly = { ...article, publishedAt: '2003-04' };
    const r = patchFrom(formOf(monthly), monthly);
    expect(r.ok && r.patch).toMatchObject({ publishedAt: '2003-04' });
  });
});

// Session 26: the review took only ISO 8601; people type dates the way pages print them.
describe('publishedFromText', () => {
  const now = new Date('2026-11-30T07:00:00Z');
  const cn = { site: { host: 'news.xjtu.edu.cn', name: null, university: null }, lang: 'zh-CN' };
  const edu = { site: { host: 'news.mit.edu', name: null, university: null }, lang: 'en' };
  // Session 34: a site whose host names no country is told in its language's zone, as the extractor now tells it.
  const com = { site: { host: 'www.example-daily.com', name: null, university: null }, lang: 'zh' };
  const comEn = { site: { host: 'www.example-daily.com', name: null, university: null }, lang: 'en' };
  it.each([
    ['2021-04-08 23:00', com, '2021-04-08T23:00:00+08:00'],
    ['2021-04-08 23:00', comEn, '2021-04-08T23:00:00+00:00'],
    ['April 8, 2021', cn, '2021-04-08'],
    ['2021/4/8', cn, '2021-04-08'],
    ['2021年4月8日', cn, '2021-04-08'],
    // A time gets the site's UTC offset, as the extractor gives it: Beijing for a .cn site, Eastern time for .edu.
    ['2021-04-08 23:00', cn, '2021-04-08T23:00:00+08:00'],
    ['2021年4月8日 23:00', cn, '2021-04-08T23:00:00+08:00'],
    ['April 8, 2021 11:00 pm', edu, '2021-04-08T23:00:00-04:00'],
    ['2021-04-08 23:00', edu, '2021-04-08T23:00:00-04:00'],
    // The stored forms stay as typed, offset and all.
    ['2021-04-08T23:00:00+02:00', edu, '2021-04-08T23:00:00+02:00'],
    ['2003-04', cn, '2003-04'],
    ['April 2003', edu, '2003-04'],
    // An old article's date, typed as pages print it, is taken as the ISO form is (the extractor's 1990 floor is
    // for dates found on pages, not typed by a person).
    ['June 1, 1985', edu, '1985-06-01'],
    ['1985年6月1日', cn, '1985-06-01'],
  ])('reads “%s”', (typed, a, stored) => expect(publishedFromText(typed, a, now)).toBe(stored));

  it.each(['8 April', 'yesterday', '2021-02-30', 'April 8, 2021 and 9', '2027-01-01'])('refuses “%s”', (typed) =>
    expect(publishedFromText(typed, cn, now)).toBeNull(),
  );

  it('patchFrom stores what was typed in the form the export uses', () => {
    const r = patchFrom({ ...formOf(article), publishedAt: '2021年4月9日 8:30' }, article, now);
    expect(r.ok && r.patch.publishedAt).toBe('2021-04-09T08:30:00+08:00');
  });
});

// Review 28: a corrected field could not be given back to the page; now "Use the page's" fills the form with it,
// and a field set back to the page's value leaves the record, so a re-clip takes the page's again.
describe('a correction given back to the page', () => {
  const corrected = { ...article, source: '宣传部', title: 'Mine', corrected: { source: '党委宣传部', title: 'T' } };
  it('pageForm offers what the page printed for each corrected field, and only those', () =>
    expect(pageForm(corrected as Article)).toEqual({ source: '党委宣传部', title: 'T' }));
  it('a field set back to the page value leaves the record; the others stay', () => {
    const r = patchFrom({ ...formOf(corrected as Article), source: '党委宣传部' }, corrected as Article);
    expect(r).toMatchObject({ ok: true, patch: { source: '党委宣传部', title: 'Mine', corrected: { title: 'T' } } });
    expect(r.ok && r.patch.corrected).not.toHaveProperty('source');
  });
  it('an emptied record stays, as {} (absent would mark a row from before records)', () => {
    const r = patchFrom({ ...formOf(corrected as Article), source: '党委宣传部', title: 'T' }, corrected as Article);
    expect(r).toMatchObject({ ok: true, patch: { corrected: {} } });
  });
  it('a row without a record gets none from an untouched form', () => {
    const r = patchFrom(formOf(article), article);
    expect(r.ok && 'corrected' in r.patch).toBe(false);
  });
});
