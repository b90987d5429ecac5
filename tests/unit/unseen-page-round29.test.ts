// Round 29 (issue #11, session 55): the classes R184-R187 failed once they became the tuning sets (they had checked
// round 28); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind, peopleIn } from './entity-kinds';
import { notArticleAddress } from '../../utils/detection/page-kind';
import { parseByline } from '../../utils/extraction/meta-line';
import { closingCreditLines } from '../../utils/extraction/closing-credits';
import { removeEdgeFurniture } from '../../utils/extraction/edge-furniture';
import { joinFieldLabels } from '../../utils/extraction/field-labels';

const programs = (text: string) => namesOfKind(text, 'program');
const address = (url: string) => notArticleAddress(new URL(url));

describe('round 29: a story’s folder named by its date and time (Beijing Jiaotong’s English site)', () => {
  it('a folder of a date run into a time and an id holds the story’s index.htm', () => {
    expect(address('https://en.bjtu.edu.cn/News_20161201183240113756/20240719152233117856/index.htm')).toBeNull();
  });
  it('guard: the column’s own folder is the list', () => {
    expect(address('https://en.bjtu.edu.cn/News_20161201183240113756/index.htm')).toBe('home or list');
  });
});

describe('round 29: lines between the headline and the text (DNN, release lines)', () => {
  const page = (line: string) =>
    `<title>SQU and Asyad launch a chair</title><body><main><div class="title"><h1>SQU and Asyad launch a chair</h1></div>` +
    `<div class="meta">${line}</div><div class="content">${EN_PARAS}</div></main></body>`;
  it('a date and the page’s counter are no subtitle, and the counter is read', () => {
    const d = clip(
      page('<time>Sunday, 17 November 2024</time> <span>Number of views (1284)</span>'),
      'https://www.squ.edu.om/news/1',
    );
    expect([d.textContent.trim().slice(0, 14), d.views]).toEqual(['The university', 1284]);
  });
  it('a release’s line is no subtitle', () => {
    const d = clip(page('For Release Upon Receipt - Tuesday, October 15, 2024'), 'https://www.cavehill.uwi.edu/news/1');
    expect(d.textContent.trim().slice(0, 14)).toBe('The university');
  });
  it('guard: a subtitle there stays the lead', () => {
    const d = clip(page('A new chair for the logistics of the Gulf'), 'https://www.squ.edu.om/news/1');
    expect(d.textContent.trim().startsWith('A new chair')).toBe(true);
  });
});

describe('round 29: what closes a release (UAF, Drupal 7 fields, sign-offs in brackets)', () => {
  const root = (html: string) => new JSDOM(`<div>${EN_PARAS}${html}</div>`).window.document.querySelector('div')!;
  it('an "ADDITIONAL CONTACT:" line ends no story', () => {
    const r = root(
      '<p>The team plans to return this summer.</p><p>ADDITIONAL CONTACT: Katya Morozova, 907-474-6139, kmorozova@alaska.edu</p>',
    );
    removeEdgeFurniture(r);
    expect(r.textContent!.endsWith('return this summer.')).toBe(true);
  });
  it('a source in brackets under the credits is read with them', () => {
    const r = new JSDOM(
      `<div>${ZH_PARAS}<p>文/图：余嘉欣</p><p>编辑：卢俊豪</p><p>（来源：新闻公关处）</p></div>`,
    ).window.document.querySelector('div')!;
    expect(closingCreditLines(r)).toEqual(['文/图：余嘉欣', '编辑：卢俊豪', '（来源：新闻公关处）']);
  });
  it('a field’s label in a block over its value’s is one line with it (Drupal 7 fields under the text)', () => {
    const field = (label: string, value: string) =>
      `<div class="field"><div class="field-label">${label}&nbsp;</div><div class="field-items"><div class="field-item">${value}</div></div></div>`;
    const r = new JSDOM(
      `<div>${ZH_PARAS}${field('来源:', '党委宣传部')}<div>文：陈思远\u3000摄影：周航</div>${field('发布日期:', '2024-05-21')}</div>`,
    ).window.document.querySelector('div')!;
    joinFieldLabels(r);
    removeEdgeFurniture(r);
    expect(closingCreditLines(r)).toEqual(['来源: 党委宣传部', '文：陈思远 摄影：周航']);
  });
  it('guard: a label over a paragraph stays apart from it', () => {
    const r = new JSDOM(
      `<div><p>Summary:</p><p>${'The university opened a centre. '.repeat(4)}</p></div>`,
    ).window.document.querySelector('div')!;
    joinFieldLabels(r);
    expect(r.querySelectorAll('p').length).toBe(2);
  });
});

