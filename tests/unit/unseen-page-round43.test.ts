// Round 43 (issue #11, session 61): the classes R244-R247 failed once they became the tuning sets (they had checked
// round 42); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseDate } from '../../utils/extraction/parse-date';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { clip, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';

const NOW = new Date('2026-11-23T00:00:00Z');

describe('round 43: the body’s edges (a site menu under a skip link, a sidebar’s headed link lists)', () => {
  it('a site’s menu under "Skip to content" opens no text', () => {
    const html =
      '<html><head><title>Three UA Students Named Goldwater Scholars</title></head><body><div id="page" class="site">' +
      '<a class="skip-link screen-reader-text" href="#primary">Skip to content</a><div class="ua-global-bar"><div ' +
      'class="wrap"><a href="https://www.ua.edu"><img src="/logo.svg" alt="The University of Alabama"></a><ul>' +
      '<li><a href="/apply">Apply</a></li><li><a href="/give">Give</a></li><li><a href="/calendar">Calendar</a></li>' +
      '</ul></div></div><main id="primary" class="site-main"><article class="post"><header class="entry-header">' +
      '<h1 class="entry-title">Three UA Students Named Goldwater Scholars</h1><div class="entry-byline">By Bryant ' +
      `Welbourne</div></header><div class="entry-content">${EN_PARAS}</div><footer class="entry-footer"><p>Posted ` +
      'on <time datetime="2024-04-03T14:05:27+00:00">April 3, 2024</time></p></footer></article></main></div>' +
      '</body></html>';
    expect(clip(html, 'https://news.ua.edu/2024/04/goldwater/').textContent.trim().startsWith('The university')).toBe(
      true,
    );
  });
  it('a short heading over three links and more, nothing but links after it, closes the text', () => {
    const side = (h: string) =>
      `<div class="sideBox"><h3>${h}</h3><ul>` +
      [1, 2, 3, 4].map((i) => `<li><a href="/jnyw/${h}${i}.html">暨南大学第${i}条新闻标题在此</a></li>`).join('') +
      '</ul></div>';
    const html =
      '<html><head><title>湾区青年领航计划启动-暨南大学新闻网</title></head><body><div class="mainBox"><div class="conLeft">' +
      '<div class="conTitle"><h2>湾区青年领航计划启动</h2><div class="conInfo"><span>时间：2024-11-21 10:35</span>' +
      `<span>作者：何静怡</span></div></div><div class="conTxt">${ZH_PARAS}</div><div class="conEditor">责任编辑：邓雅文` +
      '</div><div class="conPage"><p>上一篇：<a href="/a.html">暨南大学召开国际化工作推进会</a></p></div></div>' +
      `<div class="conRight">${side('暨大头条')}${side('点击排行')}</div></div></body></html>`;
    const draft = clip(html, 'https://news.jnu.edu.cn/jnyw/jdtt/2024/11/21/1.html');
    expect([draft.textContent.includes('暨大头条'), draft.byline.map((b) => b.name)]).toEqual([
      false,
      ['何静怡', '邓雅文'],
    ]);
  });
  it('guard: a short heading over links with prose after it stays', () => {
    const links = [1, 2, 3].map((i) => `<p><a href="/r/${i}">Report number ${i} on the river</a></p>`).join('');
    const html =
      '<html><head><title>River reports</title></head><body><article><h1>River reports</h1>' +
      `${EN_PARAS}<h3>The reports</h3>${links}${EN_PARAS}</article></body></html>`;
    expect(clip(html, 'https://news.example.edu/river').textContent.includes('The reports')).toBe(true);
  });
});

describe('round 43: credits (a writer named in a release’s tail, "Writer/Media contact")', () => {
  it('the writer under "About …" and its boilerplate is credited, the tail still cut', () => {
    const html =
      '<html><head><title>Purdue and Ivy Tech launch pathway</title></head><body><article><h1>Purdue and Ivy Tech ' +
      `launch pathway</h1><div class="body">${EN_PARAS}<p><strong>About Purdue University</strong></p><p>Purdue ` +
      'University is a public research institution demonstrating excellence at scale, ranked among the top public ' +
      'universities in the United States.</p><p>Writer/Media contact: Megan Hollis, mhollis@purdue.edu</p></div>' +
      '</article></body></html>';
    const draft = clip(html, 'https://www.purdue.edu/newsroom/releases/2024/Q1/x.html');
    expect([draft.byline.map((b) => b.name), draft.textContent.includes('About Purdue')]).toEqual([
      ['Megan Hollis'],
      false,
    ]);
  });
});

