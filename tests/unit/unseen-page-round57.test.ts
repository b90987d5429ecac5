// Round 57 (issue #11, session 67): the classes R312-R315 failed once they became the tuning sets (they had checked
// round 56); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseDate } from '../../utils/extraction/parse-date';
import { parseViews } from '../../utils/extraction/view-counter';
import { parseSource } from '../../utils/extraction/meta-line';
import { clip, creditsAfterText, EN_PARAS } from './unseen-page-snippets';
import { peopleIn, programsIn } from './entity-kinds';

const NOW = new Date('2026-12-08T00:00:00Z');

describe('round 57: a date in a language no rule was written for, its months from CLDR (R312, Kinyarwanda)', () => {
  it.each([
    ['Ku wa 23 Gashyantare 2024', '2024-02-23'], // Kinyarwanda
    ['12 Kukadzi 2024', '2024-02-12'], // Shona
    ['5 Febwaliyo 2024', '2024-02-05'], // Luganda
    ['23 Faburairu, 2024', '2024-02-23'], // Hausa
    ['9 Guraandhala 2024', '2024-02-09'], // Oromo
  ])('%s', (text, iso) => expect(parseDate(text, 'UTC')?.iso).toBe(iso));

  it('guard: a name two languages give different months is read by neither (nyakanga: July, September)', () =>
    expect(parseDate('12 Nyakanga 2024', 'UTC')).toBeNull());

  it('the page is detected by the date beside its headline', () => {
    const url = 'https://ur.ac.rw/?Kaminuza-y-u-Rwanda-yizihije';
    const page =
      "<html><head><title>Kaminuza y'u Rwanda yizihije Umunsi w'Ururimi - University of Rwanda</title></head><body>" +
      "<nav><a href='/'>Ahabanza</a> &gt; <a href='/?Amakuru'>Amakuru</a></nav><div class='article'>" +
      "<h1>Kaminuza y'u Rwanda yizihije Umunsi w'Ururimi</h1><p class='info'>Ku wa 23 Gashyantare 2024, na Aline " +
      `Uwase</p>${EN_PARAS}</div></body></html>`;
    expect(detectArticle(new JSDOM(page, { url }).window.document, url, NOW, isAcademicHost).isArticle).toBe(true);
  });
});

describe('round 57: a sidebar’s label on its own line over the date (R315, Drupal)', () => {
  it('“Published<br>March 4, 2024” wins over the meta tag’s updated day', () => {
    const h = 'Beginning Farmer Academy welcomes first cohort';
    const page =
      `<html><head><title>${h} | Alcorn State University</title><meta property="article:published_time" ` +
      `content="2024-03-06T15:30:00-06:00"></head><body><main><article><h1>${h}</h1><div>${EN_PARAS}</div></article>` +
      '<aside><div class="news-dates"><p><strong>Published</strong><br>March 4, 2024</p><p><strong>Updated</strong><br>' +
      'March 6, 2024</p></div></aside></main></body></html>';
    expect(clip(page, 'https://www.alcorn.edu/news/beginning-farmer-academy').publishedAt?.slice(0, 10)).toBe(
      '2024-03-04',
    );
  });
});

describe('round 57: view counters (R312, R313, R315)', () => {
  it.each([
    ['本文访问量：512', 512], // what was read named before the label
    ['點閱人次 1,206', 1206], // Taiwan's person-times
    ['Dubbifame: 687', 687], // Oromo
  ])('%s', (text, n) => expect(parseViews(text)).toBe(n));
  it('guard: 本文 alone before a number counts nothing', () => expect(parseViews('本文 512 字')).toBeNull());
});

describe('round 57: Taiwan’s announcing office (R313)', () => {
  it('公告單位 is a source label, in a cell of its own too', () => {
    expect(parseSource('公告單位：公共事務中心')).toBe('公共事務中心');
    expect(parseSource('公告單位 公共事務中心 公告日期 113-04-23')).toBe('公共事務中心');
  });
});

