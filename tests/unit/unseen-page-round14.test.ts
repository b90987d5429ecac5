// Round 14 (issue #11, session 46): classes the tuning sets failed, checked on sets written after the change: each
// describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { detailsWriters } from '../../utils/extraction/story-details';
import { namesOfKind } from './entity-kinds';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);

describe('round 14: a staff profile with its publication list (faculty pages on any CMS)', () => {
  const url = 'https://sse.example.edu.cn/en/faculty/liuwenhao';
  const profile = (citation: string) =>
    '<title>LIU, Wenhao | School of Science and Engineering</title><main><h1>LIU, Wenhao</h1>' +
    '<p>Associate Professor, Electronic Information Engineering Programme</p><h2>Biography</h2>' +
    '<p>Professor Liu received his Ph.D. degree in Electrical Engineering in 2015 and joined the school in 2019. ' +
    'He serves as an Associate Editor of IEEE Transactions on Circuits and Systems II.</p>' +
    `<h2>Selected Publications</h2><p>${citation}</p></main>`;
  it('a citation’s volume, number, pages and month are the paper’s, not an issue line', () => {
    const cited =
      'W. Liu, Y. Zhang, and K. Chen, “A 28-GHz eight-element phased-array transceiver,” IEEE Journal of ' +
      'Solid-State Circuits, vol. 59, no. 4, pp. 1021–1034, Apr. 2024.';
    expect(detect(profile(cited), url)).toEqual({ isArticle: false, reasons: ['no date'] });
  });
  it('guard: a magazine’s issue line by its headline is still one', () => {
    const issue =
      '<title>Students rebuild the old boathouse | The Campus Magazine</title><main><h1>Students rebuild the ' +
      'old boathouse</h1><p>Volume 121, Number 11</p><p>Twelve students spent the summer rebuilding the ' +
      'boathouse on the lake, plank by plank, with help from the facilities office and two retired carpenters. ' +
      'The work took eleven weeks and was paid for by alumni of the rowing club.</p>' +
      `${EN_PARAS}</main>`;
    const url = 'https://magazine.example.edu/students-rebuild-boathouse';
    expect(detect(issue, url)).toEqual({ isArticle: true, reasons: ['issue line'] });
  });
});

describe('round 14: a newsroom whose sidebar holds the date as a label and a value (Drupal news templates)', () => {
  const page = (meta: string) =>
    '<title>Undergraduates present research at spring symposium | NYU Shanghai</title><main><div class="story">' +
    `<h1>Undergraduates present research at spring symposium</h1>${EN_PARAS}</div><aside>${meta}` +
    '<h2>Related Stories</h2><ul><li><a href="/news/a">Summer institute wraps up</a></li></ul></aside></main>';
  it('the label element and its value’s element beside it give the date', () => {
    const meta =
      '<div class="news-meta__item"><span class="label">Published</span><span class="value">May 6, 2025</span></div>';
    expect(clip(page(meta), 'https://shanghai.example.edu/news/symposium').publishedAt?.slice(0, 10)).toBe(
      '2025-05-06',
    );
  });
  it('guard: the same label over each of several items gives no date', () => {
    const item = (d: string) => `<div><span>Published</span><span>${d}</span></div>`;
    const meta = item('May 6, 2025') + item('April 2, 2025');
    expect(clip(page(meta), 'https://shanghai.example.edu/news/symposium').publishedAt).toBeNull();
  });
});

