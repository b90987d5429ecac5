// Date and prose rules for pages never seen in other languages and blog templates (issue #11), each on a small
// authored snippet named after the class of page it serves (the headline and CMS classes are in
// unseen-page-classes.test.ts).
import { describe, expect, it } from 'vitest';
import { EN_BODY, clip } from './unseen-page-snippets';

describe('news in scripts other than Latin and Han (Cyrillic, Arabic, Hangul, Devanagari)', () => {
  const ARTICLES: [string, string, string][] = [
    [
      'Cyrillic',
      'Університет відкрив новий центр',
      'Університет відкрив новий дослідницький центр у понеділок. Науковці кількох факультетів сказали, що робота триватиме роки.',
    ],
    [
      'Arabic',
      'الجامعة تفتتح مركزا جديدا',
      'افتتحت الجامعة مركزا جديدا للبحث يوم الاثنين، وقال باحثون من عدة أقسام إن العمل سيستغرق سنوات. وسيشارك الطلاب في كل مرحلة منه.',
    ],
    [
      'Hangul',
      '대학교 새 연구센터 개소',
      '대학교는 월요일에 새 연구센터를 열었다. 여러 학과의 연구자들은 이 일이 몇 년이 걸릴 것이라고 말했다. 학생들도 모든 단계에 참여한다.',
    ],
    [
      'Devanagari',
      'विश्वविद्यालय ने नया केंद्र खोला',
      'विश्वविद्यालय ने सोमवार को नया शोध केंद्र खोला। कई विभागों के शोधकर्ताओं ने कहा कि काम में वर्षों लगेंगे। छात्र हर चरण में भाग लेंगे।',
    ],
  ];
  it.each(ARTICLES)('%s: sentences count as prose, so the page is an article', (_script, title, para) => {
    const d = clip(`<title>${title}</title><h1>${title}</h1><p>2020-06-07</p><div><p>${para}</p><p>${para}</p></div>`);
    expect(d.title).toBe(title);
    expect(d.publishedAt).toBe('2020-06-07');
  });
});

describe('news in languages that print the day first (German, French, Spanish, Czech …)', () => {
  const page = (line: string) =>
    clip(
      `<title>Neues Zentrum eröffnet</title><h1>Neues Zentrum eröffnet</h1><p>${line}</p>${EN_BODY}`,
      'https://www.example.de/news/zentrum',
    );
  it.each([
    ['German month name', '12. Januar 2022, Themen: Energie', '2022-01-12'],
    ['French month name', 'Martin Clavey · 20 janvier 2020', '2020-01-20'],
    ['Spanish month name', '8 de octubre de 2020', '2020-10-08'],
    // Told in the host's country's zone (.de: Berlin, UTC+1 in November).
    ['day.month.year with a time', '01.11.2023 11:35', '2023-11-01T11:35:00+01:00'],
    ['day/month/year that US order cannot read', '23/10/2020 partager', '2020-10-23'],
    ['a slashed date both orders can read is day first on a German site', '10/11/2020', '2020-11-10'],
  ])('%s', (_n, line, date) => expect(page(line).publishedAt).toBe(date));
  it('a date inside the headline with spaces ("27. 2. 2015") is not read as day.month.year', () => {
    const d = clip(
      `<title>Tagung (26. und 27. 2. 2015, Eichstätt)</title><h1>Tagung (26. und 27. 2. 2015, Eichstätt)</h1>${EN_BODY}`,
      'https://blog.example.de/822',
    );
    expect(d.publishedAt).toBeNull();
  });
});

describe('blog posts whose date links to the post itself (WordPress "Posted on")', () => {
  const URL = 'https://blog.example.org/2320';
  const post = (href: string) =>
    clip(
      `<title>Einen Feed einbinden</title><h1>Einen Feed einbinden</h1><span class="posted-on"><a href="${href}" ` +
        `rel="bookmark"><time datetime="2019-09-26T11:43:53+02:00">26. September 2019</time></a></span> ` +
        `<p>Aktualisiert am 19.02.2020</p>${EN_BODY}`,
      URL,
    );
  it('the permalink date is the publication date, not a later "updated" line', () =>
    expect(post(URL).publishedAt).toBe('2019-09-26T11:43:53+02:00'));
  it('a dated link to another post is not this post’s date', () =>
    expect(post('https://blog.example.org/2319').publishedAt).toBe('2020-02-19'));
  // A site moved to https whose template still prints http:// permalinks (or a page read over http, as through a
  // proxy, linking its https address): the same post (session 24, found by eval:browser).
  it.each([
    ['http:// permalink on an https page', 'http://blog.example.org/2320'],
    ['www. permalink on the bare host', 'https://www.blog.example.org/2320/'],
  ])('%s is still the post’s own date', (_n, href) => expect(post(href).publishedAt).toBe('2019-09-26T11:43:53+02:00'));
  it('the same path on another host is another site’s post', () =>
    expect(post('https://other.example.org/2320').publishedAt).toBe('2020-02-19'));
});