describe('round 57: credits in Oromo, Wolof and Twi (R313, R314, R315)', () => {
  const credits = creditsAfterText;
  it('Oromo Suuraa (picture)', () =>
    expect(credits('Suuraa: Lensaa Gammachuu')).toEqual([['Lensaa Gammachuu', 'Photo']]));
  it('Wolof Bind and Nataal', () =>
    expect(credits('Bind : Ousmane Sène — Nataal : Awa Guèye')).toEqual([
      ['Ousmane Sène', 'Author'],
      ['Awa Guèye', 'Photo'],
    ]));
  it('Twi Ɔkyerɛwfoɔ and Mfonini', () =>
    expect(credits('Ɔkyerɛwfoɔ: Akosua Nyarko | Mfonini: Yaw Darko')).toEqual([
      ['Akosua Nyarko', 'Author'],
      ['Yaw Darko', 'Photo'],
    ]));
});

describe('round 57: Chinese names the word breaker sets apart from the word after them (R312, R314)', () => {
  it.each([
    ['校党委书记杨胜和、副校长潘晓红深入招聘现场，与用人单位负责人交流。', '潘晓红'],
    ['指导教师刘洋、杨晓燕、马俊利用暑假时间，带领学生反复训练。', '马俊'],
  ])('%s', (text, name) => expect(peopleIn(text, 'zh')).toContain(name));
  it('guard: a word the dictionary knows after a role is no name (校长高度评价)', () =>
    expect(peopleIn('校长高度评价了同学们的表现。', 'zh')).toEqual([]));
  it('a role inside another word names no one before it (学校长期: 梅对学)', () =>
    expect(peopleIn('李红梅对学校长期以来的支持表示感谢。', 'zh')).not.toContain('梅对学'));
});

describe('round 57: Yi names after a role (R312, R315: Bijie’s and Chuxiong’s colleges)', () => {
  it.each([
    ['西南民族大学教授沙马阿果、云南民族大学教授王成平分别作报告。', '沙马阿果'],
    ['闭幕式上，研究院副院长阿西木呷作总结发言。', '阿西木呷'],
    ['西南民族大学副教授吉克阿依应邀出席。', '吉克阿依'],
  ])('%s', (text, name) => expect(peopleIn(text, 'zh')).toContain(name));
});

describe('round 57: English people (R313, R314, R315)', () => {
  it('a list of hometowns: every name in it (Elise Kaufmann, of Fort Collins, Colo.; …)', () => {
    const text =
      'The team members are Owen Castellano, of Laramie; Elise Kaufmann, of Fort Collins, Colo.; Samuel Otieno, of ' +
      'Casper; Maya Fairbanks, of Lander; and Ryan Esquibel, of Cheyenne.';
    expect(peopleIn(text, 'en')).toEqual([
      'Elise Kaufmann',
      'Maya Fairbanks',
      'Owen Castellano',
      'Ryan Esquibel',
      'Samuel Otieno',
    ]);
  });
  it('a double given name of another language stays whole (Ana Rita Ferreira)', () =>
    expect(peopleIn('Ana Rita Ferreira, international coordinator at ESEL, praised the students.', 'en')).toEqual([
      'Ana Rita Ferreira',
    ]));
  it('a resident before the name is no part of it', () =>
    expect(peopleIn('Resident Jamal Winters, a Greenwood native, said the mentoring helped.', 'en')).toEqual([
      'Jamal Winters',
    ]));
});

describe('round 57: two-year colleges’ associate degrees and technical certificates (R312, R313)', () => {
  it('both are degree programmes', () =>
    expect(
      programsIn(
        'She earned an Associate of Applied Science in Welding Technology and a Technical Certificate in Electrical ' +
          'Lineworker Technology.',
        'en',
      ),
    ).toEqual([
      'Associate of Applied Science in Welding Technology',
      'Technical Certificate in Electrical Lineworker Technology',
    ]));
  it('guard: an associate of a society is no programme', () =>
    expect(programsIn('He was elected an Associate of the Royal Society.', 'en')).toEqual([]));
});
