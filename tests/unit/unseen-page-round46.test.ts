// Round 46 (issue #11, session 62): the classes R260-R263 failed once they became the tuning sets (they had checked
// round 45); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { dayBadge } from '../../utils/extraction/date-badge';
import { splitTitle } from '../../utils/extraction/extract-title';
import { clip, edges, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';

const NOW = new Date('2026-11-23T00:00:00Z');

describe('round 46: detection and the date (a spaced day-first date, a site’s clock, a labelled badge)', () => {
  const para =
    '<p>Univerza v Ljubljani je v torek podelila nagrade šestega študentskega inovacijskega izziva, na katerem so ' +
    'sodelovale ekipe z dvanajstih fakultet. Zmagovalna ekipa je razvila senzor za spremljanje kakovosti vode, ' +
    'ki ga bodo preizkusili v treh občinah.</p>';
  const page = (date: string) =>
    '<html><head><title>Podelili nagrade inovacijskega izziva UL</title></head><body><article><h1>Podelili nagrade ' +
    `inovacijskega izziva UL</h1><p class="datum">${date}</p>${para.repeat(3)}</article></body></html>`;
  const url = 'https://www.uni-lj.si/aktualno/novice/2024041011234587/';
  const detect = (html: string) =>
    detectArticle(new JSDOM(html, { url }).window.document, url, NOW, isAcademicHost).isArticle;
  it('a spaced day. month. year under the headline (Objavljeno: 10. 4. 2024) dates an article', () => {
    expect(detect(page('Objavljeno: 10. 4. 2024'))).toBe(true);
  });
  it('guard: a number and a year with no month between are no date', () => {
    expect(detect(page('Sodelovalo je 10. ekip, 2024'))).toBe(false);
  });
  it('a site’s clock over the headline (今天是：…, its script’s output) dates no publication', () => {
    const html =
      '<html><head><title>学院举办诗词大会-文学院</title></head><body><div class="top">今天是：2026年11月20日</div>' +
      '<div class="logo">文学院</div><div class="art"><h1>学院举办诗词大会</h1><div class="content">' +
      `${ZH_PARAS.repeat(4)}</div><div class="info">发布日期：2023-12-08</div></div></body></html>`;
    expect(clip(html, 'http://wxy.example.edu.cn/index.php?id=4567').publishedAt?.slice(0, 10)).toBe('2023-12-08');
  });
  it('a badge under its publication label (<dt>发布时间</dt><dd>21</dd><dd>2024-05</dd>) is the day', () => {
    expect(dayBadge('发布时间 21 2024-05 供稿：未来教育学院')).toBe('2024-05-21');
  });
});

describe('round 46: the headline (a <title> naming site and columns before it)', () => {
  it('columns between the site’s name and a longest last part: the last part is the headline', () => {
    const title =
      'The UWI St. Augustine | News | Media Releases | Cocoa Research Centre launches regional Certification Programme';
    expect(splitTitle(title)?.head).toBe('Cocoa Research Centre launches regional Certification Programme');
  });
  it('guard: a headline first, then its column and site, stays first', () => {
    expect(splitTitle('Cocoa Research Centre launches a programme | News | The UWI St. Augustine')?.head).toBe(
      'Cocoa Research Centre launches a programme',
    );
  });
});

describe('round 46: the body’s start (a lede under a picture, a caption after a site’s menu)', () => {
  it('a lede sharing three words with the picture’s alt text, among many more, is the text', () => {
    const html =
      '<html><head><title>UAF researchers to map permafrost thaw</title></head><body><article><h1>UAF researchers to ' +
      'map permafrost thaw</h1><p class="date">March 12, 2024</p><figure><img src="/a.jpg" alt="Two researchers ' +
      'stand beside a survey instrument next to the Dalton Highway"><figcaption>Marta Lindqvist sets up radar near ' +
      'Coldfoot. UAF photo by Owen Tanaka</figcaption></figure><p>A team of researchers will spend the next four ' +
      'years measuring how thawing permafrost is reshaping the Dalton Highway corridor, the road that links Interior ' +
      `Alaska to the oil fields of the North Slope.</p>${EN_PARAS}</article></body></html>`;
    expect(clip(html, 'https://www.uaf.edu/news/permafrost.php').textContent.trim().startsWith('A team of')).toBe(true);
  });
  it('a picture’s caption after a site’s menu under a skip link opens no text', () => {
    const body =
      '<p><a href="#c">Skip to content</a></p><ul><li><a href="/apply">Apply</a></li><li><a href="/give">Give</a>' +
      '</li><li><a href="/news">News &amp; Events</a></li><li><a href="/directory">Directory</a></li></ul><figure>' +
      '<img src="/b.jpg" alt="Students"><figcaption>The six graduating alumni outside the Engineering Building.' +
      `</figcaption></figure>${EN_PARAS}`;
    expect(edges(body).startsWith('The university')).toBe(true);
  });
});

describe('round 46: people (a time word after or opening a name, a body a role heads)', () => {
  it('每天 and 常 after a name end it', () => {
    expect(peopleIn('副教授杨婉每天清晨五点下田取样。这是副教授黄晓琳常挂在嘴边的一句话。', 'zh-Hans')).toEqual([
      '杨婉',
      '黄晓琳',
    ]);
  });
  it('凌晨 opens no name (带教老师凌晨守在床边)', () => {
    expect(peopleIn('带教老师凌晨守在重症患者床边的身影让她感动。', 'zh-Hans')).toEqual([]);
  });
  it('a body after "chief executive of" is no speaker', () => {
    const text =
      'Laura Finch, chief executive of Sound Steps, said: “The students asked questions we had stopped asking.”';
    expect(peopleIn(text, 'en')).toEqual(['Laura Finch']);
  });
});
