// Round 17b (issue #11, session 49): the classes R128-R131 failed once they became the tuning sets (they had checked
// round 17); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind, peopleIn } from './entity-kinds';

describe('round 17b: a date alone on its line under the body, nothing else dating the page (Drupal news templates)', () => {
  const page = (after: string) =>
    '<title>Seismologists install sensor array</title><main><article><h1>Seismologists install dense sensor array</h1>' +
    `<div class="news-body">${EN_PARAS}</div><div class="meta">${after}</div></article></main>`;
  it('the writer’s line, then the date', () => {
    const draft = clip(
      page(
        '<p class="news-author">Written by <a href="/a/nb">Natalie Burke</a></p><p class="news-date">October 14, 2024</p>',
      ),
      'https://www.unlv.edu/news/article/seismologists-install-array',
    );
    expect(draft.publishedAt).toBe('2024-10-14');
  });
  it('guard: a date in a list of other stories after the body dates nothing', () => {
    const draft = clip(
      page('<h2>Related</h2><ul><li><a href="/news/other">Other story</a> <span>September 30, 2024</span></li></ul>'),
      'https://www.unlv.edu/news/article/seismologists-install-array',
    );
    expect(draft.publishedAt).toBeNull();
  });
});

describe('round 17b: the writer after the date in the meta line, no label (Aarhus University’s TYPO3 news)', () => {
  const page = (meta: string) =>
    '<title>Ny forskningsstation</title><main><article><h1>Ny forskningsstation skal måle kulstof</h1>' +
    `<p class="news-single-timedata">${meta}</p><div class="body">${EN_PARAS}</div></article></main>`;
  it('a given name and a surname after the bar are the writer', () => {
    const draft = clip(page('21.05.2024 <span>|</span> Maria Vinther Jensen'), 'https://nat.au.dk/aktuelt/nyheder/a');
    expect(draft.byline).toEqual([{ name: 'Maria Vinther Jensen', role: 'Author' }]);
  });
  it('guard: a section after the bar is no one', () => {
    expect(clip(page('21.05.2024 <span>|</span> Research News'), 'https://nat.au.dk/aktuelt/nyheder/a').byline).toEqual(
      [],
    );
  });
});

describe('round 17b: Chinese people before the verb of their act, named in pairs with their count (teacher-training news)', () => {
  it('执教, 进行, 站在 and 特别 after a role’s three-character name', () => {
    const text =
      '南昌师范学院副教授何丽娟执教示范课。随后，青年教师徐志鹏进行同课异构展示。专业学生曾雨桐站在讲解台前。光复高级中学校长杨光明特别感谢志工队。';
    expect(peopleIn(text, 'zh-Hans')).toEqual(['何丽娟', '徐志鹏', '曾雨桐', '杨光明'].sort());
  });
  it('two names and their count of teachers', () => {
    expect(
      peopleIn('学院选派黄思敏、蔡明辉两名骨干教师赴印尼授课。李海波、覃艳两位老师获优秀指导教师称号。', 'zh-Hans'),
    ).toEqual(['李海波', '覃艳', '蔡明辉', '黄思敏'].sort());
  });
  it('a farmer named by his crop, and 分别 after a dotted foreign name', () => {
    const text = '种了三十多年甘蔗的蔗农黄永福说：“以前不敢想。”三宝垄国立大学副校长阿里夫·普拉塞蒂约分别致辞。';
    expect(peopleIn(text, 'zh-Hans')).toEqual(['阿里夫·普拉塞蒂约', '黄永福'].sort());
  });
});

describe('round 17b: English programmes whose name joins its words with “to” (space and research news)', () => {
  const programs = (text: string) => namesOfKind(text, 'program', 'en');
  it('a name joined by "to" is read whole', () => {
    expect(programs('The mission is funded through the Moon to Mars Initiative of the space agency.')).toEqual([
      'Moon to Mars Initiative',
    ]);
  });
});

describe('round 17b: Chinese 工程 as a field, platforms of a kind, editions and tracks (engineering schools’ news)', () => {
  const programs = (text: string) => namesOfKind(text, 'program', 'zh-Hans');
  it('工程 before 经验, 应用, 教育 or a course’s 导论 is engineering, not a project', () => {
    const text =
      '帮助学生弥补工程经验上的不足。梳理了认知雷达从概念提出到工程应用的脉络。该专业将接受中国工程教育专业认证。新开设“航天器系统工程导论”课程。';
    expect(programs(text)).toEqual([]);
  });
  it('a practice, teaching or cross-discipline platform is a kind; so is a competition of 本次 or one 备战 prepares for', () => {
    const text =
      '学院从工程实践平台建设等方面汇报。依托实践教学平台开展训练。学生积极备战本次大赛。学院圆满完成国家自然科学基金结题工作。';
    expect(programs(text)).toEqual(['国家自然科学基金']);
  });
  it('an edition opens no name, and a track named after a programme names it', () => {
    expect(programs('4月13日，第十五届全国大学生数学竞赛决赛在重庆举行。')).toEqual(['全国大学生数学竞赛']);
    expect(programs('项目入围大赛“青年红色筑梦之旅”赛道总决赛。')).toEqual(['青年红色筑梦之旅']);
  });
});
