// Programs on the classes review R22 found failing on unseen campus pages (session 37, issue #11): made-up texts, each
// describe named after the page class it serves. A count or an adverb before 计划 names no plan; 工程问题 is no
// project; an EU project's own name in capitals or camel case after "project"; a funder's "X-funded" programme.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const programs = (text: string, lang = 'zh') => namesOfKind(text, 'program', lang).sort();

describe('Chinese and Taiwanese university news: 计划 after a count or an adverb names no plan', () => {
  it('a count before the program word (今年學校另有三項計畫獲補助, 两个工程) numbers plans', () => {
    expect(programs('今年學校另有三項計畫獲教育部第三期USR計畫補助。')).not.toContain('今年學校另有三項計畫');
    expect(programs('学院今年新增两个工程，进展顺利。')).toEqual([]);
  });
  it('an adverb before 计划 makes it the verb “plans to” (研究團隊亦計劃與業界合作, 学校还计划扩大招生)', () => {
    expect(programs('研究團隊亦計劃與業界合作，推廣成果。')).toEqual([]);
    expect(programs('学校实施卓越工程师教育培养计划，学校还计划扩大招生。')).toEqual(['卓越工程师教育培养计划']);
  });
  it('guard: a plan followed by a count of its projects stays (国家重点研发计划项目三项)', () => {
    expect(programs('学院承担国家重点研发计划项目三项。')).toEqual(['国家重点研发计划']);
  });
});

describe('Chinese engineering college news: 工程问题 is a problem, not a project', () => {
  it('能够解决复杂工程问题 names nothing', () => {
    expect(programs('培养学生能够解决复杂工程问题的能力。')).toEqual([]);
  });
  it('guard: a named 工程 stays (“人才强校”工程)', () => {
    expect(programs('学校启动“人才强校”工程，成效显著。')).toEqual(['“人才强校”工程']);
  });
});

describe('European research news: an EU project named in capitals or camel case', () => {
  it('the name right after "project" (the Horizon 2020 project AgriTrust, his ERC project QUASAR)', () => {
    expect(
      programs('Several sessions focused on the Horizon 2020 project AgriTrust, led by the University.', 'en'),
      // Horizon 2020 is a known programme (known-program-names.ts, session 46).
    ).toEqual(['AgriTrust', 'Horizon 2020']);
    expect(programs('In his ERC project QUASAR, he aims to develop sensors at room temperature.', 'en')).toEqual([
      'QUASAR',
    ]);
  });
  it('hyphenated capitals before "project" (the four-year FLOW-MOOR project)', () => {
    expect(programs('The four-year FLOW-MOOR project brings together three universities.', 'en')).toEqual([
      'FLOW-MOOR',
    ]);
  });
  it('guard: a short acronym or a lower-case word after "project" names nothing (the project PI, the NASA project)', () => {
    expect(programs('The project PI said the NASA project was late, and the project team agreed.', 'en')).toEqual([]);
  });
});

describe('European research news: a funder’s programme in "X-funded"', () => {
  it('the Horizon Europe-funded project TWINWIND names Horizon Europe, not "Horizon Europe-funded"', () => {
    expect(
      programs(
        'It follows the university’s part in the Horizon Europe-funded project TWINWIND, which ended last year.',
        'en',
      ),
    ).toEqual(['Horizon Europe', 'TWINWIND']);
  });
});

describe('Chinese university news: a level and a word of scale name a kind, not a program (found on R24)', () => {
  it('高水平学科竞赛, 国家重大工程, 高层次工程人才 name nothing', () => {
    expect(programs('为学生参加高水平学科竞赛打下了坚实基础。')).toEqual([]);
    expect(programs('学院近年来在国家重大工程中作出了贡献。')).toEqual([]);
    expect(programs('重庆对高层次工程人才需求旺盛。')).toEqual([]);
  });
  it('此次共建英才班 is the class spoken of, not a class named “此次共建英才班”', () => {
    expect(programs('此次共建英才班，是落实国家关于深化科教融合的举措。')).toEqual([]);
  });
  it('guard: a named plan with a level stays (国家重点研发计划, “钱学森”英才班)', () => {
    expect(programs('学校与研究所共建“钱学森”英才班，并承担国家重点研发计划。')).toEqual([
      '“钱学森”英才班',
      '国家重点研发计划',
    ]);
  });
});
