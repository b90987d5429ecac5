import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities/find-entities';
import { namesOfKind } from './entity-kinds';

const seed = readFileSync('tests/fixtures/seed-text.txt', 'utf-8');
const found = findEntities(seed);
const people = found.filter((e) => e.kind === 'person');
const programs = found.filter((e) => e.kind === 'program').map((e) => e.text);

// The seed article's 13 named people (with the role printed beside each) and 7 programs, read by hand.
const PEOPLE: [string, string][] = [
  ['卢建军', '党委书记'],
  ['郭东明', '校长'],
  ['舒歌群', '党委书记'],
  ['马欣', '副省长'],
  ['王绚', '副主席'],
  ['辛保安', '党组书记'],
  ['温枢刚', '党组书记'],
  ['方光华', '副省长'],
  ['岳华峰', '党工委书记'],
  ['蒋庄德', '院士'],
  ['田博文', '硕士研究生'],
  ['王树国', '校长'],
  ['习近平', '总书记'],
];
const PROGRAMS = [
  '“6352”工程',
  '“产教融合、协同育人”创新工程',
  '现代产业学院',
  '未来技术学院',
  '全球校友协同创新中心',
  '秦创原创新驱动平台',
  '西部科技创新港',
];
const ORGS = [
  '西安交通大学',
  '中国科学技术大学',
  '大连理工大学',
  '国家电网有限公司',
  '中国华电集团有限公司',
  '中国华电集团',
  '中广核研究院',
  '中国风险投资有限公司',
  '中国科学院',
  '中国工程院',
  '教育部',
  '电信学部',
  '新闻中心',
];
const GENERIC = [
  '会议',
  '大会',
  '主持会议',
  '出席大会',
  '涵英楼南广场',
  '新华社',
  '中央广播电视总台',
  '陕西日报',
  '联合研发中心',
];

describe('entities of the seed article', () => {
  it('finds at least 12 of its 13 people, with their printed roles', () => {
    const hits = PEOPLE.filter(([name, role]) => people.some((p) => p.text === name && p.role === role));
    expect(hits.length, `missing: ${PEOPLE.filter((x) => !hits.includes(x)).map((x) => x[0])}`).toBeGreaterThanOrEqual(
      12,
    );
  });
  it('finds at least 6 of its 7 programs', () => {
    expect(PROGRAMS.filter((p) => programs.includes(p)).length).toBeGreaterThanOrEqual(6);
  });
  it('flags no generic phrase, place or media outlet', () => {
    expect(found.map((e) => e.text).filter((t) => GENERIC.some((g) => t.includes(g)))).toEqual([]);
  });
  it('flags nothing that is not a person, program or organization of the article', () => {
    const known = new Set([...PEOPLE.map((p) => p[0]), ...PROGRAMS, '秦创原平台', ...ORGS]);
    expect(found.map((e) => e.text).filter((t) => !known.has(t))).toEqual([]);
  });
  it('counts mentions', () => {
    expect(found.find((e) => e.text === '卢建军')?.count).toBe(2);
    expect(found.find((e) => e.text === '“6352”工程')?.count).toBe(4);
  });
});

describe('English entities', () => {
  const text =
    'Provost David Okafor said the Climate Project will fund the Undergraduate Research Opportunities Program. "It works," said Professor Maria Chen of the Energy Systems Lab in Kresge Auditorium.';
  const e = findEntities(text);
  it('finds people with titles and programs, not places', () => {
    expect(
      e
        .filter((x) => x.kind === 'person')
        .map((x) => [x.text, x.role])
        .sort(),
    ).toEqual([
      ['David Okafor', 'Provost'],
      ['Maria Chen', 'Professor'],
    ]);
    expect(
      e
        .filter((x) => x.kind === 'program')
        .map((x) => x.text)
        .sort(),
      // A lab is no program since session 17 (find-programs.ts).
    ).toEqual(['Climate Project', 'Undergraduate Research Opportunities Program']);
    expect(e.map((x) => x.text)).not.toContain('Kresge Auditorium');
  });
});

