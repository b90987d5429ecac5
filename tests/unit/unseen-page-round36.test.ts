// Round 36 (issue #11, session 59): the classes R216-R219 failed once they became the tuning sets (they had checked
// round 35); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { clip, edges, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { JSDOM } from 'jsdom';
import { namesOfKind, peopleIn } from './entity-kinds';
import { removeRelated } from '../../utils/extraction/related-tail';
import { linesAfterBody } from '../../utils/extraction/closing-lines';
import { zhCaptionPhotographers } from '../../utils/extraction/photo-captions';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';

const ZH_SHORT =
  '<p>研究团队历时三年，建立了一个涵盖三百二十种常用中药材的数据库，并以深度学习技术训练识别模型。</p>'.repeat(6);
const related = (html: string) => {
  const root = new JSDOM(`<div>${html}</div>`).window.document.querySelector('div')!;
  removeRelated(root);
  return root.textContent!.replace(/\s+/g, ' ').trim();
};
const CRUMB =
  '<ol><li><a href="/tc/home.html">首頁</a></li><li><a href="/tc/whats-new.html">最新消息</a></li>' +
  '<li><a href="/tc/whats-new/press-release.html">新聞稿</a></li></ol>';

describe('round 36: a breadcrumb entry that reads as a "related" label (最新消息), over short Chinese paragraphs', () => {
  it('the text under it is kept: a linked list item is a menu’s entry, not a heading over a list', () => {
    expect(related(CRUMB + ZH_SHORT)).toContain('研究团队历时三年');
  });
  it('guard: a related heading under the text still takes its list with it', () => {
    const out = related(
      `${ZH_SHORT}<h3>相關新聞</h3><ul><li><a href="/tc/a.html">浸大屯門中醫診所投入服務</a></li></ul>`,
    );
    expect([out.includes('屯門'), out.includes('研究团队')]).toEqual([false, true]);
  });
});

describe('round 36: a share button’s words under the text (分享此頁)', () => {
  it('are no part of the text', () => {
    expect(edges(`${ZH_SHORT}<p><span>分享此頁</span> <a href="#" aria-label="Facebook"></a></p>`)).toMatch(
      /识别模型。$/,
    );
  });
});

describe('round 36: the column’s tag opening the printed headline (【院系动态】)', () => {
  const page = (h1: string) =>
    `<html><head><title>${h1}-新闻网</title></head><body><div class="article"><h1>${h1}</h1>` +
    `<div class="info">发布时间：2024-06-12</div><div class="content">${ZH_PARAS}</div></div></body></html>`;
  it('is the column’s, not the headline’s', () => {
    expect(clip(page('【院系动态】国际经济贸易学院举行数字贸易实验班开班仪式')).title).toBe(
      '国际经济贸易学院举行数字贸易实验班开班仪式',
    );
  });
  it('guard: a bracketed theme that is no column’s name stays', () => {
    expect(clip(page('【奋进新征程】国际经济贸易学院举行数字贸易实验班开班仪式')).title).toBe(
      '【奋进新征程】国际经济贸易学院举行数字贸易实验班开班仪式',
    );
  });
});

describe('round 36: a date badge over the headline, day then month then year (22 3月 2024)', () => {
  const page = (badge: string) =>
    '<html><head><title>聖若瑟大學啟動澳門海岸微塑膠監測計劃</title></head><body><div class="news">' +
    `<div class="date-box">${badge}</div><h1>聖若瑟大學啟動澳門海岸微塑膠監測計劃</h1>` +
    '<div class="body"><p>聖若瑟大學科學與環境研究所於2024年3月20日在青洲校區舉行監測計劃啟動儀式，約八十人出席。</p>' +
    `${ZH_PARAS}</div></div></body></html>`;
  it('is the story’s date, over the day its first sentence names', () => {
    const d = clip(page('<span>22</span> <span>3月</span> <span>2024</span>'));
    expect(d.publishedAt?.slice(0, 10)).toBe('2024-03-22');
  });
  it('guard: with no badge the dateline in the first sentence is still read', () => {
    expect(clip(page('')).publishedAt?.slice(0, 10)).toBe('2024-03-20');
  });
});

