// Fields, detection and people on the classes review sets R28–R31 found failing on unseen campus pages (issue #11,
// session 38, round 2): each describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { EN_BODY, EN_PARAS, ZH_BODY, clip } from './unseen-page-snippets';
import { namesOfKind } from './entity-kinds';
import { parseDate } from '../../utils/extraction/parse-date';
import { labelsAnEvent, notArticleTitle } from '../../utils/detection/page-kind';
import { datelineCredits } from '../../utils/extraction/header-lines';

const names = (d: ReturnType<typeof clip>) => d.byline.map((b) => `${b.role}: ${b.name}`);
const people = (text: string, lang = 'zh') => namesOfKind(text, 'person', lang).sort();

describe('credits labelled in the page’s language after the text (Swedish, Czech, Dutch university news)', () => {
  it('“Text: Jonas Bergström” and “Text: Jana Nováková, foto: Petr Svoboda” closing the text', () => {
    const a = clip(`<title>Träd</title><article><h1>Träd</h1>${EN_PARAS}<p>Text: Jonas Bergström</p></article>`);
    expect(names(a)).toEqual(['Author: Jonas Bergström']);
    const b = clip(
      `<title>Bakterie</title><article><h1>Bakterie</h1>${EN_PARAS}<p>Text: Jana Nováková, foto: Petr Svoboda</p>` +
        `<p class="back"><a href="/news.html">« Zpět na aktuality</a></p></article>`,
    );
    expect(names(b)).toEqual(['Author: Jana Nováková', 'Photo: Petr Svoboda']);
    expect(b.textContent).not.toContain('Zpět');
  });
  it('guard: "Text:" opening a sentence of the text credits no one', () => {
    const d = clip(
      `<title>Poem</title><article><h1>Poem</h1><p>Text: the poem was read aloud by the class in spring.</p>${EN_PARAS}</article>`,
    );
    expect(d.byline).toEqual([]);
  });
});

describe('a picture after the text, outside Readability’s pick (AEM and Drupal: image component after the body)', () => {
  it('its caption’s “Photo: Daniel Reyes” credits him; “Photo: UNSW Sydney” and “Photo: Corporate Affairs Division, UTM” credit no one', () => {
    const fig = (credit: string) =>
      `<div class="cmp-image"><figure><img src="a.jpg"><figcaption>Two researchers with recovered lithium carbonate. ` +
      `Photo: ${credit}</figcaption></figure></div>`;
    const page = (credit: string) =>
      `<title>Lithium</title><main><article><h1>Lithium</h1><div class="text">${EN_BODY}</div>${fig(credit)}</article></main>`;
    expect(names(clip(page('Daniel Reyes')))).toEqual(['Photo: Daniel Reyes']);
    expect(clip(page('UNSW Sydney')).byline).toEqual([]);
    expect(clip(page('Corporate Affairs Division, UTM')).byline).toEqual([]);
  });
});

describe('Chinese college templates: a dated 讯 byline and an ASP CMS’s entry account', () => {
  it('“内蒙古大学新闻网7月15日讯（通讯员 其其格）” credits the correspondent', () => {
    expect(datelineCredits('内蒙古大学新闻网7月15日讯（通讯员 其其格）近日，自治区公布名单。')).toEqual([
      { name: '其其格', role: '通讯员' },
    ]);
  });
  it('“文章录入：lxyadmin 责任编辑：张丽” after the text credits the editor, not the account', () => {
    const d = clip(
      `<title>实习</title><table><tr><td><h1>实习</h1></td></tr><tr><td>${ZH_BODY}</td></tr>` +
        `<tr><td>文章录入：lxyadmin&nbsp;&nbsp;责任编辑：张丽</td></tr></table>`,
    );
    expect(d.byline.map((b) => b.name)).toEqual(['张丽']);
  });
});

describe('Czech and Slovak dates: spaced but zero-padded (Publikováno: 13. 05. 2024)', () => {
  it('“13. 05. 2024” is read; “27. 2. 2015” inside words is not', () => {
    expect(parseDate('Publikováno: 13. 05. 2024', 'Europe/Prague')?.iso.slice(0, 10)).toBe('2024-05-13');
    expect(parseDate('Výstava 27. 2. 2015 začala', 'Europe/Prague')).toBeNull();
  });
});

describe('not articles on university hosts: event pages and degree programme pages (detection)', () => {
  it('an event’s time range and its cost label say event; a story’s one label does not', () => {
    expect(labelsAnEvent('friday, november 8, 2024 6:00 – 9:00 p.m. 1215 w. dayton st. cost: free')).toBe(true);
    expect(labelsAnEvent('the museum opened on friday. cost: the renovation took two years.')).toBe(false);
  });
  it('a <title> opening with a degree alone is a degree page; a headline about the degree is not', () => {
    expect(notArticleTitle('Bachelor of Nursing - Study - The University of Queensland')).toBe('degree page');
    expect(notArticleTitle('Master of Public Health (MPH) | School of Public Health')).toBe('degree page');
    expect(notArticleTitle('Bachelor of Nursing students win national award - UQ News')).toBeNull();
  });
});

describe('people: titles of rank and of address (Chinese research news, Malaysian university news)', () => {
  it('张立新教授和王婧副研究员: two people; 面向全国本科生 and 师范生赴 name no one', () => {
    expect(people('张立新教授和王婧副研究员为共同通讯作者。')).toEqual(['张立新', '王婧']);
    expect(people('这是面向全国本科生的竞赛。学院选派186名师范生赴临夏州支教。')).toEqual([]);
  });
  it('words before a group or a verb are no names (全面总结, 投入本科生, 卫星成功发射, 项目入围)', () => {
    expect(
      people('会议全面总结研究生培养工作，引导教师投入本科生科研指导，“紫丁香三号”卫星成功发射，5个项目入围总决赛。'),
    ).toEqual([]);
  });
  it('“Encik Ramli Osman” is Ramli Osman', () => {
    expect(people('Encik Ramli Osman, a farmer in the village, said the sensor helped.', 'en')).toEqual([
      'Ramli Osman',
    ]);
  });
});
