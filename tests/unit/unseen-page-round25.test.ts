// Round 25 (issue #11, session 53): the classes R164-R167 failed once they became the tuning sets (they had checked
// round 24); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { closingCredits } from '../../utils/extraction/closing-credits';
import { peopleIn } from './entity-kinds';

describe('round 25: credits of Taiwan’s department pages and of English lines spaced with no-break spaces', () => {
  it('a student’s degree and title before a credited name are no part of it', () => {
    expect(closingCredits('（文／碩士班研究生吳欣穎；攝影／黃冠宇）')?.byline).toEqual([
      { name: '吳欣穎', role: '文字' },
      { name: '黃冠宇', role: '攝影' },
    ]);
  });
  it('guard: an office holding a student’s word stays whole', () => {
    expect(closingCredits('（作者：研究生院团委）')?.byline.map((b) => b.name)).toEqual(['研究生院团委']);
  });
  it('the next credit’s word (Photos, Edited) is no part of the name before it', () => {
    expect(
      peopleIn('Written by: Lu Xiaomei\u00a0\u00a0Photos by: Huang Jian\u00a0\u00a0Edited by: Wei Lin', 'en'),
    ).toEqual(['Huang Jian', 'Lu Xiaomei', 'Wei Lin']);
  });
});

describe('round 25: people in Yunnan’s and Hainan’s college news', () => {
  it('a party branch (党总支) before its secretary is no name', () => {
    expect(peopleIn('数学与统计学院院长余建华、党总支书记孔德明带领教师开展巡回指导。', 'zh')).toEqual(
      ['余建华', '孔德明'].sort(),
    );
  });
});
