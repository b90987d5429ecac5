// Programs on campus pages nobody had tuned on (review R16, session 34; issue #11): made-up texts, each describe
// named after the page class it serves. Each rule reads evidence many sites print: a verb or a year before the
// name, a quoted sub-project or version after it, the head words of funding schemes.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const programs = (text: string) => namesOfKind(text, 'program');
const people = (text: string) => namesOfKind(text, 'person');

describe('Chinese research news: a verb or a year before a national plan is no part of its name', () => {
  it('主持, 申报 and 透过/通过 introduce the plan', () => {
    expect(programs('近年来，她先后主持国家社会科学基金等课题。')).toEqual(['国家社会科学基金']);
    expect(programs('学院将积极组织申报国家重点研发计划和省级项目。')).toEqual(['国家重点研发计划']);
    expect(programs('該研究由特區政府透過澳門科學技術發展基金資助。')).toEqual(['澳門科學技術發展基金']);
  });
  it('a year’s 年度 ends the date, and a grant’s class (一般项目, 重点支持项目) is no name', () => {
    expect(programs('基金委公布2026年度区域创新发展联合基金评审结果，学校获批重点支持项目2项。')).toEqual([
      '区域创新发展联合基金',
    ]);
    expect(programs('二、申报类别：本年度设一般项目和青年项目。')).toEqual([]);
  });
});

describe('Chinese research news: a national plan named with its sub-project or its version', () => {
  it('a plan followed by a quoted sub-project is named, and the sub-project too', () => {
    expect(programs('团队的成果来自国家重点研发计划“智能农机装备”重点专项。').sort()).toEqual([
      '“智能农机装备”重点专项',
      '国家重点研发计划',
    ]);
  });
  it('a version printed after an unquoted plan is part of it', () => {
    expect(programs('学院以卓越工程师教育培养计划2.0为抓手推进改革。')).toEqual(['卓越工程师教育培养计划2.0']);
  });
});

describe('Chinese university news: quoted names with digits, bodies named after them, long competitions', () => {
  it('a quoted plan with digits is a program; a centre named after it is a body', () => {
    expect(programs('学校依托“2011计划”协同创新中心开展攻关，并入选“101计划”。').sort()).toEqual([
      '101计划',
      '2011计划',
    ]);
  });
  it('a competition’s long name after its quoted brand', () => {
    expect(programs('同学们积极参加“挑战杯”全国大学生课外学术科技作品竞赛。')).toEqual([
      '“挑战杯”全国大学生课外学术科技作品竞赛',
    ]);
  });
  it('a 国家工程研究中心 is a body, not a 工程', () => {
    expect(programs('他在新型电池材料国家工程研究中心指导学生。')).toEqual([]);
  });
});

describe('Traditional Chinese release: quoted 方案 and 研究金, a 基金計劃 named once', () => {
  it('a quoted 方案 or 研究金 is a scheme, a place’s 方案 a slogan', () => {
    expect(programs('團隊獲「優配研究金」資助，並參與「半導體人才培育方案」。').sort()).toEqual([
      '優配研究金',
      '半導體人才培育方案',
    ]);
    expect(programs('学校为城市治理贡献“上海方案”。')).toEqual([]);
  });
  it('a 基金計劃 is one plan, not also its 基金', () => {
    expect(programs('三家初創公司獲「校園創業基金計劃」支持。')).toEqual(['校園創業基金計劃']);
  });
});

describe('English research news: grants, fellowships, schemes and strategies', () => {
  it('named grants, fellowships, schemes, strategies and partnerships are programs', () => {
    const text =
      "She holds an ERC Starting Grant and the institute's Industry Doctoral Fellowship. Students enter through the " +
      "Pacific Access Scheme. It is part of Canada's National Hydrogen Strategy and the Clean Steel Partnership.";
    expect(programs(text).sort()).toEqual([
      'Clean Steel Partnership',
      'ERC Starting Grant',
      'Industry Doctoral Fellowship',
      'National Hydrogen Strategy',
      'Pacific Access Scheme',
    ]);
  });
  it('a kind of award is no name', () => {
    expect(programs("He was named to the Governor's Research Fellowship, and the National Strategy was set.")).toEqual(
      [],
    );
  });
});

describe('English university news: where a name starts and ends', () => {
  it('initials, an en dash and accented letters stay inside the name', () => {
    expect(programs('She won a Fulbright U.S. Scholar Program award.')).toEqual(['Fulbright U.S. Scholar Program']);
    expect(programs('He holds an SMU–EDB Graduate Scholarship.')).toEqual(['SMU–EDB Graduate Scholarship']);
    expect(programs('Mentors in the Māori and Pacific Admission Scheme help.')).toEqual([
      'Māori and Pacific Admission Scheme',
    ]);
  });
  it('a heading’s “About the” is no part of the name', () => {
    expect(programs('About the National Digital Research Program\nThe program funds labs.')).toEqual([
      'National Digital Research Program',
    ]);
  });
  it('a role after the text’s program word opens a person’s name, not an initiative’s', () => {
    expect(programs('The new aid program, Interim President J. Larry Jameson said, starts now.')).toEqual([]);
  });
});

describe('German and Japanese university news', () => {
  it('a hyphenated -Programm name is a program, not a person', () => {
    const text = 'Die Forschenden können sich für das Heinz Maier-Leibnitz-Programm bewerben.';
    expect(programs(text)).toEqual(['Heinz Maier-Leibnitz-Programm']);
    expect(people(text)).toEqual([]);
  });
  it('a name in 「」 or 『』 ending in 事業, プログラム or プロジェクト', () => {
    const text = '本研究は「スマート農業実証プロジェクト」および『次世代研究者挑戦的研究プログラム』の支援を受けた。';
    expect(programs(text).sort()).toEqual(['スマート農業実証プロジェクト', '次世代研究者挑戦的研究プログラム']);
  });
});
