// Chinese people on the classes review R22 found failing on unseen campus pages (session 37, issue #11): made-up
// texts, each describe named after the page class it serves. A report's clause opened by 从/就/致 after a role and a
// name; who speaks for a group (学生代表) is a role; a run opening with a common word (毕业后, 夏令营) is no name.
import { describe, expect, it } from 'vitest';
import { peopleIn } from './entity-kinds';

describe('Chinese meeting reports: after a role, a name, then 从, 就 or 致 opening what the speaker did', () => {
  it('处长李振华从…介绍, 主任赵丽娜就…作说明, 校长樊卫东致欢迎辞', () => {
    expect(peopleIn('会上，教务处处长李振华从招生宣传、考核选拔等方面作交流发言。', 'zh')).toEqual(['李振华']);
    expect(peopleIn('招生办公室主任赵丽娜就2025年招生考核的时间安排作说明。', 'zh')).toEqual(['赵丽娜']);
    expect(peopleIn('校党委副书记、校长樊卫东致欢迎辞，介绍了学校的发展。', 'zh')).toEqual(['樊卫东']);
  });
  it('guard: two characters then 就 after a role are no name (院长高度就此作了部署)', () => {
    expect(peopleIn('院长高度就此作了部署，全院师生积极响应。', 'zh')).toEqual([]);
  });
});

describe('Chinese ceremony reports: who speaks for a group is named after the group', () => {
  it('学生代表宁佳琪分别发言, 学生代表尹思睿在发言中说', () => {
    expect(peopleIn('化学化工学院院长冯晓光、学生代表宁佳琪分别发言。', 'zh')).toEqual(['冯晓光', '宁佳琪']);
    expect(peopleIn('学生代表尹思睿在发言中说，将珍惜这一难得的学习机会。', 'zh')).toEqual(['尹思睿']);
  });
});

describe('Chinese alumni and camp news: a run opening with a common word is no name', () => {
  it('刘振东校友毕业后扎根基层 does not name 毕业后; 大学生夏令营 names no one', () => {
    expect(peopleIn('校长向刘振东校友表示感谢。刘振东校友毕业后扎根基层、艰苦创业。', 'zh')).not.toContain('毕业后');
    expect(peopleIn('2024年“未来科学家”优秀大学生夏令营开营，校长出席。', 'zh')).toEqual([]);
  });
});
