// Round 56 (issue #11, session 66): the classes R308-R311 failed once they became the tuning sets (they had checked
// round 55); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseDate } from '../../utils/extraction/parse-date';
import { clip, creditsAfterText, EN_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';

const NOW = new Date('2026-12-08T00:00:00Z');

describe('round 56: universities under their registries’ academic zones, from the Public Suffix List (R298)', () => {
  it('edu.so, ac.mm, edu.ug are academic', () => {
    for (const h of ['snu.edu.so', 'www.uy1.ac.mm', 'www.example.edu.ug']) expect(isAcademicHost(h)).toBe(true);
  });
  it('guard: Sweden’s ac.se is a county’s zone, not an academic one', () =>
    expect(isAcademicHost('www.umea-kommun.ac.se')).toBe(false));
});

describe('round 56: a Taiwanese table template with a dashed subtitle under the headline (R310)', () => {
  it('the dashed line is the subtitle, the line above it the headline', () => {
    const para =
      '<p>大同技術學院餐旅管理系於11月21日下午在行政大樓國際會議廳舉辦學海築夢海外實習成果發表會，由今年赴日本北海道實習的十二名學生分享半年來的學習心得。</p>';
    const page =
      '<html><head><title>大同技術學院 - 最新消息</title></head><body><table><tr><td class="ndtitle"><span>' +
      '餐旅系學海築夢海外實習成果發表</span><br><span class="subtitle">—— 12名學生分享赴日本北海道飯店實習經驗</span></td></tr>' +
      `<tr><td>發佈日期：112-11-22</td></tr><tr><td>${para.repeat(4)}</td></tr></table></body></html>`;
    expect(clip(page, 'https://www.ttc.edu.tw/news/detail.aspx?id=1').title).toBe('餐旅系學海築夢海外實習成果發表');
  });
});

describe('round 56: a release’s label opening its headline (R308, WordPress)', () => {
  it('“PRESS RELEASE:” is no part of the headline', () => {
    const h = 'PRESS RELEASE: First Cohort of TCICC Nursing Students Begins Clinical Placements';
    const page =
      `<html><head><title>${h} – Turks and Caicos Islands Community College</title></head><body><article><h1>${h}</h1>` +
      `<p>February 28, 2024</p>${EN_PARAS}</article></body></html>`;
    expect(clip(page, 'https://tcicc.edu.tc/press-release-first-cohort/').title).toBe(
      'First Cohort of TCICC Nursing Students Begins Clinical Placements',
    );
  });
});

describe('round 56: a table of labelled cells after the text, the date with its day’s name (R311, Rhodes)', () => {
  it('“Date Released: | Fri, 12 May 2023” dates the page for detection', () => {
    const url = 'https://www.ru.ac.za/latestnews/story.html';
    const page =
      '<html><head><title>Abafundi baseRhodes baphumelele - Rhodes University</title></head><body><div id="content">' +
      `<h1>Abafundi baseRhodes baphumelele</h1>${EN_PARAS}<p class="newsauthor">Ibhalwe ngu: Siphokazi Ndamase</p>` +
      '<table><tr><td class="label">Source:</td><td>Communications and Advancement Division</td></tr><tr><td ' +
      'class="label">Date Released:</td><td>Fri, 12 May 2023</td></tr></table></div></body></html>';
    expect(detectArticle(new JSDOM(page, { url }).window.document, url, NOW, isAcademicHost).isArticle).toBe(true);
  });
});

describe('round 56: dates in Malagasy, Setswana, isiXhosa and Igbo (R308–R311)', () => {
  it.each([
    ['14 Novambra 2023', '2023-11-14'],
    ['14 Seetebosigo 2024', '2024-06-14'],
    ['12 Meyi 2023', '2023-05-12'],
    ['3 Ọktoba 2024', '2024-10-03'],
  ])('%s', (text, iso) => expect(parseDate(text, 'UTC')?.iso).toBe(iso));
});

describe('round 56: credits in Igbo, isiXhosa and Malagasy (R308, R309, R311)', () => {
  const credits = creditsAfterText;
  it('Igbo Onye dere ya (written by)', () =>
    expect(credits('Onye dere ya: Ifeoma Nwosu')).toEqual([['Ifeoma Nwosu', 'Author']]));
  it('isiXhosa Ibhalwe ngu and Ifoto', () => {
    expect(credits('Ibhalwe ngu: Siphokazi Ndamase')).toEqual([['Siphokazi Ndamase', 'Author']]);
    expect(credits('Ifoto: Lwando Mxenge')).toEqual([['Lwando Mxenge', 'Photo']]);
  });
  it('Malagasy Sary (picture)', () =>
    expect(credits('<em>Sary: Tojo Randriamampionona</em>')).toEqual([['Tojo Randriamampionona', 'Photo']]));
});

describe('round 56: Chinese names by a role, before what the sentence goes on with (R308, R309, R311)', () => {
  it.each([
    ['院长曹建华、副院长熊丽全程巡视考场。', '熊丽'],
    ['会上，会计学专业负责人宋佳从人才培养定位等方面作了汇报。', '宋佳'],
    ['团队成员、博士王晓玲几乎每周都要往返一次。', '王晓玲'],
    ['“每亩增收近400元！”种粮大户赵德兵指着即将开镰的稻田说。', '赵德兵'],
  ])('%s', (text, name) => expect(peopleIn(text, 'zh')).toContain(name));
});