describe('round 36: a Taiwan template’s text (::: anchor, ▲ caption, fields between the text and its credits)', () => {
  const page =
    '<html><head><title>彰師大與彰化縣政府攜手推動數位學伴計畫</title></head><body><div class="module">' +
    '<a href="#C" id="C" accesskey="C" title="中央內容區塊">:::</a><section><h2>彰師大與彰化縣政府攜手推動數位學伴計畫</h2>' +
    '<div class="mpgdetail"><div class="meditor"><p><img src="/m.jpg" alt="簽署合作備忘錄"></p>' +
    '<p>▲彰師大校長李志宏（左三）與彰化縣副縣長蔡文雄（右三）代表雙方簽署合作備忘錄。</p>' +
    `<p>國立彰化師範大學與彰化縣政府11月4日在本校進德校區簽署教育合作備忘錄。</p>${ZH_PARAS}</div>` +
    '<div class="info"><span>發佈日期 : 2026-11-05</span> <span>發佈單位 : 秘書室公共事務組</span></div></div>' +
    '<div class="credit">文／林佳穎　攝影／黃柏翰</div></section></div></body></html>';
  const d = clip(page, 'https://www.ncue.edu.tw/p/406-1000-28461,r1.php');
  it('the text opens with its first sentence: the anchor and the caption marked ▲ are not it', () => {
    expect(d.textContent.trim().startsWith('國立彰化師範大學')).toBe(true);
  });
  it('the source printed between the text and its credits line is read', () => {
    const line = {
      byline: [],
      source: '秘書室公共事務組',
      before: '讓更多偏鄉孩子受益。',
      text: '發佈單位 : 秘書室公共事務組',
    };
    const body = '國立彰化師範大學與彰化縣政府簽署教育合作備忘錄，讓更多偏鄉孩子受益。\n文／林佳穎 攝影／黃柏翰';
    expect(linesAfterBody([line], body).map((l) => l.source)).toEqual(['秘書室公共事務組']);
  });
});

describe('round 36: Chinese people (a student’s year, places listed before 等地, a studio’s host, a glossed name)', () => {
  it('a name after the student’s year alone (2021级郑浩和…专业2022级林书瑶组成)', () => {
    expect(peopleIn('代表队由会计学2021级潘怡然、2021级郑浩和财务管理专业2022级林书瑶组成。', 'zh-Hans')).toEqual(
      ['林书瑶', '潘怡然', '郑浩'].sort(),
    );
  });
  it('places listed before 等地 are no people; the studio’s host is one', () => {
    expect(
      peopleIn('培训由名师工作室主持人张雪梅领衔，邀请教育科学研究院专家和武汉、黄石等地的特级教师授课。', 'zh-Hans'),
    ).toEqual(['张雪梅']);
  });
  it('a name after its role, its romanisation in brackets (处长阮氏秋香（Nguyen Thi Thu Huong）)', () => {
    expect(peopleIn('国际合作处处长阮氏秋香（Nguyen Thi Thu Huong）作主旨发言。', 'zh-Hans')).toEqual(['阮氏秋香']);
  });
  it('guard: a role’s speech glossed in English is no name', () => {
    expect(peopleIn('副校长讲话（Opening Speech）后，仪式开始。', 'zh-Hans')).toEqual([]);
  });
  it('three characters always printed before the same one are a word’s (石油工程 … 石油工程)', () => {
    expect(peopleIn('参赛学生石油工程设计大赛获奖，已成为石油工程领域规模最大的竞赛。', 'zh-Hans')).toEqual([]);
  });
  it('a university’s short name (高醫大) is no name; a traditional page’s 畢業生 is a word', () => {
    expect(peopleIn('高醫大表示，計畫第一年將以屏東縣為服務重點。', 'zh-Hant')).toEqual([]);
    expect(peopleIn('學院已培養了大批金融學碩士及博士畢業生，不少校友活躍於澳門。', 'zh-Hant')).toEqual([]);
  });
});

describe('round 36: English people (a namesake’s college, a planning school, a thing "Called" by name)', () => {
  it('the School of Community and Regional Planning names no person', () => {
    expect(
      peopleIn(
        'Dr. Daniel Reyes, an assistant professor in the School of Community and Regional Planning, said so.',
        'en',
      ),
    ).toEqual(['Daniel Reyes']);
  });
  it('a sentence opening "Called" names a thing (Called Retrofit Ready, the three-year initiative …)', () => {
    expect(
      peopleIn('Called Retrofit Ready, the three-year initiative will install sensors in 12 homes.', 'en'),
    ).toEqual([]);
  });
  it('guard: a person "called" by name in lower case is still one', () => {
    expect(peopleIn('A student called Jane Doe said it was fine.', 'en')).toEqual(['Jane Doe']);
  });
  it('the Walter Scott, Jr. College of Engineering names no person', () => {
    expect(
      peopleIn('said Kathleen Marsh, a research professor in the Walter Scott, Jr. College of Engineering.', 'en'),
    ).toEqual(['Kathleen Marsh']);
  });
  it('guard: a person with Jr. is still one', () => {
    expect(peopleIn('Professor Walter Scott Jr. said he was proud.', 'en')).toEqual(['Walter Scott Jr']);
  });
});

