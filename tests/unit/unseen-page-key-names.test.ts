// Key names on campus pages nobody had tuned on (review 33, R14 findings 10 and 11; issue #11): made-up texts, each
// test named after the page class it serves. Precision first: most rules take a wrong highlight away.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities/find-entities';
import { namesOfKind } from './entity-kinds';

const people = (text: string) => namesOfKind(text, 'person');
const programs = (text: string) => namesOfKind(text, 'program');
const orgs = (text: string) => namesOfKind(text, 'organization');

describe('Chinese college news (VSB, WebPlus, TRS templates): units joined by 与', () => {
  it('A与B学院 is one organization, not a program cut at 与', () => {
    const text = '会上，土木与交通工程学院、材料与化工学院负责人分别作交流发言。';
    expect(orgs(text)).toEqual(expect.arrayContaining(['土木与交通工程学院', '材料与化工学院']));
    expect(programs(text)).toEqual([]);
  });
  it('after the university and the school itself (我校…)', () => {
    expect(orgs('近日，我校环境与生命科学学院团队取得进展。')).toContain('环境与生命科学学院');
    const text = '某某大学林业与园艺学院周立新教授、何文研究员团队在《自然》发表论文。';
    expect(orgs(text)).toContain('某某大学林业与园艺学院');
    // 林业 is inside the unit's name; 新教授 is a surname's last character and a title.
    expect(people(text).sort()).toEqual(['何文', '周立新']);
  });
  it('a clause between two parties is no unit', () => {
    expect(orgs('学校与企业共建研究中心，推动成果转化。')).not.toContain('学校与企业共建研究中心');
  });
});

describe('Chinese notices and news: a name does not start after a verb or a stop, nor run across 获', () => {
  it('organizations', () => {
    expect(orgs('申请人登录复旦大学研究生招生系统完成报名。复旦大学研究生院')).not.toContain('人登录复旦大学');
    expect(orgs('附件：1.复旦大学2025年招生专业目录')).toEqual(['复旦大学']);
    expect(orgs('获奖选手将代表学院参加学校比赛。')).toEqual([]);
    expect(orgs('研究獲台北市政府教育局補助。')).toEqual(['台北市政府教育局']);
    expect(orgs('本屆共有5件作品獲獎，獲獎數居全國大學前列。')).toEqual([]);
  });
  it('programs', () => {
    expect(programs('学校将继续完善竞赛培育机制。')).toEqual([]);
    expect(programs('基地为本科生提供更多接触工程实践的机会。')).toEqual([]);
    expect(programs('据悉，“科学家进校园”是学院品牌活动。')).toEqual([]);
    expect(programs('他以“乡村振兴的青年答卷”获得创新赛道一等奖。')).toEqual([]);
  });
});

describe('Chinese and Taiwanese news: programs named by an edition, a quoted scheme, a credit program', () => {
  it('第N届 opens a competition: the name is what recurs', () => {
    expect(programs('第九届“互联网+”大学生创新创业大赛总决赛在我校举行。')).toEqual(['“互联网+”大学生创新创业大赛']);
    expect(programs('本隊日前獲得第十二屆全國大專校院創新競賽金獎。')).toEqual(['全國大專校院創新競賽']);
  });
  it('a quoted scheme with 制', () => {
    expect(programs('博士研究生招生实行“申请-考核”制，具体办法另行通知。')).toEqual(['“申请-考核”制']);
  });
  it('學程 is a credit program', () => {
    expect(programs('本校將擴大「人工智慧跨域學分學程」。')).toEqual(['人工智慧跨域學分學程']);
  });
});

describe('Chinese and Taiwanese news: people named by a team, a role on both sides, a counted list, a report', () => {
  it.each([
    ['a team the name leads', '机电学院张浩然团队的作品获得金奖。', ['张浩然']],
    ['a role before and after, a surname the list lacks', '团队在指导教师靖海波教授的带领下完成样机。', ['靖海波']],
    [
      'a list closed by 等 and a count of persons',
      '学院组织李建华、赵丽等多位教学名师组成指导团队。',
      ['李建华', '赵丽'],
    ],
    ['a report', '人事处处长王刚汇报了年度工作。', ['王刚']],
    ['a freshman', '2024级本科新生陈晓雨说：“我很期待。”', ['陈晓雨']],
    ['a common surname, folded from traditional', '資訊學院院長賴文彬介紹了研究成果。', ['賴文彬']],
    ['a title ending in 長, an adverb before the speech verb', '台積電永續長洪一平則分享企業經驗。', ['洪一平']],
  ])('%s', (_n, text, want) => {
    expect(people(text).sort()).toEqual([...want].sort());
  });
  it('a name never spans the title it ends with (江教授 in 何立江教授、)', () => {
    expect(people('化学学院何立江教授、张明研究员团队发表论文。').sort()).toEqual(['何立江', '张明']);
  });
  it('a body and a role are no name between roles (导演学会副会长)', () => {
    expect(people('他是国家一级导演、中国戏曲导演学会副会长。')).toEqual([]);
  });
  it('a surname and a title is no name (黃小姐)', () => {
    expect(people('傳媒查詢：傳訊主任黃小姐、李先生。')).toEqual([]);
  });
});

describe('English news (Drupal, WordPress, press releases): chairs, groups and longer names are no people', () => {
  it('a name inside a longer capitalised name', () => {
    const text = '"It works," said researcher Robert Miller, who directs the Santa Monica Coastal LTER.';
    expect(people(text)).toEqual(['Robert Miller']);
  });
  it('a named chair or professorship', () => {
    const text =
      '"We are ready," said Jane Doe, professor and R.J. Smith Endowed Chair in the Department of History. ' +
      'Tom Hardy, the Ralph and Sandra Fisher Distinguished Professor of Chemistry, agreed.';
    expect(people(text).sort()).toEqual(['Jane Doe', 'Tom Hardy']);
  });
  it('an apposition naming a group', () => {
    const text = 'Research by economists at Equity Insights, a Stanford-based research group, found the same.';
    expect(people(text)).toEqual([]);
  });
  it('a person in apposition still counts', () => {
    expect(people('Kelly Marsh, a member of the research group, said it worked.')).toEqual(['Kelly Marsh']);
  });
});

describe('German university news (TYPO3): stacked academic titles', () => {
  it('Prof. Dr. before a name with diacritics', () => {
    const text =
      '„Die Ergebnisse sind eindeutig“, sagt Prof. Dr. Hélène Kräuter, Inhaberin des Lehrstuhls für Soziologie an der Universität. Die Studie wurde von der Stiftung gefördert und ist in der Zeitschrift erschienen.';
    expect(findEntities(text, { lang: 'de' }).filter((e) => e.kind === 'person')).toEqual([
      { text: 'Hélène Kräuter', kind: 'person', role: 'Prof', count: 1 },
    ]);
  });
});

// R15 (the independent check set of session 33): a role, a verb and a role (学生擔任小老師) hold no name between them.
describe('Chinese people between two roles, checked on a second set', () => {
  it('does not read a verb between two roles as a name', () => {
    const text = '由傳播學院學生擔任小老師，教導社區長者辨識詐騙訊息。指导教师昂海松教授介绍了作品。';
    const names = findEntities(text, { lang: 'zh-TW' })
      .filter((e) => e.kind === 'person')
      .map((e) => e.text);
    expect(names).toContain('昂海松');
    expect(names.some((n) => n.includes('擔任') || n.includes('担任'))).toBe(false);
  });
});
