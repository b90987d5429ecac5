// People on campus pages nobody had tuned on (review 34, R16 findings N1–N7, W1–W3; issue #11): made-up texts, each
// test named after the page class it serves. Precision first: a wrong name is worse than a missing one.
import { describe, expect, it } from 'vitest';
import { namesOfKind, peopleIn } from './entity-kinds';

const people = (text: string) => namesOfKind(text, 'person').sort();

describe('Chinese college news with industry partners: 负责人 before the name', () => {
  it('a project lead is named after 负责人', () => {
    expect(people('腾讯公司校企合作项目负责人孙立伟介绍了课程共建情况。')).toEqual(['孙立伟']);
  });
  it('guard: 有关负责人 names no one', () => {
    expect(people('学校有关负责人表示，将继续做好服务工作。主要负责人参加会议。')).toEqual([]);
  });
});

describe('Chinese feature stories: the view of someone, 在…看来', () => {
  it('the name ends before 看来', () => {
    expect(people('在学院党委副书记冯志远看来，这支团队最难得的是坚持。')).toEqual(['冯志远']);
  });
});

describe('Hong Kong and Macao releases: the Chief Executive, and a name before 的', () => {
  it('行政長官 is a role; three characters before 的 are the name', () => {
    expect(people('校長感謝香港特區行政長官李家明的支持。')).toEqual(['李家明']);
  });
  it('guard: two characters before 的 are as often a word', () => {
    expect(people('党委书记任务的完成需要全校配合。')).toEqual([]);
  });
});

describe('Taiwan releases: the press contact line, office then name', () => {
  it('聯絡人：office, space, name', () => {
    expect(people('媒體聯絡人：公共事務室 林佳慧')).toEqual(['林佳慧']);
    expect(people('新闻联系人：宣传部 王晓东')).toEqual(['王晓东']);
  });
});

describe('Chinese campus profiles (校报): a name confirmed by its role carries to its repeats', () => {
  it('教授陈立正… is 陈立 when 陈立 opens clauses elsewhere', () => {
    const text = '化学学院教授陈立正在调试仪器。2015年，陈立回国任教。“慢就是快。”陈立常这样说。';
    expect(people(text)).toEqual(['陈立']);
  });
  it('guard: a word after a role that recurs inside sentences is no name', () => {
    expect(people('院长高度评价这项工作。学校高度重视安全，师生高度认可。')).toEqual([]);
  });
});

describe('Chinese conference news: fragments of bodies and clauses read as names', () => {
  it('席 closing 主席团 is no surname', () => {
    expect(people('大会选举产生了学生会主席团和研究生会主席团。')).toEqual([]);
  });
  it('教师围绕… opens a clause, not a name', () => {
    expect(people('与会教师围绕本科生培养方案展开讨论。')).toEqual([]);
  });
});

describe('Japanese university news: name, space, title after it', () => {
  const text =
    '東北大学大学院理学研究科の田中一郎 教授らの研究グループは、新しい触媒を開発しました。米国の研究所のマイケル・ブラウン 准教授も参加しています。\n大野英男 総長は「卓越研究員事業の成果です」と述べました。';
  it('kanji and katakana names before a title', () => {
    expect(peopleIn(text, 'ja')).toEqual(['マイケル・ブラウン', '大野英男', '田中一郎']);
  });
  it('guard: a unit before a spaced title is no name', () => {
    expect(peopleIn('京都大学の理学研究科 教授が出席しました。研究グループは成果を発表しました。', 'ja')).toEqual([]);
  });
});