describe('round 36: Chinese programs (a quoted brand, then 就业 before the program word)', () => {
  it('就业 is a word there, not the adverb 就 cutting the name', () => {
    expect(namesOfKind('学校持续实施“能源报国”就业引领行动，通过校友宣讲。', 'program', 'zh-Hans')).toEqual([
      '“能源报国”就业引领行动',
    ]);
  });
  it('guard: the adverb 就 still ends a name (“强基”计划就此启动)', () => {
    expect(namesOfKind('学校“强基”计划就此启动。', 'program', 'zh-Hans')).toEqual(['“强基”计划']);
  });
});

describe('round 36: a news list under a <title> of column and university (高科新聞 - 國立高雄科技大學)', () => {
  const url = 'https://www.nkust.edu.tw/p/403-1000-1363-1.php?Lang=zh-tw';
  const detect = (html: string) =>
    detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost).isArticle;
  const item = (day: number) =>
    `<div class="item"><i>2024-07-${day}</i><a href="/p/406-1000-${day},r1363.php">高科大學生團隊勇奪國際發明展金牌第${day}項</a>` +
    `<div>國立高雄科技大學學生團隊以船舶主機異常聲紋辨識系統參加今年的國際發明展，在眾多參賽作品中脫穎而出勇奪金牌，獲得評審一致肯定與好評...</div></div>`;
  const items = [22, 18, 15, 11, 8, 3].map(item).join('');
  it('is a list: neither the university’s name nor the column’s is a headline its first date stands by', () => {
    expect(detect(`<title>高科新聞 - 國立高雄科技大學</title><body><h2>高科新聞</h2>${items}</body>`)).toBe(false);
  });
  it('guard: a story whose <title> names its headline, under the same dated list, is an article', () => {
    const story =
      '<h1>高科大育英二號完成遠洋航行實習</h1><p>2024-07-22</p>' +
      `<div class="body">${ZH_PARAS.replaceAll('</p><p>', '')}</div><aside>${items}</aside>`;
    expect(detect(`<title>高科大育英二號完成遠洋航行實習 - 國立高雄科技大學</title><body>${story}</body>`)).toBe(true);
  });
});

describe('round 36: a Chinese caption credited to its office’s photographer (攝影／海事學院 蔡宗翰)', () => {
  it('credits the photographer after the office', () => {
    expect(zhCaptionPhotographers('「育英二號」實習船返抵高雄港，師長與家長到場迎接（攝影／海事學院 蔡宗翰）')).toEqual(
      ['蔡宗翰'],
    );
  });
  it('credits no one where the office stands alone', () => {
    expect(zhCaptionPhotographers('實習船返抵高雄港，師長與家長到場迎接（攝影／海事學院）')).toEqual([]);
  });
});

describe('round 36: a release’s notes under "Note to news editors"', () => {
  it('are the press’s, not the text’s', () => {
    const notes =
      '<h3>Note to news editors</h3><p>The paper ‘Repeated use of offshore wind farm foundations’ is published in the ' +
      'Journal of Applied Ecology. DOI: 10.1111/1365-2664.14612</p><p>Issued by the University Communications Office.</p>';
    expect(edges(EN_PARAS + notes)).toMatch(/every stage of it\.$/);
  });
});

describe('round 36: a byline linked to its author’s archive opening the body (Alden Price UW News)', () => {
  it('is the byline, not the text', () => {
    expect(
      edges(
        `<p><a href="https://www.washington.edu/news/author/aprice/">Alden Price</a> <span>UW News</span></p>${EN_PARAS}`,
      ),
    ).toMatch(/^The university opened/);
  });
  it('guard: a first sentence opening with a linked name stays', () => {
    const first =
      '<p><a href="https://example.edu/news/author/jdoe/">Jane Doe</a> opened the new centre on Monday with students.</p>';
    expect(edges(first + EN_PARAS)).toMatch(/^Jane Doe opened/);
  });
});