describe('organizations', () => {
  it('names bodies in full, cut after the verb or preposition before them', () => {
    const e = findEntities(
      '会议由党委组织部主持，信息化建设管理服务中心参加。他指出，南京大学和北京大学经济学院将与国家电网有限公司合作。感谢教育部。',
    );
    expect(
      e
        .filter((x) => x.kind === 'organization')
        .map((x) => x.text)
        .sort(),
    ).toEqual(['北京大学经济学院', '南京大学', '国家电网有限公司', '教育部', '党委组织部'].sort());
    // A centre with no parent or place in front is too weak to highlight (session 16), and is no program either.
    expect(e.map((x) => x.text)).not.toContain('信息化建设管理服务中心');
  });
  it('keeps new schools and centres of an initiative as programs, not organizations', () => {
    const e = findEntities('学校成立未来技术学院，建设全球校友协同创新中心。');
    expect(e.map((x) => [x.text, x.kind])).toEqual(
      expect.arrayContaining([
        ['未来技术学院', 'program'],
        ['全球校友协同创新中心', 'program'],
      ]),
    );
    expect(e.filter((x) => x.kind === 'organization')).toEqual([]);
  });
  it('reads English institutions without possessives, places or titles that follow', () => {
    const e = findEntities(
      "He chaired the University of Chicago's department and taught at George Washington University in St. Louis. School of Education Dean Deborah Stipek spoke.",
    );
    expect(
      e
        .filter((x) => x.kind === 'organization')
        .map((x) => x.text)
        .sort(),
    ).toEqual(['George Washington University', 'School of Education', 'University of Chicago']);
  });
});

describe('English people from what the text says about them', () => {
  const people = (text: string) =>
    findEntities(text)
      .filter((x) => x.kind === 'person')
      .map((x) => x.text)
      .sort();
  it('a middle initial, a role before, an apposition or the surname used again', () => {
    expect(
      people(
        'Co-authors include Max L. Balter. "It works," said lead author Josh Leipheimer. Jan Eliasson, Ambassador of Sweden, came. Norman Nie runs it; Nie founded SPSS.',
      ),
    ).toEqual(['Jan Eliasson', 'Josh Leipheimer', 'Max L. Balter', 'Norman Nie']);
  });
  it('a name listed beside a person, but not a sentence-opening word or a role', () => {
    expect(
      people(
        'Professor Ann Lee, Carl Berg and Dana Wu wrote it. Decrease Linux use, said the Prime Minister. Give Windows away; give it up.',
      ),
    ).toEqual(['Ann Lee', 'Carl Berg', 'Dana Wu']);
  });
});

