// Programmes known by name (issue #11, session 46): a national fund, scheme or competition is a program wherever a
// text prints it, where the rules' cues (a verb, a list, quotes) are missing.
import { describe, expect, it } from 'vitest';
import { knownPrograms } from '../../utils/entities/known-programs';
import { namesOfKind } from './entity-kinds';

const programs = (text: string, lang = 'zh') => namesOfKind(text, 'program', lang).sort();

describe('known programmes in Chinese university news (科研院, 教务处, 团委 pages)', () => {
  it('named with no cue around them: a count after, a list before 等…项目', () => {
    const text =
      '报告指出，2024年学校新立项国家重点研发计划项目（课题）42项。学校将少年班与强基计划、钱学森实验班等培养项目有机衔接。';
    expect(programs(text)).toEqual(expect.arrayContaining(['国家重点研发计划', '强基计划']));
  });
  it('printed with the quotes inside their name, the province running them and their version', () => {
    const text =
      '学生在第十九届“挑战杯”全国大学生课外学术科技作品竞赛中获奖，相关成果获北京市大学生创新创业训练计划立项5项。' +
      '学院入选卓越工程师教育培养计划2.0。';
    expect(knownPrograms(text).sort()).toEqual(
      ['“挑战杯”全国大学生课外学术科技作品竞赛', '北京市大学生创新创业训练计划', '卓越工程师教育培养计划2.0'].sort(),
    );
  });
  it('two names printed as one are one; a short form beside the full name is not shown again', () => {
    expect(knownPrograms('我院学子在第49届ICPC国际大学生程序设计竞赛亚洲区域赛斩获金奖，ICPC是…')).toEqual([
      'ICPC国际大学生程序设计竞赛',
    ]);
  });
  it('traditional text matches the names as their simplified forms', () => {
    expect(programs('本校獲教育部高教深耕計畫及大學社會責任實踐計畫補助。', 'zh-Hant')).toEqual(
      expect.arrayContaining(['大學社會責任實踐計畫', '高教深耕計畫']),
    );
  });
  it('guard: an abbreviation in brackets after its full name is not one more programme', () => {
    expect(programs('本校大學社會責任實踐計畫（USR）成果展於4月15日展出。', 'zh-Hant')).toEqual([
      '大學社會責任實踐計畫',
    ]);
  });
});

describe('known programmes in English and other languages (newsrooms, research offices)', () => {
  it('named in a sentence, a Latin name standing as a word of its own', () => {
    const text =
      'She received a Research Experiences for Undergraduates grant and applied to Horizon Europe with partners.';
    expect(knownPrograms(text).sort()).toEqual(['Horizon Europe', 'Research Experiences for Undergraduates']);
  });
  it('guard: a name inside a longer word is none (Veni in Venice), nor is a lower-case phrase', () => {
    expect(knownPrograms('The team travelled to Venice to study pell grants of salt marshes.')).toEqual([]);
  });
});
