// Round 48 (issue #11, session 63): the classes R268-R271 failed once they became the tuning sets (they had checked
// round 47); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { peopleIn, programsIn } from './entity-kinds';

describe('round 48: Chinese programmes (a special fund, a plan’s class, verbs and idioms before a program word)', () => {
  it('a special project’s fund is named with 资金 (江苏省科技成果转化专项资金)', () => {
    const text = '团队合作开发的智能护理床垫项目获得江苏省科技成果转化专项资金支持，目前已在多家养老机构试用。';
    expect(programsIn(text, 'zh-Hans')).toEqual(['江苏省科技成果转化专项资金']);
  });
  it('a quoted plan before the class it runs is the plan (“卓越教师培养计划2.0”实验班)', () => {
    const text = '5月11日上午，我校“卓越教师培养计划2.0”实验班开班仪式在花津校区举行。';
    expect(programsIn(text, 'zh-Hans')).toEqual(['卓越教师培养计划2.0']);
  });
  it('提升 before a national fund raises it, no part of its name (为提升国家自然科学基金申报质量)', () => {
    const text = '科技处处长介绍，为提升国家自然科学基金申报质量，学校自2023年起逐稿修改申请书。';
    expect(programsIn(text, 'zh-Hans')).toEqual(['国家自然科学基金']);
  });
  it('也有 ends the words before a project (化学科学部也有项目获批) and 用实际行动 is an idiom, no programme', () => {
    const text = '生命科学部、化学科学部也有项目获批。他表示将用实际行动回应老师们的期望。';
    expect(programsIn(text, 'zh-Hans')).toEqual([]);
  });
  it('a fund’s centralised round (集中接收申请项目) names no programme of its own', () => {
    const text = '国家自然科学基金委员会公布2024年度国家自然科学基金集中接收申请项目评审结果，我校获批52项。';
    expect(programsIn(text, 'zh-Hans')).toEqual(['国家自然科学基金']);
  });
});

describe('round 48: a college’s programme named by its field, the program word the text’s', () => {
  it('a field of study before "program" is the name (the Culinary Arts program, the Ocean Mapping program)', () => {
    const text =
      'Students in the Culinary Arts program and the Baking and Pastry Arts program cooked for the gala. Graduates ' +
      'of the Ocean Mapping program now survey the coast.';
    expect(programsIn(text, 'en')).toEqual(['Baking and Pastry Arts', 'Culinary Arts', 'Ocean Mapping']);
  });
  it('guard: an initiative’s name keeps the program word the text prints (the Launchpad Mentoring program)', () => {
    expect(programsIn('She joined the Launchpad Mentoring program in 2023.', 'en')).toEqual([
      'Launchpad Mentoring program',
    ]);
  });
  it('a degree after a province and a kind is whole without "program" (Saskatchewan Collaborative BSN)', () => {
    const text = 'Students in the Saskatchewan Collaborative Bachelor of Science in Nursing program began placements.';
    expect(programsIn(text, 'en')).toEqual(['Saskatchewan Collaborative Bachelor of Science in Nursing']);
  });
});

describe('round 48: Chinese people named by what they did or the post they hold', () => {
  it('whom a work was supervised or led by (由高峰、方琳指导的…, 由何振宇等骨干教师进行指导)', () => {
    const text =
      '另外，由高峰、方琳指导的《肠道菌群代谢产物的干预研究》和由孙明辉指导的《胃癌耐药机制初探》获全国二等奖。' +
      '学院将遴选优秀学生组建集训队，由何振宇等骨干教师进行指导。';
    expect(peopleIn(text, 'zh-Hans')).toEqual(['何振宇', '孙明辉', '方琳', '高峰'].sort());
  });
  it('guard: a body or a title after 由 names no one (由学院统一指导, 由王老师指导)', () => {
    expect(peopleIn('该项目由学院统一指导，由教务处负责，并由王老师指导。', 'zh-Hans')).toEqual([]);
  });
  it('a town office’s section chief (課長陳怡君)', () => {
    expect(peopleIn('大林鎮公所社會課課長陳怡君感謝南華大學長期投入在地。', 'zh-Hant')).toEqual(['陳怡君']);
  });
});
