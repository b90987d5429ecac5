import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities/find-entities';

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
    ).toEqual(['Climate Project', 'Energy Systems Lab', 'Undergraduate Research Opportunities Program']);
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
    ).toEqual(
      ['信息化建设管理服务中心', '北京大学经济学院', '南京大学', '国家电网有限公司', '教育部', '党委组织部'].sort(),
    );
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