describe('round 43: the date (a Drupal node’s own footer, the day’s name deciding a slash date)', () => {
  const html =
    '<html><head><title>UoN, Partners Launch Climate Resilience Project</title></head><body><main>' +
    '<h1 class="page-title">UoN, Partners Launch Climate Resilience Project</h1><article class="node"><footer ' +
    'class="node__meta"><div class="node__submitted">Submitted by <span>communications</span> on <span>Tue, ' +
    `03/11/2025 - 14:22</span></div></footer><div class="node__content">${EN_PARAS}</div></article></main>` +
    '<footer class="site-footer"><p>© 2025 University of Nairobi</p></footer></body></html>';
  const url = 'https://www.uonbi.ac.ke/news/uon-partners-launch-climate-resilience-project';
  it('"Tue, 03/11/2025" is 11 March, a Tuesday, on a day-first country’s page', () => {
    expect(parseDate('Tue, 03/11/2025 - 14:22', 'Africa/Nairobi', NOW, true)?.iso.slice(0, 10)).toBe('2025-03-11');
  });
  it('guard: with no day’s name the country’s order stands', () => {
    expect(parseDate('03/11/2025 - 14:22', 'Africa/Nairobi', NOW, true)?.iso.slice(0, 10)).toBe('2025-11-03');
  });
  it('the date in an <article>’s own <footer> dates the clip', () => {
    expect(clip(html, url).publishedAt?.slice(0, 16)).toBe('2025-03-11T14:22');
  });
  it('and makes the page an article', () => {
    const doc = new JSDOM(html, { url }).window.document;
    expect(detectArticle(doc, url, NOW, isAcademicHost).isArticle).toBe(true);
  });
});

describe('round 43: Chinese people (郁 and 储, 助理教授, 干部, 肯定 after a role’s name, a team after a name)', () => {
  it('郁 is a surname', () => {
    expect(peopleIn('科学技术研究院院长郁建平表示，学校将加强项目管理。', 'zh-Hans')).toEqual(['郁建平']);
  });
  it('guard: 郁郁葱葱 and 储备 are words', () => {
    expect(peopleIn('郁郁葱葱的校园里，学生们在读书。储备人才的工作要加强。', 'zh-Hans')).toEqual([]);
  });
  it('助理教授 after a name, 干部 before one', () => {
    const text = '資訊管理系陳怡蓉助理教授主持的計畫獲選。團委幹部馬曉琳通過視頻連線分享經驗。';
    expect(peopleIn(text, 'zh-Hant')).toEqual(['陳怡蓉', '馬曉琳'].sort());
  });
  it('肯定 (praises) after a role and a name, the praised university no body of the name', () => {
    expect(peopleIn('嘉義縣政府社會局局長黃啟銘肯定中正大學的投入。', 'zh-Hant')).toEqual(['黃啟銘']);
  });
  it('guard: 肯定 after a city opening a clause is "surely"', () => {
    expect(peopleIn('有全国、有大家的支持，武汉肯定能过关。', 'zh-Hans')).toEqual([]);
  });
  it('a name before 团队 is no troupe’s (何嘉乐团队)', () => {
    expect(peopleIn('材料科学与工程学院何嘉乐团队获得金奖。', 'zh-Hans')).toEqual(['何嘉乐']);
  });
});

describe('round 43: Latin-script people (a list after "made up of")', () => {
  it('"made up of" opens a list of people, not a complement', () => {
    const text = 'The team, made up of Amos Kiprotich, Natalie Achieng and Ian Mutiso, all fourth-year students, won.';
    expect(peopleIn(text, 'en')).toEqual(['Amos Kiprotich', 'Ian Mutiso', 'Natalie Achieng']);
  });
  it('guard: a role’s complement before a listed name is none', () => {
    const text = 'The Manager of Infrastructure Delivery, Kate Brennan, said the work, led by Jane Smith, was done.';
    expect(peopleIn(text, 'en')).toEqual(['Jane Smith', 'Kate Brennan']);
  });
});