describe('round 14: Taiwan’s universities on the government news template (News_Content.aspx?n=…&s=…)', () => {
  const page =
    '<title>國體大選手世大運奪3金2銀1銅 創校史最佳成績-國立體育大學</title><main><h2>國體大選手世大運奪3金2銀1銅 創校史最佳成績</h2>' +
    '<ul><li><span>發布日期：</span><span>114-07-28</span></li></ul>' +
    '<p>2025萊茵-魯爾世界大學運動會7月27日閉幕，本校選手共奪得3金2銀1銅，創下參賽以來最佳成績。校長表示，選手們在賽場上展現了堅強的意志。</p>' +
    '<p>學校將於8月初舉辦慶功記者會，邀請奪牌選手與教練分享參賽心得，並表揚所有參賽師生的努力與付出。</p>' +
    `${ZH_PARAS}</main>`;
  it('an id in the s parameter is no search word: the story is an article, its Minguo date read', () => {
    const url = 'https://www.ntsu.edu.tw/News_Content.aspx?n=1158&sms=11923&s=87412';
    expect(detect(page, url).isArticle).toBe(true);
    expect(clip(page, url).publishedAt?.slice(0, 10)).toBe('2025-07-28');
  });
  it('guard: a search word in s is still a search', () => {
    expect(detect(page, 'https://www.ntsu.edu.tw/Search.aspx?s=世大運').reasons).toEqual(['search results']);
    expect(detect(page, 'https://www.example.edu/?s=robotics').reasons).toEqual(['search results']);
  });
});

describe('round 14: an events calendar at the section’s own address (WordPress, AEM, Drupal)', () => {
  const event = (day: number) =>
    `<div class="event"><div class="date">${day} Feb</div><p>Tuesday, February ${day}, 2026 · 6:30pm – 8pm · ` +
    'Conference Center</p><p>Researchers discuss how salt-tolerant crops could change food production.</p></div>';
  const page =
    '<title>Events | NYU Abu Dhabi</title><main><h1>Events</h1><p>NYU Abu Dhabi hosts talks, performances, ' +
    `exhibitions and conferences that are free and open to the public.</p>${event(3)}${event(6)}</main>`;
  it('/events.html and /hk/events/ are the calendar, not a story', () => {
    expect(detect(page, 'https://nyuad.example.edu/en/events.html').reasons).toEqual(['home or list']);
    expect(detect(page, 'https://www.example.edu.hk/hk/events/').reasons).toEqual(['home or list']);
  });
  it('guard: an event’s story goes on to its slug', () => {
    expect(detect(page, 'https://nyuad.example.edu/en/events/2026/oud-quartet.html').reasons).not.toEqual([
      'home or list',
    ]);
  });
});

describe('round 14: credits printed beside the headline and after the body (Rice, Texas Tech, İTÜ, Aarhus)', () => {
  const url = 'https://news.example.edu/news/2025/rice-bioengineer-lands-grant';
  const names = (html: string) => clip(html, url).byline.map((b) => `${b.role}:${b.name}`);
  const head = (meta: string) =>
    '<title>Bioengineer lands grant for tumor sensors | News</title><main><article><header>' +
    `<h1>Bioengineer lands grant for tumor sensors</h1>${meta}</header>`;
  it('the author-marked element names the writer though the meta zone credits a photographer', () => {
    const html =
      head(
        '<div class="meta"><div class="article__author"><a href="/people/alex-becker">Alex Becker</a></div>' +
          '<time datetime="2025-04-22">April 22, 2025</time></div><p>Photo: Marco Treviño</p>',
      ) + `<div class="body">${EN_PARAS}</div></article></main>`;
    expect(names(html)).toEqual(['Author:Alex Becker', 'Photo:Marco Treviño']);
  });
  it('an institution in the author field credits no one', () => {
    const html =
      '<meta name="author" content="Texas Tech University">' +
      head('<p>October 3, 2024</p>') +
      `<div class="body">${EN_PARAS}</div></article></main>`;
    expect(names(html)).toEqual([]);
  });
  it('guard: a writer with the outlet after the name is still the writer', () => {
    const html =
      head('<p class="byline"><a rel="author" href="/author/hoduya">Hannah Oduya</a> UW News</p>') +
      `<div class="body">${EN_PARAS}</div></article></main>`;
    expect(names(html)).toContain('Author:Hannah Oduya');
  });
  it('Turkish "Haber:" and Danish "Af" sign the text', () => {
    const tr = `${head('<p>12.05.2025</p>')}<div class="body">${EN_PARAS}<p>Haber: Selin Aydoğan</p></div></article></main>`;
    expect(names(tr)).toContain('Author:Selin Aydoğan');
    const da = `${head('<p>12.03.2025</p>')}<div class="body">${EN_PARAS}<p>Af Signe Lund Mikkelsen</p></div></article></main>`;
    expect(names(da)).toContain('Author:Signe Lund Mikkelsen');
  });
  it('a sidebar paragraph with the key on its first line and the name on the next (Story by ⏎ name)', () => {
    const doc = new JSDOM(
      '<aside><p class="story-date">April 22, 2024</p><p>Story by<br><strong>Tamara Quinlan</strong></p>' +
        '<p>Photos by<br>Ann Lee<br>Emory Photo/Video</p></aside>',
    ).window.document;
    expect(detailsWriters(doc)).toEqual([
      { name: 'Tamara Quinlan', role: 'Author' },
      { name: 'Ann Lee', role: 'Photo' },
    ]);
  });
  it('guard: a paragraph whose first line is no key names no writer', () => {
    const doc = new JSDOM('<p>Media contact<br>Jane Doe<br>404-555-0100</p>').window.document;
    expect(detailsWriters(doc)).toEqual([]);
  });
});

