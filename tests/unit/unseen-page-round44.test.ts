// Round 44 (issue #11, session 61): the classes R248-R251 failed once they became the tuning sets (they had checked
// round 43); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseByline } from '../../utils/extraction/meta-line';
import { viewCounterNear } from '../../utils/extraction/view-counter';
import { programsIn } from './entity-kinds';

describe('round 44: Chinese programmes (a project’s title in 《》)', () => {
  it('titles in 《》 after 项目 and a team’s', () => {
    const text =
      '我校获得一等奖的两个项目分别为《肠道菌群代谢产物调控肝纤维化的机制研究》和《靶向铁死亡逆转肺癌耐药的实验设计》。' +
      '郭子瑞团队的《基于机器视觉的转炉终点碳含量在线预测系统》获得特等奖。';
    expect(programsIn(text, 'zh-Hans')).toEqual(
      [
        '肠道菌群代谢产物调控肝纤维化的机制研究',
        '靶向铁死亡逆转肺癌耐药的实验设计',
        '基于机器视觉的转炉终点碳含量在线预测系统',
      ].sort(),
    );
  });
  it('guard: a work’s title (作品《…》) is an entry, not a programme', () => {
    expect(programsIn('他的作品《一碗面的时间》获得一等奖。', 'zh-Hans')).toEqual([]);
  });
});

describe('round 44: English programmes (a grant’s name with the program word, an ʻokina, an acronym’s hyphen)', () => {
  it('a name with its own program word keeps the word printed after it', () => {
    const text = 'Growers can apply to the Soybean Innovation Grant program, which funds field trials each year.';
    expect(programsIn(text, 'en')).toEqual(['Soybean Innovation Grant program']);
  });
  it('guard: a degree after its kind keeps no program word (Accelerated Bachelor of Science in Nursing)', () => {
    const text = 'She entered the Accelerated Bachelor of Science in Nursing program in 2022.';
    expect(programsIn(text, 'en')).toEqual(['Accelerated Bachelor of Science in Nursing']);
  });
  it('a Hawaiian name with its ʻokina', () => {
    const text = 'The work is part of the Hawaiʻi Rare Plant Recovery Initiative, which protects native species.';
    expect(programsIn(text, 'en')).toEqual(['Hawaiʻi Rare Plant Recovery Initiative']);
  });
  it('a defined acronym with a hyphen between the name and its program word', () => {
    const text = 'Clinics joined the Rural Health Outreach (RHO-P) program last spring.';
    expect(programsIn(text, 'en')).toEqual(['Rural Health Outreach (RHO-P) program']);
  });
});

describe('round 44: credits and counters (roles inside a credit’s value, a details table’s row)', () => {
  it('an editor’s and a reviewer’s role inside the picture credit’s value', () => {
    expect(parseByline('通讯员 刘畅　图/王博　责任编辑 周丽娜　审核 韩东').map((b) => b.name)).toEqual([
      '王博',
      '周丽娜',
      '韩东',
    ]);
  });
  it('a details table’s counter row beats the site’s visitor count in a footer', () => {
    const doc = new JSDOM(
      '<div class="row"><div class="col-9"><h1>靜宜大學舉辦教學創新成果發表會</h1><p>本校舉辦發表會。</p></div>' +
        '<div class="col-3"><table><tr><th>發佈日期</th><td>2024-03-21</td></tr><tr><th>瀏覽次數</th><td>428</td></tr>' +
        '</table></div></div><div class="footer"><p class="visitor">瀏覽人次：<span>28,734,105</span></p></div>',
    ).window.document;
    expect(viewCounterNear(doc.querySelector('h1'))).toBe(428);
  });
});
