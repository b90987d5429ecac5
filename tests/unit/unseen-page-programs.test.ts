// Programs on campus pages nobody had tuned on (review R15, session 34; issue #11): made-up texts, each describe
// named after the page class it serves. Precision first: each rule reads the text's own evidence around a name.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const programs = (text: string) => namesOfKind(text, 'program');

describe('Chinese university news: a quoted policy the article builds or applies (“…”建设, “…”政策)', () => {
  it('named again, a quotation followed by 建设 or 政策 is the scheme', () => {
    const text = '学校召开“双一流”建设推进会。他指出，“双一流”建设是学校事业发展的主线。';
    expect(programs(text)).toEqual(['“双一流”建设']);
    expect(programs('“双减”政策落地一年。调查显示，“双减”政策实施效果持续显现。')).toEqual(['“双减”政策']);
  });
  it('named once, it is a national policy mentioned in passing', () => {
    expect(programs('学院依托“双一流”建设学科，服务“一带一路”建设。')).toEqual([]);
  });
  it('a quoted slogan with no such word stays a phrase', () => {
    expect(programs('学校要坚持“四个面向”，服务国家战略。')).toEqual([]);
    expect(programs('“建设”一词在文中出现多次。')).toEqual([]);
  });
});

describe('Chinese university news: a quoted plan with its version, a contest with its organiser before a dash', () => {
  it('the version stays part of the quoted name', () => {
    expect(programs('学校将依托“卓越教师培养计划2.0”，推进师范生培养。')).toEqual(['卓越教师培养计划2.0']);
  });
  it('a dash inside a quotation joins the organiser and the contest', () => {
    expect(programs('雙方亦會合辦「澳大—橫琴中醫藥青年創新創業大賽」，鼓勵青年創業。')).toEqual([
      '澳大—橫琴中醫藥青年創新創業大賽',
    ]);
  });
});

describe('Chinese research news: a national plan the team leads, undertakes or is funded by', () => {
  it('承担, 牵头 and 得到 are the evidence, and 计划项目 is the plan', () => {
    expect(programs('五年来，学校牵头承担国家重点研发计划项目86项。')).toEqual(['国家重点研发计划']);
    expect(programs('该品种的选育得到了国家重点研发计划的支持。')).toEqual(['国家重点研发计划']);
  });
});

describe('Chinese college news: a college is a body unless the text sets it up as a scheme', () => {
  it('colleges named as teams, organisers and units are no programs', () => {
    expect(programs('文学院代表队获得一等奖，历史文化学院、外国语学院代表队获得二等奖。')).toEqual([]);
    expect(programs('由预科教育学院主办的演讲比赛举行。预科教育学院院长张建军介绍了情况。')).toEqual([]);
    expect(programs('学院已与华西临床医学院、水利水电学院等单位建立联合培养机制。')).toEqual([]);
  });
  it('a college the text builds or unveils is a programme', () => {
    const text = '学校建设现代产业学院、未来技术学院等举措。现代产业学院、未来技术学院揭牌仪式同日举行。';
    expect(programs(text).sort()).toEqual(['未来技术学院', '现代产业学院']);
  });
});

describe('English university news: an initiative named by its owner and the text’s own program word', () => {
  it('a possessive ends the owner’s name and opens the program’s', () => {
    expect(programs("Students from the College of Engineering's Engineering Design Program built it.")).toEqual([
      'Engineering Design Program',
    ]);
  });
  // Dropped in session 34: one capitalised word between a possessive and the program word (Health's StrokeNet
  // program) lifted R15, where it was written, and on R16, written apart, gave only wrong names (a possessive
  // "Tomorrow's" before a one-word name). A known miss, kept as one.
  it.fails('one word between an owner’s possessive and the program word (known miss)', () => {
    expect(
      programs("The trial, funded by the National Institutes of Health's StrokeNet program, is enrolling."),
    ).toEqual(['StrokeNet']);
  });
  it('two names joined by “and the” are two, not one', () => {
    expect(
      programs('It is backed by the Schmidt Science Fellows and the Rising Talent Exchange program.'),
    ).not.toContain('Schmidt Science Fellows and the Rising Talent Exchange');
  });
  it('a degree or level owned by a college is no program name', () => {
    expect(programs("She enrolled in the college's MBA program and the university's Honors program.")).toEqual([]);
  });
  it('“for the” inside a name, and an acronym the text defines before the program word', () => {
    expect(programs('The study was funded through its Frontiers for the Future programme.')).toEqual([
      'Frontiers for the Future programme',
    ]);
    expect(programs('Officers may take modules through the NUS Lifelong Learning (L3) scheme.')).toEqual([
      'NUS Lifelong Learning (L3) scheme',
    ]);
  });
});

describe('English and French university news: a challenge, a programme named after its word, an appositive', () => {
  it('a named challenge is a competition', () => {
    expect(programs("It won a grant from the National Science Foundation's Civic Innovation Challenge.")).toEqual([
      'Civic Innovation Challenge',
    ]);
  });
  it('French names the programme after its word', () => {
    expect(programs('Le projet a été financé par le programme France 2030 et la Région.')).toEqual(['France 2030']);
  });
  it('a name explained by the text’s program word in apposition', () => {
    const text = "Teachers certified through Kahuawaiola, the college's Indigenous teacher education program, teach.";
    expect(programs(text)).toEqual(['Kahuawaiola']);
    expect(programs('Maria Lopez, a professor in the program, said it works.')).toEqual([]);
  });
});

describe('Chinese research news: quoted names that open a longer scheme', () => {
  it('quotations in a row share the program word', () => {
    expect(programs('该研究得到浙江省“尖兵”“领雁”研发攻关计划等项目的资助。')).toEqual(['“尖兵”“领雁”研发攻关计划']);
  });
  it('a platform named after a quotation keeps it', () => {
    expect(programs('会议期间还举行了“秦创原”校地协同创新平台签约仪式。')).toEqual(['“秦创原”校地协同创新平台']);
  });
});

describe('English research news: a long name before the text’s program word', () => {
  it('seven capitalised words', () => {
    const text = 'Data came from the Santa Barbara Coastal Long Term Ecological Research program at the university.';
    expect(programs(text)).toEqual(['Santa Barbara Coastal Long Term Ecological Research program']);
  });
});

describe('Dutch university news: the program word first, then the name', () => {
  it('het programma and a name with joining words', () => {
    const text =
      'Het onderzoek werd gefinancierd door NWO binnen het programma Kennis en Innovatie voor Biodiversiteit.';
    expect(programs(text)).toEqual(['Kennis en Innovatie voor Biodiversiteit']);
    expect(programs('Het project is in 2023 gestart.')).toEqual([]);
  });
});
