// Round 42 (issue #11, session 61): the classes R240-R243 failed once they became the tuning sets (they had checked
// round 41); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractTitle } from '../../utils/extraction/extract-title';
import { articleCaptionCredits } from '../../utils/extraction/photo-captions';
import { clip, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { peopleIn, programsIn } from './entity-kinds';

const ZH_START = '5月11日，学校';

describe('round 42: the headline (a <title> naming the site first, og:title naming the rest)', () => {
  const page = (og: string) =>
    new JSDOM(
      `<html><head><title>KAIST 뉴스 | 사람 피부처럼 회복하는 전자피부 개발</title><meta property="og:title" content="${og}">` +
        '</head><body><div class="sub_visual"><h2>KAIST 뉴스</h2></div><div class="view_head"><span>연구 성과</span>' +
        `<h3 class="title">사람 피부처럼 회복하는 전자피부 개발</h3></div>${EN_PARAS}</body></html>`,
    ).window.document;
  it('og:title equal to the last part makes the first the site’s name', () => {
    expect(extractTitle(page('사람 피부처럼 회복하는 전자피부 개발')).title).toBe(
      '사람 피부처럼 회복하는 전자피부 개발',
    );
  });
  it('guard: with no such og:title the first part is read as the headline, as before', () => {
    expect(extractTitle(page('KAIST 뉴스')).title).toBe('KAIST 뉴스');
  });
});

describe('round 42: the body’s edges (a caption noting places or its photographer, a sapo, "More information")', () => {
  it('a caption under the picture noting where people stand and its photographer opens no text', () => {
    const html =
      '<html><head><title>興大與彰化縣簽署合作協議</title></head><body><div class="news-detail"><h1>興大與彰化縣簽署合作協議</h1>' +
      '<span class="date">發布日期：2024-10-15</span><div class="news-detail__content"><p><img src="/a.jpg" alt="簽約">' +
      '</p><p><span>興大校長詹世明（左三）與副縣長洪瑞芬（右三）共同主持簽約儀式。（攝影／林冠宇）</span></p>' +
      `${ZH_PARAS}</div></div></body></html>`;
    expect(clip(html, 'https://www.nchu.edu.tw/news/1').textContent.trim().slice(0, 8)).toBe(ZH_START);
  });
  it('guard: a paragraph under a picture that notes nothing is the text', () => {
    const html =
      '<html><head><title>興大與彰化縣簽署合作協議</title></head><body><div class="news-detail"><h1>興大與彰化縣簽署合作協議</h1>' +
      '<span class="date">發布日期：2024-10-15</span><div class="news-detail__content"><p><img src="/a.jpg" alt="簽約">' +
      `</p>${ZH_PARAS}</div></div></body></html>`;
    expect(clip(html, 'https://www.nchu.edu.tw/news/1').textContent.trim().slice(0, 8)).toBe(ZH_START);
  });
  it('a Vietnamese sapo under the headline is the standfirst, not the text', () => {
    const html =
      '<html><head><title>Khai giảng khóa đầu tiên</title></head><body><article><h1>Khai giảng khóa đầu tiên</h1>' +
      '<div class="news-meta"><span>12/03/2025 08:30</span></div><div class="news-sapo"><strong>Sáng 11/3, 120 sinh ' +
      'viên đã chính thức bước vào khóa đào tạo đầu tiên của chương trình.</strong></div>' +
      `<div class="news-body">${EN_PARAS}</div></article></body></html>`;
    expect(clip(html, 'https://hust.edu.vn/vi/news/1').textContent.trim().startsWith('The university')).toBe(true);
  });
  it('"More information" and its list close a release', () => {
    const html =
      '<html><head><title>Green space and asthma</title></head><body><article><h1>Green space and asthma</h1>' +
      `<div class="body">${EN_PARAS}<h2>More information</h2><ul><li>Research paper: ‘Green space and asthma’. ` +
      'Thorax. DOI: 10.1136/thorax-2023-221047</li><li><a href="/wiph/">Wolfson Institute of Population Health</a>' +
      '</li></ul></div></article></body></html>';
    expect(clip(html, 'https://www.qmul.ac.uk/media/news/2024/x.html').textContent.includes('Thorax')).toBe(false);
  });
});

describe('round 42: photographers (a name alone closing a caption in its own element)', () => {
  const credits = (caption: string) =>
    articleCaptionCredits(
      new JSDOM(
        `<article><h1>Headline</h1><figure><img src="/a.jpg"><figcaption>${caption}</figcaption></figure></article>`,
      ).window.document,
      null,
    );
  it('"… after giving birth. <em>Marco Bellini</em>"', () => {
    expect(credits('Mothers received weekly messages after giving birth. <em>Marco Bellini</em>')).toEqual([
      'Marco Bellini',
    ]);
  });
  it('guard: a name that is the caption’s subject is no photographer', () => {
    expect(credits('A portrait of <em>Marco Bellini</em>')).toEqual([]);
  });
});

describe('round 42: Chinese people (a year of study before 的, a civil-service rank, two prize winners)', () => {
  it('二年級的 before a name', () => {
    expect(peopleIn('電機工程學系碩士班二年級的蔡宜蓁是首批參與課程的學生之一。', 'zh-Hant')).toEqual(['蔡宜蓁']);
  });
  it('專門委員 before a name', () => {
    expect(peopleIn('新北市衛生局專門委員黃淑貞及多位里長出席。', 'zh-Hant')).toEqual(['黃淑貞']);
  });
  it('two names joined by 、 who win a prize', () => {
    expect(peopleIn('决赛中，冯子豪、田心怡获得二等奖，另有6名同学获得三等奖。', 'zh-Hans')).toEqual([
      '冯子豪',
      '田心怡',
    ]);
  });
  it('guard: two places winning a prize are no one', () => {
    expect(peopleIn('南京、苏州获得全国文明城市奖。', 'zh-Hans')).toEqual([]);
  });
  it('a surname’s character before a speech verb is no name (学生时表示)', () => {
    expect(peopleIn('学院党委副书记吴静在祝贺获奖学生时表示，希望同学们再接再厉。', 'zh-Hans')).toEqual(['吴静']);
  });
});

describe('round 42: programmes (推行, a second program word, the years a programme runs)', () => {
  it('a plan the school 推行 (carries out) is named', () => {
    expect(programsIn('学院自2021年起全面推行本科生科研训练计划，由教师指导。', 'zh-Hans')).toEqual([
      '本科生科研训练计划',
    ]);
  });
  it('a grant program after its owner’s possessive keeps both words', () => {
    const text =
      'It was funded by the California Department of Food and Agriculture’s Specialty Crop Block Grant Program.';
    expect(programsIn(text, 'en')).toContain('Specialty Crop Block Grant Program');
  });
  it('the years a programme runs are part of its name', () => {
    const text =
      'Councils should prioritise social rent within the Affordable Homes Programme 2021–2026, the report says.';
    expect(programsIn(text, 'en')).toEqual(['Affordable Homes Programme 2021–2026']);
  });
});
