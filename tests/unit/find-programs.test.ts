import { describe, expect, it } from 'vitest';
import { parseWatchList } from '../../utils/entities/watch-list';
import { namesOfKind } from './entity-kinds';

// Session 17 (issue #11): program rules kept because they held on the check set; each test names its page class
// with made-up text.
const programs = (text: string) => namesOfKind(text, 'program');

describe('Chinese programs: precision', () => {
  it('a news page naming a kind of thing by two characters and a program word (社交平台, 不同项目) names no program', () => {
    expect(programs('他在社交平台上发文，参加了不同项目的比赛，保障基金也在其中。')).toEqual([]);
  });
  it('a campus report on talent schemes with two-character names the text joins or runs (入选千人计划, 推进强基计划, 承担了…计划项目)', () => {
    const text = '李四入选千人计划。学校积极推进强基计划。学院承担了国家重点研发计划项目。';
    // 计划项目 are the plan's projects: the plan is the name (session 34).
    expect(programs(text)).toEqual(expect.arrayContaining(['千人计划', '强基计划', '国家重点研发计划']));
  });
  it('a quotation mark opening a short name is evidence enough (‘强基工程’的…)', () => {
    expect(programs('学校推进‘强基工程’的实施。')).toContain('强基工程');
  });
});

describe('Chinese programs: centres, labs, bases and platforms', () => {
  it('a news report naming a blood centre or a service platform once, in passing, names no program', () => {
    const text = '2月17日，在武汉血液中心的实验室里，专家提高了互联网医疗平台寄递能力。';
    expect(programs(text)).toEqual([]);
  });
  it('a campus report that builds or launches a centre or platform names a program (建立…, …启动仪式)', () => {
    const text = '为此，建立校级数据中心；大会举行了全球校友协同创新中心启动仪式。';
    expect(programs(text).sort()).toEqual(['全球校友协同创新中心', '校级数据中心']);
  });
  it('a platform named twice is a program (智慧党建管理服务平台)', () => {
    const text = '为用好智慧党建管理服务平台，学校举办了智慧党建管理服务平台培训会。';
    expect(programs(text)).toEqual(['智慧党建管理服务平台']);
  });
  it('a watched facility keeps its kind: a program, as when an article names it twice', () => {
    expect(parseWatchList('秦创原平台')[0]!.kind).toBe('program');
    expect(parseWatchList('Energy Systems Lab')[0]!.kind).toBe('organization');
  });
});

describe('Chinese programs: projects and plans named once', () => {
  it('a finance report saying a bank "will go on as planned" (将继续按计划) names no plan', () => {
    expect(programs('美联储将继续按计划缩减资产负债表规模。')).toEqual([]);
  });
  it('a report opening a clause with a project, or launching one, names it (，天水有轨电车项目; 启动…计划)', () => {
    const text = '通报显示，天水有轨电车项目存在问题。学校启动卓越工程师培养计划。';
    expect(programs(text).sort()).toEqual(['卓越工程师培养计划', '天水有轨电车项目']);
  });
});

describe('English programs: precision', () => {
  it('a research release naming the lab where the work was done: a lab is no program', () => {
    const text =
      'The Smart and Sustainable Automation Research Lab built the printer, the Vehicle Safety Program said.';
    expect(programs(text)).toEqual(['Vehicle Safety Program']);
  });
});