describe('round 29: credits (translators, Russian photo credits, Joomla’s article info, Taiwan’s 科)', () => {
  it('翻译 credits the translator', () => {
    expect(parseByline('翻译：沈嘉怡')).toEqual([{ name: '沈嘉怡', role: '翻译' }]);
  });
  it('a lower-case Russian "фото:" after a comma', () => {
    expect(parseByline('Текст: Анна Ковалёва, фото: Илья Сафаров')).toEqual([
      { name: 'Анна Ковалёва', role: 'Author' },
      { name: 'Илья Сафаров', role: 'Photo' },
    ]);
  });
  it('the next field’s label ends a "Written by" name', () => {
    expect(parseByline('Written by: Tiffany Simmons Category: News')).toEqual([
      { name: 'Tiffany Simmons', role: 'Author' },
    ]);
  });
  it('a junior college’s department (科) before the name is the writer’s unit', () => {
    expect(parseByline('撰稿：護理科 陳玟蓁')).toEqual([{ name: '陳玟蓁', role: '撰稿' }]);
  });
  it('guard: a "By" line of three names is read whole', () => {
    expect(parseByline('By Mary Ann Jones')).toEqual([{ name: 'Mary Ann Jones', role: 'Author' }]);
  });
});

describe('round 29: Chinese people after roles and before verbs of leading (maritime, minzu, finance schools)', () => {
  it('roles of banks, instructors and Taiwan’s CTO', () => {
    expect(peopleIn('中国建设银行北京市分行副行长刘敏、北京中关村科技集团有限公司总经理王强出席。', 'zh')).toEqual([
      '刘敏',
      '王强',
    ]);
    expect(peopleIn('学院兼职教员周振宇在点评中表示，参赛学员整体表现良好。', 'zh')).toEqual(['周振宇']);
  });
  it('a name before 随船, 专程, 带队 or 领衔', () => {
    expect(peopleIn('航海学院院长赵立新随船担任实习队长。', 'zh')).toEqual(['赵立新']);
    expect(peopleIn('5月21日，副校长王立新专程到实验室看望战队师生。', 'zh')).toEqual(['王立新']);
    expect(peopleIn('由副教授龙菲带队的团队在村寨驻村18天。', 'zh')).toEqual(['龙菲']);
  });
  it('guard: a role before an ordinary word names no one', () => {
    expect(peopleIn('副校长专程到实验室看望战队师生。', 'zh')).toEqual([]);
  });
});

describe('round 29: Chinese programme names’ edges (owners, counts, planning teams, fields)', () => {
  it('a college’s 本院/我院 and a count of students open no name', () => {
    expect(programs('本院工商管理学士学位课程今年招生。')).toEqual(['工商管理学士学位课程']);
  });
  it('围绕 and 近三年 end the words before a name', () => {
    expect(programs('各团队围绕项目的实施进行交流。')).toEqual([]);
    expect(programs('学院近三年国家自然科学基金立项数持续增长。')).toEqual(['国家自然科学基金']);
  });
  it('a team that plans: 计划 is the verb', () => {
    expect(programs('研究团队计划在明年扩大样本。')).toEqual([]);
  });
  it('a field joined to its major’s name (化学工程与工艺专业)', () => {
    expect(programs('我院化学工程与工艺专业通过认证。')).toEqual([]);
  });
  it('guard: two projects joined by 与 are both named', () => {
    expect(programs('学校实施南水北调工程与三峡工程。').sort()).toEqual(['三峡工程', '南水北调工程']);
  });
});