// Classes of wrong and missed names seen on unseen pages (issue #11); each line names the class it serves.
describe('names on unseen pages', () => {
  const kinds = namesOfKind;
  it.each([
    ['a mountain', 'Researchers climbed Mount Rainier, said the team, and Mount Rainier was cold.'],
    ['a lake', 'Samples from Crater Lake were analysed; Crater Lake is deep, said the authors.'],
    ['an image credit', 'Photo: Getty Images. The students met in the hall.'],
    [
      'a field name',
      'The Public Health faculty and the Machine Learning group met. Health was the topic, said Dean Li.',
    ],
    [
      'a region whose last word recurs alone',
      'Scholars of the Middle East and the Near East met. East and West differ.',
    ],
  ])('%s is not a person', (_class, text) => {
    expect(kinds(text, 'person')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Mount|Lake|Getty|Public Health|Machine Learning|East/)]),
    );
  });
  it('a person with a title, a role or "said" is still one', () => {
    const text = 'Professor Jane Whitfield led the study. "It works," said Tom Okafor, a researcher in physics.';
    expect(kinds(text, 'person')).toEqual(expect.arrayContaining(['Jane Whitfield', 'Tom Okafor']));
  });
  it.each([
    ['a competition (大赛)', '学生在中国国际大学生创新大赛中获得金奖。', '中国国际大学生创新大赛'],
    ['a competition (竞赛)', '我校学子在全国大学生数学建模竞赛中获奖。', '全国大学生数学建模竞赛'],
    // A track is one after its quoted programme's name; unquoted, no label names one (session 56).
    ['a quoted programme’s track (赛道)', '团队入围“青年红色筑梦之旅”赛道决赛。', '青年红色筑梦之旅'],
    ['a named scheme (“…”制度)', '学校推行“双导师”制度。', '“双导师”制度'],
  ])('%s is a program', (_class, text, name) => expect(kinds(text, 'program')).toContain(name));
  it.each([
    ['a general scheme', '学校建立长效机制，完善管理制度。'],
    ['a working mechanism', '各单位要健全工作机制。'],
    ['an unquoted scheme', '国家实行监察官制度，完善培养机制。'],
  ])('%s is not a program', (_class, text) => expect(kinds(text, 'program')).toEqual([]));
  it.each([
    ['a bachelor’s degree', 'She earned a Bachelor of Science in Nursing in 2020.', 'Bachelor of Science in Nursing'],
    ['a master’s degree', 'The new Master of Public Health opens in the fall.', 'Master of Public Health'],
  ])('%s is a program', (_class, text, name) => expect(kinds(text, 'program')).toContain(name));
  it.each([
    [
      'a photo credit run into the next sentence',
      'A prototype of the device. Photo: Unnati Chauhan In the future, robots could draw blood.',
      'Unnati Chauhan',
    ],
    [
      'minutes signed with the role after the name',
      'The meeting was adjourned. Respectfully submitted, Susan W. Schofield Academic Secretary to the University',
      'Susan W. Schofield',
    ],
    [
      'a speaker page with the role after the name',
      'Summit remarks. The Honorable William S. Cohen Chairman and CEO The Cohen Group spoke first.',
      'William S. Cohen',
    ],
    [
      'a role noun before the name in one capitalised run',
      'He said the word had been removed from General Counsel Debra Zumwalt and her office.',
      'Debra Zumwalt',
    ],
    ['a lower-case role before the name', 'The panel included visiting professor Sharyn Okonkwo.', 'Sharyn Okonkwo'],
    [
      'a degree printed with a space (Ph. D.)',
      'Essays on teaching. Antoinette Halsey, Ph. D. in counselling, looks back.',
      'Antoinette Halsey',
    ],
  ])('%s: the person is found', (_class, text, name) => expect(kinds(text, 'person')).toContain(name));
  it.each([
    [
      'a nationality glued to a title',
      'Speakers included German Deputy Minister Klaus Berger and others.',
      'German Deputy',
    ],
    [
      'a state glued to a title',
      'A lawsuit was supported by California Attorney General Lockyer.',
      'California Attorney',
    ],
  ])('%s is not a person', (_class, text, wrong) => expect(kinds(text, 'person')).not.toContain(wrong));
  it.each([
    [
      'an exercise named in apposition',
      'The school co-hosted a table-top exercise, Atlantic Storm, that simulated an attack.',
      'Atlantic Storm',
    ],
    [
      'an initiative that reads like a centre',
      'A new initiative - the Scottish Centre for Research on Families and Relationships - has been funded.',
      'Scottish Centre for Research on Families and Relationships',
    ],
    ['a program "called" by name', 'Students join a program called Upward Bound each summer.', 'Upward Bound'],
  ])('English initiative without a program word, %s, is a program', (_class, text, name) => {
    expect(kinds(text, 'program')).toContain(name);
    expect(kinds(text, 'organization')).not.toContain(name);
  });
  it('a university named after "the project," is not an initiative', () => {
    const text = 'Funding for the project, University of Edinburgh researchers said, came from the council.';
    expect(kinds(text, 'program')).not.toContain('University of Edinburgh');
  });
  it('a centre the text does not call an initiative stays an organization', () => {
    const text = 'She works at the Scottish Centre for Research on Families and Relationships in Edinburgh.';
    expect(kinds(text, 'program')).not.toContain('Scottish Centre for Research on Families and Relationships');
  });
});
