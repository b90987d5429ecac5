// Programs on campus pages nobody had tuned on (review R18, session 35; issue #11): made-up texts, each describe
// named after the page class it serves. Each rule reads evidence many sites print: the word that closes another
// word (工程师, 工程大学, 基金委), a verb or a count before a name, an edition or a quotation around a forum's name,
// an office that names an award, an honorific before a person.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const programs = (text: string, lang?: string) => namesOfKind(text, 'program', lang).sort();

describe('Chinese university news: a program word inside a longer word or a body', () => {
  it('工程 of a university’s name or of 工程师 ends no program', () => {
    expect(programs('来自哈尔滨工程大学、东北农业大学等21所高校的作品参赛。')).toEqual([]);
    expect(programs('学校深入实施“强基计划”和卓越工程师教育培养计划，推进书院建设。')).toEqual([
      '卓越工程师教育培养计划',
      '强基计划',
    ]);
  });
  it('a fund opening an award’s or an agency’s name is neither program', () => {
    expect(programs('他曾获何梁何利基金科学与技术创新奖。')).toEqual([]);
    expect(programs('学校举行了国家留学基金委“创新型人才国际合作培养项目”推介会。')).toEqual([
      '创新型人才国际合作培养项目',
    ]);
  });
  it('a key lab or a research centre is a body, even set up or quoted', () => {
    expect(programs('学校入选“部省合建”高校，绿色农药全国重点实验室获批建设。')).toEqual([]);
    expect(programs('學院獲資助成立「中醫藥循證及創新研究中心」，推動臨床研究。', 'zh-Hant')).toEqual([]);
  });
});

describe('Chinese university news: what a name does not start with', () => {
  it('新增, 健全 and a batch after the verb are no part of a name', () => {
    expect(programs('新增国家自然科学基金重大项目2项。')).toEqual(['国家自然科学基金']);
    expect(programs('学院建立健全科研项目培育机制。')).toEqual([]);
  });
  // Unquoted tracks are no programmes since session 56 (no label names one): 设 opens no name either way.
  it('a competition sets up its tracks: 设 is no part of the track, and the tracks name no programme', () => {
    expect(programs('大赛设高教主赛道、职教赛道和产业命题赛道。')).toEqual([]);
  });
});

describe('Chinese university news: named recurring forums and lecture series', () => {
  it('第N届 + a forum’s name, a quoted forum or lecture series', () => {
    expect(programs('第二届“中朝韩俄蒙”东北亚青年学术论坛在延吉举行。')).toEqual(['“中朝韩俄蒙”东北亚青年学术论坛']);
    expect(programs('第七届“黔山论坛”在贵阳开幕。')).toEqual(['黔山论坛']);
    expect(programs('“化工名家讲坛”第48讲在徐汇校区举行。')).toEqual(['化工名家讲坛']);
  });
});

describe('Traditional Chinese release: 「」 names with a brand, a year or a long head', () => {
  it('a Latin brand, a year after the name, a name of up to 18 characters', () => {
    const text =
      '學院獲「InnoHK創新香港研發平台」資助，配合「大學策略計劃2028」，推動「中醫藥傳承創新發展示範試點工程」。';
    expect(programs(text, 'zh-Hant')).toEqual([
      'InnoHK創新香港研發平台',
      '中醫藥傳承創新發展示範試點工程',
      '大學策略計劃2028',
    ]);
    expect(programs('由旅遊學院主辦的「澳門國際旅遊教育論壇2026」今日開幕。', 'zh-Hant')).toEqual([
      '澳門國際旅遊教育論壇2026',
    ]);
  });
});

