// Round 49 (issue #11, session 63): the classes R272-R275 failed once they became the tuning sets (they had checked
// round 48); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { labelledFields } from '../../utils/extraction/labelled-fields';
import { peopleIn, programsIn } from './entity-kinds';

describe('round 49: a search box’s tabs over a PHPCMS news page are no credits', () => {
  it('a label in a menu’s row of words between bars (新闻 | 图片 | 视频) opens no field', () => {
    expect(labelledFields('新闻 | 图片 | 视频 首页 | 学校要闻 | 综合新闻 | 院部动态')).toEqual([]);
  });
  it('guard: fields printed with bars, label and value in turn, are read (来源 | 校团委 | 撰稿 | 俞佳宁)', () => {
    expect(labelledFields('发布时间：2024-01-01 | 来源 | 校团委 | 撰稿 | 俞佳宁')).toEqual([
      { label: '发布时间', value: '2024-01-01' },
      { label: '来源', value: '校团委' },
      { label: '撰稿', value: '俞佳宁' },
    ]);
  });
});

describe('round 49: people of Inner Mongolia’s universities and of West African and military colleges', () => {
  it('a Mongolian name after a role or an occupation (副校长其其格主持, 学生斯琴高娃获得, 院长乌日娜分别…)', () => {
    const text =
      '文法学院院长乌日娜分别作交流发言。教育科学学院2021级学生斯琴高娃获得一等奖。开幕式由副校长其其格主持。' +
      '赤峰学院副校长乌兰图雅，赤峰市教育局副局长马晓光出席。';
    expect(peopleIn(text, 'zh-Hans')).toEqual(['乌兰图雅', '乌日娜', '其其格', '斯琴高娃', '马晓光'].sort());
  });
  it('guard: two characters of a place’s name after a role are no Mongolian name (院长乌兰出席)', () => {
    expect(peopleIn('学校在乌兰察布市举办活动，院长乌兰出席。', 'zh-Hans')).toEqual([]);
  });
  it('Miss and Cadet are titles, no part of the name (Miss Temitope Ajibade, Cadet Ethan Morales)', () => {
    const text =
      'Miss Temitope Ajibade, a final-year student, said the scheme helped her. Cadet Ethan Morales said the ' +
      'exercise was the hardest of the year.';
    expect(peopleIn(text, 'en')).toEqual(['Ethan Morales', 'Temitope Ajibade']);
  });
});

describe('round 49: the words before a Chinese programme (指导, 宣布, 从教, 部分)', () => {
  it('指导 before a plan supervises it (指导大学生创新创业训练计划项目8项)', () => {
    const text = '他指导的学生获国家级奖项11项，指导大学生创新创业训练计划项目8项。';
    expect(programsIn(text, 'zh-Hans')).toEqual(['大学生创新创业训练计划']);
  });
  it('宣布 before a contest announces it (副处长白玉峰宣布竞赛开幕): no programme', () => {
    expect(programsIn('自治区教育厅高等教育处副处长白玉峰宣布竞赛开幕。', 'zh-Hans')).toEqual([]);
  });
  it('从教 (to teach) is a word inside a contest’s name, no preposition cutting it', () => {
    expect(programsIn('学生在田家炳杯全国高等师范院校学生从教技能大赛中获一等奖。', 'zh-Hans')).not.toContain(
      '教技能大赛',
    );
  });
  it('部分 (some) after the school names no special project (学校部分重点专项获批)', () => {
    expect(programsIn('学校部分重点专项获批。', 'zh-Hans')).toEqual([]);
  });
});

describe('round 49: a programme’s name in apposition holds "in" (Language in Motion, the … program)', () => {
  it('the whole name, not its last word', () => {
    const text = 'Language in Motion, the Middlebury program that sends international students into classrooms, grows.';
    expect(programsIn(text, 'en')).toEqual(['Language in Motion']);
  });
});
