import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Session 28 (review 28, R1 #9): a program's name stops at 由 (the research by …) and 获 (… received), in
// traditional text, which the rules read folded to simplified, as in simplified. Made-up texts; each test names the
// page class it serves.
const programs = (text: string) => namesOfKind(text, 'program');

describe('a Hong Kong university news page in traditional Chinese (hk-news-traditional.html)', () => {
  it('研究由工程學院…: no program "研究由工程學院"; the school stays an organization', () => {
    const text = '研究由工程學院陳志明教授領導。陳志明教授表示，團隊花了三年時間測試不同材料。';
    expect(programs(text)).toEqual([]);
    expect(namesOfKind(text, 'organization')).toContain('工程學院');
  });
  it('該項目獲創新科技基金資助: the fund is the program, not "項目獲創新科技基金"', () => {
    const text = '該項目獲創新科技基金資助，團隊計劃明年在離島進行實地測試，並與本地企業合作推廣。';
    expect(programs(text)).toEqual(['創新科技基金']);
  });
});

describe('a Chinese university news page in simplified Chinese, the same sentences', () => {
  it('stops at 由 and 获 too', () => {
    expect(programs('研究由工程学院陈志明教授领导。')).toEqual([]);
    expect(programs('该项目获创新科技基金资助。')).toEqual(['创新科技基金']);
  });
  it('keeps names where 由 and 获 are inside a word (自由, 收获)', () => {
    expect(programs('学校启动自由探索计划。')).toEqual(['自由探索计划']);
    expect(programs('学校实施丰收获益工程。')).toEqual(['丰收获益工程']);
  });
});