describe('English research news: schemes an office, a scholar or the EU names', () => {
  it('a university head’s or a prime minister’s award keeps the office; a kind alone is no name', () => {
    expect(programs("She came to the university on a Vice-Chancellor's Postdoctoral Fellowship last year.")).toEqual([
      "Vice-Chancellor's Postdoctoral Fellowship",
    ]);
    // The acronym defined beside it is a name of its own only where the text uses it again (session 38).
    expect(programs("He is supported under the Prime Minister's Research Fellowship (PMRF) scheme.")).toEqual([
      "Prime Minister's Research Fellowship",
    ]);
    expect(
      programs("He is supported under the Prime Minister's Research Fellowship (PMRF) scheme. PMRF pays his fees."),
    ).toEqual(['PMRF', "Prime Minister's Research Fellowship"]);
  });
  it('a named Scholar holds a scheme; a visiting scholar does not', () => {
    expect(programs('She was later a Mandela Rhodes Scholar, and he a Visiting Scholar in Oslo.')).toEqual([
      'Mandela Rhodes Scholar',
    ]);
  });
  it('the EU’s Actions and a plus-marked programme', () => {
    expect(programs('Placements run through the Erasmus+ programme and the Marie Skłodowska-Curie Actions.')).toEqual([
      'Erasmus+',
      'Marie Skłodowska-Curie Actions',
    ]);
  });
});

describe('English university news: a person is no grant, a certificate is a programme', () => {
  it('an honorific opens a person’s name', () => {
    expect(programs('Dr Oliver Grant from the School of Geography received a Fast-Start grant.')).toEqual([]);
  });
  it('a defined acronym before the program word stays inside the name', () => {
    expect(programs('The Faculty Early Career Development (CAREER) Program supports young faculty.')).toEqual([
      'Faculty Early Career Development (CAREER) Program',
    ]);
  });
  it('a graduate certificate or diploma in a field', () => {
    expect(
      programs('Courses include a Graduate Certificate in Sustainable Finance and a Graduate Diploma in Law.'),
    ).toEqual(['Graduate Certificate in Sustainable Finance', 'Graduate Diploma in Law']);
  });
});

describe('Chinese competition notices: a plan’s level, its projects and a special class', () => {
  it('a level before a plan is no part of its name, and the plan is named at it', () => {
    expect(programs('参赛项目须为国家级、省级大学生创新创业训练计划项目。')).toEqual(['大学生创新创业训练计划']);
  });
  it('项目 after a quoted plan’s 专项 names its projects; a 专项赛 is read whole', () => {
    expect(programs('学校承担国家重点研发计划“智能农机装备”重点专项项目3项。')).toEqual([
      '“智能农机装备”重点专项',
      '国家重点研发计划',
    ]);
    expect(programs('学院组织学生参加“揭榜挂帅”专项赛。')).toEqual(['“揭榜挂帅”专项赛']);
  });
  it('a quoted 实验班 is a programme; a quoted incubation base is a place', () => {
    expect(programs('学院依托“钱学森创新实验班”，在“启航”创业孵化基地孵化项目。')).toEqual(['钱学森创新实验班']);
  });
});

describe('English and German releases: initiatives the text names without a program word in the name', () => {
  it('two names sharing a plural program word', () => {
    expect(programs('The kit was built under the Make in India and Atmanirbhar Bharat initiatives.')).toEqual([
      'Atmanirbhar Bharat',
      'Make in India',
    ]);
  });
  it('a name and a year the text calls a strategy or strategic plan', () => {
    expect(
      programs("The award reflects the University's Aberdeen 2040 strategy and the SMU 2025 strategic plan."),
    ).toEqual(['Aberdeen 2040', 'SMU 2025']);
  });
  it('one capitalised word after "project, called"', () => {
    expect(programs('The four-year project, called REPURPOSE, brings together 14 partners.')).toEqual(['REPURPOSE']);
  });
  it('a funder’s initials before -Programm are no name; the name after them is', () => {
    expect(programs('Zudem kooperiert das Projekt mit dem EU-Programm Horizon Europe.', 'de')).toEqual([
      'Horizon Europe',
    ]);
  });
});
