// Programs on campus pages nobody had tuned on (review R19, session 35 round 2; issue #11): made-up texts, each
// describe named after the page class it serves. Precision first: each rule reads an edge many sites print — a verb
// of the clause (依托, 开展), a generic tail after a quotation (后续项目, 三级竞赛), a centre or base as a body, an owner's
// possessive, an office after a program word, a degree's field after "in".
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const programs = (text: string, lang?: string) => namesOfKind(text, 'program', lang).sort();

describe('Chinese university news: the clause around a plan is no part of its name', () => {
  it('依托 and 开展 end the text before a name; 工程 of 工程实践/工程硕士 is no program word', () => {
    expect(programs('学生依托国家重点研发计划“智能电网”重点专项开展工程实践，累计培养工程硕士300余人。')).toEqual([
      '“智能电网”重点专项',
      '国家重点研发计划',
    ]);
  });
  it('a program word running on into 行动计划 or 专项行动 is read whole', () => {
    expect(programs('团队依托“西北旱区节水灌溉行动计划”，推进“乡村振兴”人才培养专项行动。')).toEqual([
      '“乡村振兴”人才培养专项行动',
      '西北旱区节水灌溉行动计划',
    ]);
  });
  it('a Latin-and-digit brand opens a quoted name (“C929…专项”)', () => {
    expect(programs('双方联合实施“C929青年工程师联合培养专项”。')).toEqual(['C929青年工程师联合培养专项']);
  });
});

describe('Chinese university news: tails after a quotation that name no program', () => {
  it('a quoted plan’s 国家级项目 or 项目 names the plan, a follow-up or a count of levels names none', () => {
    expect(
      programs(
        '学生依托“大学生创新创业训练计划”国家级项目开展研究，并申报“新型显示”后续项目，学院构建“院赛—校赛—省赛”三级竞赛体系。',
      ),
    ).toEqual(['大学生创新创业训练计划']);
  });
  it('a quotation printed on its own elsewhere is not merged into the next name', () => {
    expect(
      programs(
        '第十届“挑战杯”全国大学生课外学术科技作品竞赛举行。学院将“挑战杯”“创青春”全国大学生创业大赛纳入学分认定。',
      ),
    ).toEqual(['“创青春”全国大学生创业大赛', '“挑战杯”全国大学生课外学术科技作品竞赛']);
  });
  it('“…”项目 said short after the full quoted name is not another program', () => {
    expect(
      programs('本年度设“丝路”青年人才项目、乡村振兴专项和国际合作计划项目三类。其中，“丝路”项目须与企业联合申报。'),
    ).toEqual(['“丝路”青年人才项目', '乡村振兴专项', '国际合作计划']);
  });
});

describe('Chinese university news: bases and quoted centres are places and bodies', () => {
  it('a base is no program, set up or quoted; a quoted centre is a body whole', () => {
    expect(programs('学院获批建设“新工科”建设重点实践基地，共建“航空装备”联合培养基地。')).toEqual([]);
    expect(programs('依托“区域经济协同发展协同创新中心”等平台，面向“强基计划”开展培养。')).toEqual(['强基计划']);
  });
});

describe('English university news: where a program’s name starts and ends', () => {
  it('to joins a name’s words; an owner’s possessive before an appositive name is dropped', () => {
    expect(programs('A grant from the EPA’s Science to Achieve Results program pays for two technicians.')).toEqual([
      'Science to Achieve Results program',
    ]);
    expect(
      programs('The study is funded through the NIH’s HEAL Collaboratory, a program funded by the agency.'),
    ).toEqual(['HEAL Collaboratory']);
    expect(programs('Members discussed Bears for Housing Security, a peer mentoring program.')).toEqual([
      'Bears for Housing Security',
    ]);
  });
  it('a Programme for … keeps its field; a Programme Office is an office', () => {
    expect(programs('She holds a grant from the Foundation’s Incentive Programme for Rated Researchers.')).toEqual([
      'Incentive Programme for Rated Researchers',
    ]);
    expect(programs('Dr Rao, Director, Outreach Building Programme Office, spoke at the launch.')).toEqual([]);
  });
});

describe('English university news: degree programmes with their field', () => {
  it('BSc in, M.Tech in, a PhD programme in, a Bachelor with Honours in', () => {
    expect(
      programs('She is a graduate of the college’s BSc in Genetics and of the Structured PhD programme in Zoology.'),
    ).toEqual(['BSc in Genetics', 'Structured PhD programme in Zoology']);
    expect(programs('Students of the M.Tech in Mechanical Engineering joined the team.')).toEqual([
      'M.Tech in Mechanical Engineering',
    ]);
    expect(programs('Students in the Bachelor of Science with Honours in Marine Biology took part.')).toEqual([
      'Bachelor of Science with Honours in Marine Biology',
    ]);
  });
});

describe('English university news: dated plans and policies, and hackathons', () => {
  it('a year dates a Plan, Policy or Framework; an undated Strategic Plan is any body’s', () => {
    expect(
      programs('The work supports the Murray 2040 Water Sharing Plan and the National Space Policy 2024.'),
    ).toEqual(['Murray 2040 Water Sharing Plan', 'National Space Policy 2024']);
    expect(programs('In 2024 the council adopted the Strategic Plan.')).toEqual([]);
  });
  it('a named hackathon is a competition', () => {
    expect(programs('The lab will run the annual Harbour Logistics Hackathon.')).toEqual([
      'Harbour Logistics Hackathon',
    ]);
  });
});

describe('Chinese and Hong Kong release: recurring weeks and forums, Latin letters inside a quoted name', () => {
  it('an edition or a yearly run names a quoted week; an em dash may join an edition’s forum name', () => {
    expect(programs('學院舉辦第二屆「東南亞文化交流週」，學生並參與每年舉辦的「校園科創週」。', 'zh-Hant')).toEqual([
      '東南亞文化交流週',
      '校園科創週',
    ]);
    expect(programs('第三届中国—中亚教育合作论坛在我校开幕。第二届学术周一举行。')).toEqual(['中国—中亚教育合作论坛']);
  });
  it('a quoted name may hold Latin letters between its characters (「全校AI通識計劃」)', () => {
    expect(programs('大學今日宣布推出「全校AI通識計劃」，全體本科生必修。', 'zh-Hant')).toEqual(['全校AI通識計劃']);
  });
});