it('Dublin Core meta names written with a colon ("dcterms:created") are read like the dotted ones', () => {
  const d = clip(`<meta name="dcterms:created" content="2015-01-28"><title>Tagung</title><h1>Tagung</h1>${EN_BODY}`);
  expect(d.publishedAt).toBe('2015-01-28');
  expect(d.provenance?.publishedAt).toEqual({ kind: 'meta', name: 'dcterms.created' });
});

describe('slash dates in the order of the page’s language or the site’s country', () => {
  const page = (lang: string | null, line: string, url = 'https://news.example.com/story/1') =>
    clip(
      `<html${lang ? ` lang="${lang}"` : ''}><title>New centre opens</title><h1>New centre opens</h1><p>${line}</p>${EN_BODY}`,
      url,
    ).publishedAt;
  it.each([
    ['Vietnamese (lang="vi"): day first', 'vi', 'Thứ năm, 2/11/2023', '2023-11-02'],
    ['French (lang="fr-CA"): day first', 'fr-CA', '05/08/2020', '2020-08-05'],
    ['British English (lang="en-GB"): day first', 'en-GB', '05/08/2020', '2020-08-05'],
    ['US English (lang="en-US"): month first', 'en-US', '05/08/2020', '2020-05-08'],
    ['English, no region, on a .com host: month first', 'en', '05/08/2020', '2020-05-08'],
    ['Hong Kong (lang="zh-HK"): day first', 'zh-HK', '05/08/2020', '2020-08-05'],
    ['Chinese: month first (Chinese pages print year first; slashes stay US)', 'zh-CN', '05/08/2020', '2020-05-08'],
  ])('%s', (_n, lang, line, date) => expect(page(lang, line)).toBe(date));
  it('English without a region on a British host: day first', () =>
    expect(page('en', '05/08/2020', 'https://www.example.ac.uk/news/1')).toBe('2020-08-05'));
  it('no language declared on a Vietnamese host: day first', () =>
    expect(page(null, '05/08/2020', 'https://example.vn/tin/1')).toBe('2020-08-05'));
  it('a US page with no language: month first', () =>
    expect(page(null, '05/08/2020', 'https://news.example.edu/1')).toBe('2020-05-08'));
});

describe('times given in another zone than the site’s (scripts print Date strings, meta tags say UTC)', () => {
  it('a <time> holding a script Date string with "GMT+0000" is that instant, told in the site’s zone', () => {
    const d = clip(
      `<html lang="fr"><title>Transport scolaire</title><h1>Transport scolaire</h1>` +
        `<time datetime="Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)">Publié à 0 h 23</time>${EN_BODY}`,
      'https://ici.example.ca/nouvelle/1',
    );
    expect(d.publishedAt).toBe('2020-08-24T20:23:33-04:00');
  });
  it('a UTC meta time on a Chinese site is the day its readers saw', () => {
    const d = clip(
      `<meta property="article:published_time" content="2024-03-15T20:00:00Z"><title>学校召开大会</title><h1>学校召开大会</h1>${EN_BODY}`,
      'https://news.example.edu.cn/2024/a.htm',
    );
    expect(d.publishedAt).toBe('2024-03-16T04:00:00+08:00');
  });
  it('a host with no known zone keeps the offset the page gave', () => {
    const d = clip(
      `<meta property="article:published_time" content="2023-11-02T19:20:45+07:00"><title>Tin</title><h1>Tin</h1>${EN_BODY}`,
      'https://news.example.net/1',
    );
    expect(d.publishedAt).toBe('2023-11-02T19:20:45+07:00');
  });
});
