// Programs named wrongly on review sets R26–R31 (issue #11, session 38, round 3): words that are no program's name,
// each describe named after the page class it serves, each with a guard that a real name stays.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const programs = (text: string, lang = 'zh') => namesOfKind(text, 'program', lang).sort();

describe('Chinese teaching news: a chain of stages, a term and a verb are no program', () => {
  it('“课程—训练—竞赛”, 本期计划 / 本學年計劃 / 下一航次计划, 加强…平台, 重视学科竞赛, 专家组建议项目, 重大人才工程', () => {
    expect(programs('学院构建了课程—训练—竞赛一体化培养体系。')).toEqual([]);
    expect(programs('本期计划招收30人，下一航次计划于明年出发。本學年計劃開設十門課。')).toEqual([]);
    // 加强 is the verb: the platform the school builds is named without it.
    expect(programs('学校加强海洋科考平台建设，高度重视学科竞赛，落实专家组建议项目，实施重大人才工程。')).toEqual([
      '海洋科考平台',
    ]);
  });
  it('guard: a named plan beside them stays (“强基计划”, 研究生教育创新计划 named twice)', () => {
    expect(programs('本期计划招收30人，纳入“强基计划”。研究生教育创新计划启动，研究生教育创新计划覆盖全校。')).toEqual([
      '强基计划',
      '研究生教育创新计划',
    ]);
  });
});

describe('English research news: an acronym defined beside its program', () => {
  it('defined once, it is the program said again, no second name; used again, it is a name of its own', () => {
    expect(
      programs('The project is funded by the Fundamental Research Grant Scheme (FRGS) of the ministry.', 'en'),
    ).toEqual(['Fundamental Research Grant Scheme']);
    expect(
      programs(
        'The project is funded by the Fundamental Research Grant Scheme (FRGS). FRGS grants last three years.',
        'en',
      ),
    ).toEqual(['FRGS', 'Fundamental Research Grant Scheme']);
  });
});
