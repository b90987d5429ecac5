// Round 28 (issue #11, session 55): the classes R180-R183 failed when they were the tuning sets (written fresh, scored
// unseen first); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { JSDOM } from 'jsdom';
import { namesOfKind } from './entity-kinds';
import { removeEdgeFurniture } from '../../utils/extraction/edge-furniture';
import { datelineCredits } from '../../utils/extraction/header-lines';
import { isDatedMetaLine } from '../../utils/extraction/date-lines';
import { metaFields } from '../../utils/extraction/opening-lines';
import { parseViews } from '../../utils/extraction/view-counter';

const programs = (text: string) => namesOfKind(text, 'program');
const LAST =
  'Reyes said the department plans to expand its preparation program next fall, with workshops for all students.';

describe('round 28: a WordPress news site’s footer of name, address and phone in one line (US colleges)', () => {
  // What Readability keeps of such a page: the story's paragraphs, then the site's footer lines.
  const body = (footer: string) => {
    const root = new JSDOM(
      `<div>${EN_PARAS}<p>${LAST}</p><p>${footer}</p><p>© 2025 Baruch College, The City University of New York</p></div>`,
    ).window.document.querySelector('div')!;
    removeEdgeFurniture(root, ['Baruch College News Center']);
    return root.textContent!;
  };
  it('the college’s name, address and phone run into one footer line end no story', () => {
    const text = body('Baruch College | 55 Lexington Avenue (at 24th Street), New York, NY 10010 | 646-312-1000');
    expect(text.endsWith(LAST)).toBe(true);
  });
  it('guard: a closing line of fields that names no institution stays', () => {
    expect(body('Tickets | Room 101, Main Hall, New York, NY 10010 | 646-312-1000')).toContain('Tickets | Room 101');
  });
});

describe('round 28: a dek over a meta line of date and byline (New Zealand universities’ templates)', () => {
  const DEK = 'Ten students a year will receive fees support, mentoring and a paid summer clerkship under the scheme.';
  const page = (meta: string) =>
    `<title>New scholarship opens doors</title><body><main><article><h1>New scholarship opens doors</h1><p class="article__lead">${DEK}</p>` +
    `<p class="article__meta">${meta}</p><figure><img src="a.jpg"><figcaption>Students on campus.</figcaption></figure>` +
    `<div class="article__body">${EN_PARAS}</div></article></main></body>`;
  it('the lead printed above "Posted on … · By …" is the dek, not the text', () => {
    const d = clip(
      page('Posted on 11 March 2024 &middot; By Mereana Tapsell'),
      'https://www.wgtn.ac.nz/news/2024/03/scholarship',
    );
    expect(d.textContent.trim().startsWith('The university opened')).toBe(true);
  });
  it('guard: a lead over a line that holds no date is the text’s first paragraph', () => {
    const d = clip(page('Story and photos from the Faculty of Law'), 'https://www.wgtn.ac.nz/news/2024/03/scholarship');
    expect(d.textContent.trim().startsWith('Ten students')).toBe(true);
  });
});

describe('round 28: a date and the section it is filed in over the headline (ETH’s news template)', () => {
  it('"14.05.2024 | Spin-off" is a meta line', () => {
    expect(isDatedMetaLine('14.05.2024 | Spin-off', metaFields)).toBe(true);
  });
  it('guard: a date and a sentence after the bar is the text’s', () => {
    expect(isDatedMetaLine('14.05.2024 | Ein Spin-off der ETH überwacht Brücken mit Funksensoren', metaFields)).toBe(
      false,
    );
  });
});

describe('round 28: Drupal’s inline fields of source, date and views (Taiwan’s private universities)', () => {
  const row = (label: string, value: string) =>
    `<div class="field field--label-inline"><div class="field__label">${label}</div><div class="field__item">${value}</div></div>`;
  const page = (rows: string) =>
    `<title>成果發表</title><body><main><article><h1>成果發表會舉行</h1><div class="news-meta">${rows}</div>` +
    `<div class="node__content">${ZH_PARAS}</div></article></main></body>`;
  it('the source’s label beside its value, no colon, names the source office', () => {
    const rows =
      row('來源', '教務處') +
      row('發佈日期', '<time datetime="2024-04-18T12:00:00Z">2024-04-18</time>') +
      row('瀏覽次數', '356');
    expect(clip(page(rows), 'https://news.scu.edu.tw/news/31842').source).toBe('教務處');
  });
  it('guard: a box of such fields with no date label (an event’s) names none', () => {
    const rows = row('來源', '教務處') + row('地點', '國際會議廳') + row('對象', '全校教師');
    expect(clip(page(rows), 'https://news.scu.edu.tw/news/31842').source).toBeNull();
  });
});

