// Detection, body edges, fields and key names on the classes review sets R68 and R69 found failing (issue #11,
// session 43, round 11, checked on R70–R73): each describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind } from './entity-kinds';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);
const first = (d: { textContent: string }) => d.textContent.split('\n')[0];
const people = (text: string) => namesOfKind(text, 'person', 'zh').sort();
const programs = (text: string) => namesOfKind(text, 'program', 'en').sort();

describe('an events calendar whose lead-in holds only its first event (Drupal and WordPress event listings)', () => {
  // The calendar's own address (/events) says so alone since session 46: a month's view, read by its text.
  const url = 'https://engineering.example.edu/events/month/2026-02';
  const event = (day: number, title: string, from: string, to: string) =>
    `<div class="event"><div class="date">Feb ${day}</div><h3><a href="/events/${day}">${title}</a></h3>` +
    `<p>Tuesday, February ${day}, 2026 · ${from} – ${to} · Sibley Auditorium, Bechtel Engineering Center</p>` +
    '<p class="cat">Lectures &amp; seminars</p></div>';
  const page = (events: string) =>
    `<title>Events – Example Engineering</title><main><h1>Events</h1><p>Lectures, seminars, workshops and ` +
    'celebrations from across the college, for students, staff, alumni and the public. All times Pacific.</p>' +
    `${events}</main>`;
  it('events listed with their times of day make no article', () => {
    const events = [
      event(10, 'Hitchcock Lecture: materials for a circular economy', '4:00', '5:30 p.m.'),
      event(12, 'Spring Engineering Career Fair', '11:00 a.m.', '3:00 p.m.'),
      event(18, 'Women in Engineering networking night', '6:00', '8:00 p.m.'),
      event(20, 'Bioengineering Seminar Series: programmable cell therapies', '12:00', '1:00 p.m.'),
    ];
    expect(detect(page(events.join('')), url)).toEqual({ isArticle: false, reasons: ['event page'] });
  });
  it('guard: a story that names one event’s times is still an article', () => {
    const story =
      '<title>Lecture series opens – Example Engineering</title><main><h1>Lecture series opens</h1>' +
      '<p>Tuesday, February 10, 2026</p><p>The lecture ran from 4:00 – 5:30 p.m. in Sibley Auditorium.</p>' +
      `${EN_PARAS}</main>`;
    expect(detect(story, 'https://engineering.example.edu/news/lecture-series-opens').isArticle).toBe(true);
  });
});

describe('a degree course page whose key facts list its start month (UK course finders)', () => {
  const url = 'https://courses.example.ac.uk/undergraduate/mechanical-engineering';
  const facts = (start: string) =>
    `<title>Mechanical Engineering BEng, MEng | Example University</title><main><h1>Mechanical Engineering BEng, MEng</h1>` +
    '<p>School of Mechanical Engineering, Faculty of Engineering and Physical Sciences, a course for the engineers of tomorrow.</p>' +
    `<dl><div><dt>UCAS code</dt><dd>H300</dd></div><div><dt>${start}</dt><dd>September 2026</dd></div>` +
    '<div><dt>Duration</dt><dd>3 years full time</dd></div></dl>' +
    `<h2>Course overview</h2>${EN_PARAS}</main>`;
  it('the start month in its own cell is no issue date', () => {
    expect(detect(facts('Start date'), url).isArticle).toBe(false);
  });
  it('guard: a month under another key is still an issue line', () => {
    expect(detect(facts('Issue'), url).isArticle).toBe(true);
  });
});

describe('a table of contents and a tag list inside the story (Yale, PolyU and other modern newsrooms)', () => {
  const url = 'https://medicine.example.edu/news/rural-health-pathway';
  const head =
    '<title>Rural Health Pathway</title><article><div class="news-article__header"><h1>Rural Health Pathway</h1>' +
    '<div class="meta"><span>By Caitlin Reyes</span> <span>October 8, 2025</span></div></div>';
  it('the contents list and its heading open no text', () => {
    const d = clip(
      '<main id="main" class="news-article"><div class="news-article__header"><h1>Rural Health Pathway Sends Students East</h1>' +
        '</div><div class="news-article__layout"><div class="news-article__body"><section class="news-article__contents">' +
        '<h2>Contents</h2><ul><li><a href="#why">Why rural primary care</a></li><li><a href="#how">How the pathway works' +
        `</a></li></ul></section><div class="rich-text">${EN_PARAS.repeat(3)}</div></div></div></main>`,
      url,
    );
    expect(first(d)).toMatch(/^The university opened/);
  });
  it('the story’s tags under the headline open no text', () => {
    const d = clip(
      '<title>理大研發新型太陽能電池</title><main id="main"><section class="article"><div class="article__head">' +
        '<p class="article__date">2025年5月20日</p><h1 class="article__title">理大研發新型太陽能電池</h1>' +
        '<ul class="article__tags"><li><a href="/tc/media/?tag=research">研究及創新</a></li>' +
        '<li><a href="/tc/media/?tag=green">可持續發展</a></li></ul></div><div class="article__body rich-text">' +
        `${ZH_PARAS}</div></section></main>`,
      'https://www.example.edu.hk/tc/media/2025/0520/solar',
    );
    expect(first(d)).toMatch(/^5月11日/);
  });
  it('guard: a list of links to other pages in the story stays', () => {
    const d = clip(
      `${head}<div class="news-article__body">${EN_PARAS}<ul><li><a href="https://www.hrsa.gov/grants">HRSA grants ` +
        'for rural training</a></li><li><a href="https://example.edu/apply">Apply to the pathway for next year</a></li>' +
        '</ul></div></article>',
      url,
    );
    expect(d.textContent).toContain('HRSA grants for rural training');
  });
});

