import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Session 27 (issue #11): classes of programs, each rule kept only if no check row of the key-names tables fell
// (docs/extraction.md, "Programs, session 27"). Made-up texts; each test names the page class it serves.
const programs = (text: string) => namesOfKind(text, 'program');

describe('what is no program (precision)', () => {
  it('a Chinese news page on a project whose generic tail is quoted once (城市轨道交通项目 in 某市城市轨道交通项目)', () => {
    // The tail is printed twice, but once only inside the longer name: named once on its own, behind a quote.
    const text =
      '巡视组指出“城市轨道交通项目投资过大，论证不够”。随后，市里召开关于暂停临江市城市轨道交通项目的专题会议。';
    const found = programs(text);
    expect(found).toContain('临江市城市轨道交通项目');
    expect(found).not.toContain('城市轨道交通项目');
  });
  it('a Chinese finance report on the federal funds rate (联邦基金利率): a market term, no fund', () => {
    const text = '美联储在声明中强调维持联邦基金利率目标区间不变，以评估更多信息。';
    expect(programs(text)).toEqual([]);
  });
  it('still a named fund when the fund word ends the name (上市莞企发展投资基金)', () => {
    const text = '东莞设立上市莞企发展投资基金，首期规模50亿元。上市莞企发展投资基金由市属国企出资。';
    expect(programs(text)).toContain('上市莞企发展投资基金');
  });
});
