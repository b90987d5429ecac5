// Round 13d (issue #11, session 45): classes the tuning sets R96 and R97 failed, checked on R98 and R99: each describe
// named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const people = (text: string, lang: string) => namesOfKind(text, 'person', lang).sort();

describe('round 13d: Korean universities’ Korean news (KAIST, 서울대학교)', () => {
  it('a Hangul name before its post, spaced (김민수 교수, 박지은 박사과정생, 이현우 박사후연구원)', () => {
    const text =
      '우리 대학 신소재공학과 김민수 교수 연구팀이 높은 습도에서도 안정적인 소자를 개발했다. (왼쪽부터) 신소재공학과 ' +
      '김민수 교수, 박지은 박사과정생, 이현우 박사후연구원. 김민수 교수는 "이번 연구는 의미가 크다"고 말했다.';
    expect(people(text, 'ko')).toEqual(['김민수', '박지은', '이현우']);
  });
  it('guard: a word qualifying the post is no name (지도 교수, 공동 연구원)', () => {
    expect(people('학생들은 지도 교수와 함께 공동 연구원 자격으로 참여했다.', 'ko')).toEqual([]);
  });
});

describe('round 13d: a Sino-Russian university’s news (深圳北理莫斯科大学)', () => {
  it('a dotted name before a role or an award’s verb, and one whose role follows it only', () => {
    const text =
      '2022级本科生米哈伊尔·索科洛夫获得二等奖。由系主任安德烈·波波夫教授和副教授王立峰担任教练。' +
      '莫斯科大学力学数学系谢尔盖·伊万诺夫教授还专程来校辅导。';
    expect(people(text, 'zh')).toEqual(['安德烈·波波夫', '王立峰', '米哈伊尔·索科洛夫', '谢尔盖·伊万诺夫'].sort());
  });
  it('guard: a dotted title or place with no role names no one', () => {
    expect(people('活动在中国·西安举行，主题为“丝路·新篇”。', 'zh')).toEqual([]);
  });
});

describe('round 13d: ocean and transport universities’ news (上海海洋大学, 澳門科技大學, Western Washington)', () => {
  it('作 before a sharing of experience, and a Latin name after a Chinese title, accents and all', () => {
    const text =
      '学院2016届硕士毕业生陈海波作经验分享。德國地球科學研究中心研究員Martin Krüger、京都大學教授佐藤健一等專家作了報告。';
    expect(people(text, 'zh')).toEqual(['Martin Krüger', '佐藤健一', '陈海波'].sort());
  });
  it('a student’s major before the name; Point ends no person’s name', () => {
    const text =
      'Global Health major Tian Yuxuan spent last summer interviewing residents. Shannon Point Marine Center ' +
      'was awarded a grant, its director said.';
    expect(people(text, 'en')).toEqual(['Tian Yuxuan']);
  });
});