describe('round 14: a picture between headline and text, and a date in the slug (Emory News Center)', () => {
  const url = 'https://news.example.edu/stories/2024/04/er_nursing_rural_pathway_grant_22-04-2024/story.html';
  const page =
    '<title>Nursing school receives federal grant | News</title><main><h1>Nursing school receives federal grant</h1>' +
    '<div class="story-image"><img src="/a.jpg" alt=""><p class="caption">BSN students practice patient ' +
    'assessment in the Center for Experiential Learning. Emory Photo/Video</p></div>' +
    `<div class="story-body">${EN_PARAS}</div></main>`;
  it('a caption ending in its credit is no subtitle, and the slug’s day-month-year is the date', () => {
    const d = clip(page, url);
    expect(d.textContent.startsWith('The university opened')).toBe(true);
    expect(d.publishedAt?.slice(0, 10)).toBe('2024-04-22');
  });
  it('guard: a slug’s day and month that disagree with the folder’s give no day', () => {
    const other = url.replace('22-04-2024', '22-05-2024');
    expect(clip(page, other).publishedAt?.slice(0, 10)).not.toBe('2024-05-22');
  });
});

describe('round 14: people in Chinese research and office news (科研院, 招生就业处, 国际文化交流学院)', () => {
  const people = (text: string, lang = 'zh') => namesOfKind(text, 'person', lang).sort();
  it('a compound surname read whole before a title (司马静怡教授, 欧阳子墨教授)', () => {
    const text = '在教育学领域，教育学部司马静怡教授主持的项目获批。文学院欧阳子墨教授主持的项目也获批立项。';
    expect(people(text)).toEqual(['司马静怡', '欧阳子墨'].sort());
  });
  it('guard: 长 closing a post before 孙 makes no compound surname (院长孙红梅)', () => {
    expect(people('决赛评委会由学院院长孙红梅教授担任主任。')).toEqual(['孙红梅']);
  });
  it('一行, 于 and 以 with a number after a name; 哈 is a surname', () => {
    const text =
      '副校长林振华一行深入招聘现场。大一新生陆子轩以7道题的成绩位列第九。' +
      '国际文化交流学院院长哈建军在开营仪式上说，学校地处丝绸之路要道。';
    expect(people(text)).toEqual(['哈建军', '林振华', '陆子轩'].sort());
    expect(people('校長鄭世忠於選手返國後第一時間到機場接機。', 'zh-Hant')).toEqual(['鄭世忠']);
  });
});

describe('round 14: English newsrooms quoting people (Texas, Beirut)', () => {
  const people = (text: string) => namesOfKind(text, 'person', 'en').sort();
  it('a speech verb before a long title and its portfolio (said Vice President for Research Lena Whitcomb.)', () => {
    expect(
      people('"It makes sense to predict it," said Vice President for Research Lena Whitcomb. "It works."'),
    ).toEqual(['Lena Whitcomb']);
  });
  it('a member of a team in apposition is a person, a team itself no one', () => {
    expect(people('"It means a lot," said Rami Aslanian, a second-year graduate student on the team.')).toEqual([
      'Rami Aslanian',
    ]);
    expect(people('The prize went to Opportunity Insights, a Harvard-based research team, last year.')).toEqual([]);
  });
});
