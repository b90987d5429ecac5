// Round 12 (issue #11, session 44): classes the tuning sets R56–R77 still failed, checked on R78–R83: each describe
// named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const zhPrograms = (text: string) => namesOfKind(text, 'program', 'zh').sort();

describe('round 12: grant results in Chinese college news (NSFC categories after 其中, a year, a count)', () => {
  it('其中 before a grant’s name is no part of it', () => {
    const text = '学院今年共获批国家自然科学基金项目12项，其中优秀青年科学基金项目1项、国家杰出青年科学基金项目1项。';
    expect(zhPrograms(text)).toEqual(['优秀青年科学基金', '国家杰出青年科学基金', '国家自然科学基金']);
  });
  it('a year, then 获批 or 入选, then a count and 项 open no name', () => {
    const text =
      '张明于2024年获批优秀青年科学基金项目，李华2023年入选国家杰出青年科学基金。学院另获3项国家自然科学基金资助。';
    expect(zhPrograms(text)).toEqual(['优秀青年科学基金', '国家杰出青年科学基金', '国家自然科学基金']);
  });
  it('a time word (近年来, 目前) and 新增 end the words before a name', () => {
    for (const text of ['会上回顾了学院近年来国家自然科学基金项目申报情况。', '今年学校新增国家自然科学基金项目30项。'])
      expect(zhPrograms(text)).toEqual(['国家自然科学基金']);
  });
  it('guard: a name holding 中 or 新 inside keeps it (中国国际大学生创新大赛, 创新创业训练计划)', () => {
    const text = '其中，学院学生在第十届中国国际大学生创新大赛中获金奖，并入选国家级大学生创新创业训练计划。';
    expect(zhPrograms(text)).toEqual(['中国国际大学生创新大赛', '大学生创新创业训练计划']);
  });
});
