// Key names on the classes review sets R26 and R27 found failing on unseen campus pages (issue #11, session 38):
// made-up texts, each describe named after the page class it serves, each rule with a guard.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const programs = (text: string, lang = 'zh') => namesOfKind(text, 'program', lang).sort();
const people = (text: string) => namesOfKind(text, 'person', 'zh').sort();

describe('Chinese and Hong Kong engineering news: 工程 inside another word is no program', () => {
  it('a department (機械工程系), a company (水务工程公司), a system (三级竞赛体系) and a quality (工程素养)', () => {
    expect(programs('港大機械工程系研究團隊研發出新型裝置，團隊將與本地水務工程公司合作。')).toEqual([]);
    expect(programs('学院建立了校、省、国家三级竞赛体系，学生在解决实际问题中提升工程素养。')).toEqual([]);
  });
  it('guard: a named engineering programme stays (卓越工程师培养工程)', () => {
    expect(programs('学校实施卓越工程师培养工程，卓越工程师培养工程已覆盖十个专业。')).toEqual(['卓越工程师培养工程']);
  });
});

describe('Chinese research news (funded projects): 系 as "is", 保障 as a verb, a stage or grade of projects', () => {
  it('《…》系国家社科基金…: 系 opens no name; 全力保障项目实施 and 优秀结题项目 name none', () => {
    expect(programs('《徽州文书典藏》系国家社科基金重大项目的阶段性成果。')).not.toContain('系国家社科基金');
    expect(programs('医院将在经费配套等方面全力保障项目实施。')).toEqual([]);
    expect(programs('实行三级管理，优秀结题项目将推荐参加全国竞赛。')).toEqual([]);
  });
  it('guard: a department before its plan is still read (物理系 opens no 系 cut: 体系, 物理系人才计划)', () => {
    expect(programs('学院完善人才培养体系，实施物理系英才培养计划，物理系英才培养计划首批招收30人。')).toEqual([
      '物理系英才培养计划',
    ]);
  });
});

describe('Chinese teaching news: a quoted name and its 建设 before the program word; a plan a verb gives', () => {
  it('“AI+课程”建设工程 is one program; 给予大学生创新创业训练计划立项支持 names the plan', () => {
    expect(programs('学校“AI+课程”建设工程首批立项课程128门。')).toEqual(['“AI+课程”建设工程']);
    expect(programs('学校将对优秀项目给予大学生创新创业训练计划立项支持。')).toEqual(['大学生创新创业训练计划']);
  });
  it('guard: a verb inside the quotation’s tail still ends the name (“互联网+”启动项目 is none)', () => {
    expect(programs('学院“互联网+”启动项目申报。')).toEqual([]);
  });
});

describe('English research news: "Initiative on …" and a degree whose field is a list', () => {
  it('the Wisconsin Initiative on Climate Change Impacts; Bachelor of Science in Energy, Business and Finance', () => {
    expect(
      programs('The team shared its results with the Wisconsin Initiative on Climate Change Impacts.', 'en'),
    ).toEqual(['Wisconsin Initiative on Climate Change Impacts']);
    expect(
      programs('She is majoring in the Bachelor of Science in Energy, Business and Finance at the college.', 'en'),
    ).toEqual(['Bachelor of Science in Energy, Business and Finance']);
  });
  it('a project "known as SHARE-AMR", "Lake Ice Watch, a volunteer project that …", NERC E4 in a name', () => {
    expect(programs('The five-year project, known as SHARE-AMR, will follow 600 households.', 'en')).toEqual([
      'SHARE-AMR',
    ]);
    expect(
      programs('Residents sent 9,000 observations to Lake Ice Watch, a volunteer project that tracks ice.', 'en'),
    ).toEqual(['Lake Ice Watch']);
    expect(programs('She is funded by the NERC E4 Doctoral Training Partnership at the university.', 'en')).toEqual([
      'NERC E4 Doctoral Training Partnership',
    ]);
  });
  it('guard: a comma not closed by "and" ends the field (Bachelor of Science in Nursing, Jane Roe said)', () => {
    expect(programs('The Bachelor of Science in Nursing, Jane Roe said, opens next year.', 'en')).toEqual([
      'Bachelor of Science in Nursing',
    ]);
  });
});

describe('Chinese campus news (village work, competitions, awards): roles and lists', () => {
  it('党总支书记 and 首席导师 before a name; a list closed by 组成', () => {
    expect(people('“当年村里穷。”大溪村党总支书记潘建国说，团队来了以后帮村里建了产业。')).toEqual(['潘建国']);
    expect(people('强基计划化学班首席导师孙海涛为获奖学生代表颁奖。')).toEqual(['孙海涛']);
    expect(people('机电工程学院周浩然、李佳怡、陈俊杰组成的代表队沉着应对。')).toEqual(['周浩然', '李佳怡', '陈俊杰']);
  });
  it('a doctor’s title before a name, in traditional text too (主治醫師李政達表示)', () => {
    expect(people('成大醫院心臟血管內科主治醫師李政達表示，許多病人做過心電圖。')).toEqual(['李政達']);
  });
  it('a name written with a middle dot ends at a conjunction (阿依古丽·买买提与两名同学…)', () => {
    expect(people('本科生阿依古丽·买买提与两名同学组队申报的项目，聚焦儿童心脏病。')).toEqual(['阿依古丽·买买提']);
  });
  it('学生成长 (a word) and 经费支持研究生 (a verb before the group) name no one', () => {
    expect(people('要坚持以学生成长为中心，设立专项经费支持研究生开展实践。')).toEqual([]);
  });
});