describe('fields of a college page: a <title> joined to the college by a space, a key/value details table', () => {
  it('the headline is the printed one, not the <title> with the college’s name', () => {
    const title = '学院与企业共建动物营养与饲料产学研联合实验室';
    const d = clip(
      `<title>${title} 中国农业大学动物科技学院</title><table><tr><td class="art-title">${title}</td></tr></table>` +
        `<div>${ZH_PARAS}</div>`,
      'https://cast.example.edu.cn/art/2024/6/13/art_1.html',
    );
    expect(d.title).toBe(title);
  });
  it('the source and view counter of a details table under the text (RPage: 新聞來源, 瀏覽次數)', () => {
    const d = clip(
      `<title>醫學院結業成果發表</title><article><h1>醫學院結業成果發表</h1>${ZH_PARAS}</article><table>` +
        '<tr><th>發佈日期</th><td>2024-12-03</td></tr><tr><th>新聞來源</th><td>醫學院秘書室</td></tr>' +
        '<tr><th>瀏覽次數</th><td>1547</td></tr></table>',
      'https://medicine.example.edu.tw/p/406-1011-271845.php',
    );
    expect([d.source, d.views]).toEqual(['醫學院秘書室', 1547]);
  });
  it('guard: a table of figures is no details table', () => {
    const d = clip(
      `<title>醫學院結業成果發表</title><article><h1>醫學院結業成果發表</h1>${ZH_PARAS}</article><table>` +
        '<tr><th>年份</th><td>2024</td></tr><tr><th>人數</th><td>1547</td></tr></table>',
      'https://medicine.example.edu.tw/p/406-1011-271845.php',
    );
    expect(d.views).toBeNull();
  });
});

describe('students and supervisors listed in contest and award reports (college news)', () => {
  it.each([
    [
      'four names closed by 的',
      '最终，赵一凡、孙佳琪、钱思远、白若溪的论文获一等奖。',
      ['孙佳琪', '白若溪', '赵一凡', '钱思远'],
    ],
    [
      'supervisors under whose lead',
      '学生刘子豪在指导教师陈国平、黄晓燕的带领下完成比赛。',
      ['刘子豪', '陈国平', '黄晓燕'],
    ],
    ['a supervisor after 为', '一等奖由学生王一鸣获得，指导教师为邵建新。', ['王一鸣', '邵建新']],
    ['names before 分获', '数学学院陈雨欣、文学院王思琪、教育学院林可欣分获一等奖。', ['林可欣', '王思琪', '陈雨欣']],
  ])('%s: %s', (_n, text, want) => {
    expect(people(text)).toEqual(want);
  });
  it.each([
    ['places closed by 的', '南京、苏州、无锡的企业参加了活动。'],
    ['a group after a role and 为', '校长为毕业生拨穗，书记为大家作报告。'],
    ['ordinary words after a title and before a group', '郑教授应邀作报告，审议通过了实验室章程，我校师生参加。'],
  ])('guard: %s names no one', (_n, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('programmes named by degree and scheme (UK, Irish and Australian university news)', () => {
  it.each([
    [
      'a preposition and "the" inside a scheme',
      'It is funded by the Frontiers for the Future Programme.',
      ['Frontiers for the Future Programme'],
    ],
    [
      'taught master’s named by field',
      'She teaches the MSc Subsea Engineering and the MEng Aerospace Engineering.',
      ['MEng Aerospace Engineering', 'MSc Subsea Engineering'],
    ],
    [
      'an honours stream',
      'He holds a Bachelor of Engineering (Honours) in Renewable Energy Engineering.',
      ['Bachelor of Engineering (Honours) in Renewable Energy Engineering'],
    ],
    [
      'a postgraduate certificate',
      'She completed a Postgraduate Certificate in Education.',
      ['Postgraduate Certificate in Education'],
    ],
  ])('%s', (_n, text, want) => {
    expect(programs(text)).toEqual(want);
  });
  it('guard: a post held in a programme or its committee is no part of its name', () => {
    expect(programs('She is Director of the Africa Oxford Initiative.')).toEqual(['Africa Oxford Initiative']);
    expect(programs('The Executive Committee of the Interdisciplinary Program in Archaeology met.')).toEqual([
      'Interdisciplinary Program in Archaeology',
    ]);
  });
  it('a sentence’s subject before "in the" is no part of the name', () => {
    expect(programs('Students in the Water Scholars program spent the summer in labs.')).toEqual([
      'Water Scholars program',
    ]);
  });
  it('guard: students of a degree are no part of its name', () => {
    expect(programs('MSc Students and MSc Graduates met the dean.')).toEqual([]);
  });
});