describe('round 28: Taiwan’s reporter line over the text (campus weeklies)', () => {
  it('"陳雅婷╱桃園報導": the reporter and the place reported from', () => {
    expect(datelineCredits('陳雅婷╱桃園報導')).toEqual([{ name: '陳雅婷', role: '記者' }]);
    expect(datelineCredits('記者王小明／台北報導')).toEqual([{ name: '王小明', role: '記者' }]);
  });
  it('as the first line of a clipped story', () => {
    const html =
      '<title>資工系奪首獎</title><body><main><article><h1>資工系奪首獎</h1><div class="entry-content">' +
      `<p class="author-line">陳雅婷╱桃園報導</p>${ZH_PARAS}</div></article></main></body>`;
    expect(clip(html, 'https://www.week.mcu.edu.tw/33418/').byline).toContainEqual({ name: '陳雅婷', role: '記者' });
  });
  it('guard: a sentence that reports is no reporter line', () => {
    expect(datelineCredits('他們在台北報導了這次比賽的結果')).toEqual([]);
  });
});

describe('round 28: Thai view counters (Thai universities’ WordPress sites)', () => {
  it('"เข้าชม 214 ครั้ง" counts 214 views', () => {
    expect(parseViews('เข้าชม 214 ครั้ง')).toBe(214);
  });
  it('guard: the label before a bare year names the year', () => {
    expect(parseViews('เข้าชม 2024')).toBeNull();
  });
});

describe('round 28: Chinese engineering fields, kinds of contest and quoted plans (mining, petroleum, Tianjin)', () => {
  it('an engineering field in a list of fields or categories is no project', () => {
    expect(programs('学校石油工程、地球科学等学科团队扎根塔里木。')).toEqual([]);
    expect(programs('在钻完井工程类决赛中，团队获得一等奖。')).toEqual([]);
    expect(programs('建议学院加强学生软件工程规范和团队协作能力的培养。')).toEqual([]);
  });
  it('guard: a project in a list of projects is one', () => {
    expect(programs('学校参与了南水北调工程、三峡工程等国家重大工程建设。')).toContain('南水北调工程');
  });
  it('a quotation ending in its program word is the name; the verb after it is the clause’s', () => {
    expect(programs('学院依托“程序设计能力提升计划”组建竞赛集训队。')).toEqual(['程序设计能力提升计划']);
  });
  it('guard: a quoted brand before its competition’s name is read with it', () => {
    expect(programs('学院组织学生参加“互联网+”大学生创新创业大赛。')).toEqual(['“互联网+”大学生创新创业大赛']);
  });
  it('a kind of contest (IT类学科竞赛) names none', () => {
    expect(programs('蓝桥杯是国内影响力较广的IT类学科竞赛之一。')).toEqual([]);
  });
  it('guard: a named contest is one', () => {
    expect(programs('学院组织学生参加全国大学生电子设计竞赛。')).toEqual(['全国大学生电子设计竞赛']);
  });
  it('庆祝 (celebrate) before 書院 ends the words before it', () => {
    expect(programs('同學們共同慶祝書院成立七十五周年。')).toEqual([]);
  });
  it('quoted courses that 等 gathers as engineering practice are no projects', () => {
    expect(programs('新增“软件系统工程实践”“智能系统综合设计”等工程实践类课程12门。')).toEqual([]);
  });
  it('guard: quoted schemes that 等 gathers as projects are', () => {
    expect(programs('学院做好“西部计划”“三支一扶”等基层项目的宣传。').sort()).toEqual(['三支一扶', '西部计划']);
  });
});
