// Round 58 (issue #11, session 67): the classes R316-R319 failed once they became the tuning sets (they had checked
// round 57); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseDate } from '../../utils/extraction/parse-date';
import { urlDate } from '../../utils/extraction/url-date';
import { clip, creditsAfterText, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { peopleIn, programsIn } from './entity-kinds';

const NOW = new Date('2026-12-08T00:00:00Z');
const detects = (page: string, url: string) =>
  detectArticle(new JSDOM(page, { url }).window.document, url, NOW, isAcademicHost);

describe('round 58: a story dated only by its address, the day run into its slug (R318, HKBU)', () => {
  const url = 'https://scm.hkbu.edu.hk/tc/news/2024/0318_itf_granules.html';
  it('/2024/0318_slug.html names 18 March 2024', () => expect(urlDate(url)).toBe('2024-03-18'));
  it('the page is detected by it', () => {
    const page =
      '<html><head><title>中醫藥學院團隊獲創新及科技基金資助 - 香港浸會大學中醫藥學院</title></head><body><div class="news">' +
      `<h1>中醫藥學院團隊獲創新及科技基金資助</h1>${ZH_PARAS}</div></body></html>`;
    expect(detects(page, url).isArticle).toBe(true);
  });
  it('guard: four digits that are no month and day name no date (/2024/1399_slug)', () =>
    expect(urlDate('https://example.edu/news/2024/1399_report.html')).toBeNull());
});

describe('round 58: a college’s page per major under 专业建设 (R317, a 博达 school site)', () => {
  it('is a standing page, not news, though it prints 发布时间', () => {
    const url = 'https://dzxx.gxuwz.edu.cn/info/1042/1187.htm';
    const para =
      '<p>本专业始建于2008年，现有在校生五百余人，专任教师二十余人，建有通信实验室和实训中心等教学平台，与多家企业共建校外实践教学基地，培养适应区域经济社会发展需要的应用型工程技术人才。</p>';
    const page =
      '<html><head><title>通信工程专业-梧州学院电子与信息工程学院</title></head><body><div class="page-pos">当前位置：' +
      '<a href="/">首页</a> &gt; <a href="/zyjs.htm">专业建设</a> &gt; 通信工程</div><div class="page-con"><h1>通信工程专业' +
      `</h1><div class="page-info">发布时间：2023-03-07\u3000\u3000点击：</div><div class="content">${para.repeat(4)}</div></div></body></html>`;
    expect(detects(page, url).isArticle).toBe(false);
  });
});

describe('round 58: a dateline whose place begins as a weekday does (R318, UHI)', () => {
  it('“THURSO, 9 October 2024 –” is read (Thurso is no Thursday)', () =>
    expect(parseDate('THURSO, 9 October 2024 – Researchers at UHI', 'UTC')?.iso).toBe('2024-10-09'));
  it('guard: a weekday that is not the date’s day still rejects it', () =>
    expect(parseDate('Thursday, 9 October 2024', 'UTC')).toBeNull());
});

describe('round 58: Haitian Creole months, which CLDR lacks (R318)', () => {
  it.each([
    ['Pibliye 15 mas 2024', '2024-03-15'],
    ['3 septanm 2024', '2024-09-03'],
    ['12 oktòb 2024', '2024-10-12'],
  ])('%s', (text, iso) => expect(parseDate(text, 'UTC')?.iso).toBe(iso));
});

describe('round 58: an office in the author meta tag (R316, WordPress)', () => {
  it('“MU Public Relations” credits no one', () => {
    const page =
      '<html><head><title>News - Mekelle University</title><meta name="author" content="MU Public Relations"></head>' +
      `<body><article><h1>A story of the university</h1><p>May 20, 2024</p>${EN_PARAS}</article></body></html>`;
    expect(clip(page, 'https://www.mu.edu.et/index.php/news/1').byline).toEqual([]);
  });
});

describe('round 58: credits in Shona and Sesotho (R317, R319)', () => {
  const credits = creditsAfterText;
  it('Shona Mifananidzo (pictures)', () =>
    expect(credits('<em>Mifananidzo: Blessing Ncube</em>')).toEqual([['Blessing Ncube', 'Photo']]));
  it('Sesotho Ngoliloe ke and Setšoantšo', () =>
    expect(credits('<em>Ngoliloe ke: Mpho Lebona | Setšoantšo: Teboho Mokoena</em>')).toEqual([
      ['Mpho Lebona', 'Author'],
      ['Teboho Mokoena', 'Photo'],
    ]));
});

describe('round 58: English people (R316, R318, R319)', () => {
  it.each([
    ['Eleri Williams, headteacher of Ysgol Maes y Llan, said the clubs had helped.', 'Eleri Williams'],
    ['Carriacou resident Augustine McLawrence brought three dogs to the clinic.', 'Augustine McLawrence'],
    ['Valedictorian Shanice Joseph thanked her teachers.', 'Shanice Joseph'],
    ['Programmer Tomasz Kowalski said the game was ready.', 'Tomasz Kowalski'],
  ])('%s', (text, name) => expect(peopleIn(text, 'en')).toEqual([name]));
});

describe('round 58: titles in Shona and Sesotho (R317, R319)', () => {
  it.each([
    ['Purofesa Tafadzwa Chikowore, vakati mutauro waamai ndiwo musimboti.', 'Tafadzwa Chikowore'],
    ['Moprofesa Lerato Mokhothu, o ile a ba khothaletsa.', 'Lerato Mokhothu'],
    ['Mookameli oa Litaba, Ntate Thabo Ramokoena, o hlalositse.', 'Thabo Ramokoena'],
  ])('%s', (text, name) => expect(peopleIn(text, 'en')).toContain(name));
});

describe('round 58: programmes (R316, R317)', () => {
  it('the Caribbean’s Associate Degree in …', () =>
    expect(programsIn('She earned an Associate Degree in Hospitality and Tourism Management.', 'en')).toEqual([
      'Associate Degree in Hospitality and Tourism Management',
    ]));
  it('a name opening with a digit and a hyphen (4-H)', () =>
    expect(programsIn('Campers joined the 4-H Youth Development Program this summer.', 'en')).toEqual([
      '4-H Youth Development Program',
    ]));
});
