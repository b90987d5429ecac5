import { describe, expect, it } from 'vitest';
import { findEntities, kindOfName } from '../../utils/entities/find-entities';
import { namesOfKind } from './entity-kinds';

// Issue #11, third round: Chinese organizations and programs on the news pages of the tuning set (prize pages,
// obituaries, school notices, business reports, interviews); each class from a tuning miss or a wrong name.
const kinds = namesOfKind;

describe('Chinese organizations on news pages', () => {
  it.each([
    [
      'a prize page naming an institute whose name holds 高等',
      '现任清华大学高等研究院讲座教授。',
      '清华大学高等研究院',
    ],
    ['a federation of workers (工作者)', '兼任中国女科技工作者协会常务理事。', '中国女科技工作者协会'],
    ['an academy before 院士', '2017年当选中国科学院院士。', '中国科学院'],
    ['a company whose name holds 本 (资本)', '高瓴资本集团创始人张磊今天发言。', '高瓴资本集团'],
    ['a university after a year (1993年获…)', '1993年获山东大学数学博士学位。', '山东大学'],
    ['a school after a year and a verb', '1959年进入上海市戏曲学校学习。', '上海市戏曲学校'],
    ['a troupe and a ministry', '记者从上海昆剧团获悉，他曾被文化部授予称号。', '上海昆剧团'],
    ['a college named by a place', '山东女子学院毕业生就业双选会现场。', '山东女子学院'],
    ['a college with a short head', '主要演员多为河北大学、保定学院等高校的大学生。', '保定学院'],
    ['a city government', '东莞市政府八个部门相关负责人座谈。', '东莞市政府'],
    ['a county bureau', '瑞丽发改局随后回复。', '瑞丽发改局'],
    ['an inspection group', '2017年云南省委第五巡视组指出问题。', '云南省委第五巡视组'],
    ['a stock exchange', '在深圳证券交易所，投资者认为如此。', '深圳证券交易所'],
    ['a person before the body (…应…)', '潘振声表示感谢。潘振声应中国唱片公司邀请写歌。', '中国唱片公司'],
    [
      'a research centre abroad (共同体 holds 同)',
      '巴基斯坦人类命运共同体研究中心主任指出。',
      '巴基斯坦人类命运共同体研究中心',
    ],
    [
      'a company whose name holds 同济',
      '由上海同济城市规划设计研究院有限公司编制。',
      '上海同济城市规划设计研究院有限公司',
    ],
    ['a body named by one word', '享受国务院特贴。', '国务院'],
    [
      'a university unit whose name is joined by 与',
      '江南大学信息化建设与管理中心主任王强一行来访。',
      '江南大学信息化建设与管理中心',
    ],
    ['a school of a college joined by 与', '山东女子学院社会与法学院教师介绍。', '山东女子学院社会与法学院'],
  ])('%s: the organization is found', (_class, text, name) => expect(kinds(text, 'organization')).toContain(name));
  it.each([
    ['a kind of company counted (6家上市公司)', '先后为6家上市公司提供纾困资金。', '上市公司'],
    ['a kind of company after 等', '腾讯等互联网公司都属于科技应用。', '互联网公司'],
    ['a kind of committee with no body before it', '第四条 监察委员会依照法律规定独立行使监察权。', '监察委员会'],
    ['a committee of this level (本级)', '审议本级监察委员会的专项工作报告。', '审议本级监察委员会'],
    ['a verb before the name (他曾获得)', '他曾获得中国唱片公司“金唱片奖”。', '他曾获得中国唱片公司'],
    ['a situation or a defeat, not a bureau', '各方观望红海局势，厂家淘汰出局，运营陷入困局。', '观望红海局'],
    ['media named as attendees', '新华社、陕西日报、陕西电视台等媒体参加。', '陕西日报'],
    ["a province's committee and government (two bodies)", '陕西省委省政府高度重视。', '陕西省委省政府'],
    ['a verb before a government', '给墩头镇政府写信，如果能得到镇政府支持。', '给墩头镇政府'],
  ])('%s: no such organization', (_class, text, wrong) => {
    const orgs = kinds(text, 'organization');
    expect(orgs.filter((o) => o.endsWith(wrong) || o === wrong)).toEqual([]);
  });
});

describe('Chinese programs on news pages', () => {
  it.each([
    ['a named scheme after a quote, whole', '完善“五方联动”专项协作机制功能。', '“五方联动”专项协作机制'],
    ['a construction project (建设 inside the name)', '瑞丽有轨电车建设项目暂停推进。', '瑞丽有轨电车建设项目'],
    ['a quotation naming a program in single quotes', '他说：“我报名了‘强基’计划。”', '‘强基’计划'],
  ])('%s: the program is found', (_class, text, name) => expect(kinds(text, 'program')).toContain(name));
  it.each([
    ['a college named by a place is no program', '1986年入中国戏曲学院导演系进修。', '中国戏曲学院'],
    ['an example before a word (比如奖学金)', '比如奖学金、助学金的发放与申请。', '比如奖学金'],
    ['a headline with a modal verb', '美方应当采取更多行动', '美方应当采取更多行动'],
    ['a foundation is no fund (基金会)', '美中合作基金会执行主席认为如此。', '美中合作基金'],
    [
      'a working group is no special project (专项组)',
      '南京市疫情防控指挥部学校专项组将赴各区抽查。',
      '疫情防控指挥部学校专项',
    ],
    ['"in action" (行动上)', '思想行动上也不够成熟。', '思想行动'],
    ['a centre of development in general', '没有产品作为发展中心。', '发展中心'],
    ['projects counted (几个…项目)', '几个现代有轨电车项目，陷入被质疑的境地。', '现代有轨电车项目'],
    ['a national initiative mentioned in passing', '服务“一带一路”建设，关注‘十三五’规划。', '“一带一路”建设'],
  ])('%s', (_class, text, wrong) => expect(kinds(text, 'program')).not.toContain(wrong));
});

// Session 16: on check pages (never seen by the rules) the weak organizations were right 20 % of the time, so a
// Chinese organization is shown only with a full body's last word or a place or parent in front.
describe('Chinese news pages: organizations shown only on strong evidence', () => {
  it.each([
    ['a generic phrase ending in a unit word', '谷歌旗下的人工智能公司发表了研究。', '人工智能公司'],
    ['a clause cut before a centre', '紧紧围绕市委中心工作，扎实推进。', '紧紧围绕市委中心'],
    ['a centre with no parent in front', '会上，信息化建设管理服务中心作了发言。', '信息化建设管理服务中心'],
  ])('%s: not highlighted', (_class, text, wrong) =>
    expect(findEntities(text).map((e) => e.text)).not.toContain(wrong),
  );
  it.each([
    ['a university unit', '北京大学信息化建设管理服务中心参加会议。', '北京大学信息化建设管理服务中心'],
    ['a province first', '山东省大数据中心发布通知。', '山东省大数据中心'],
    ['a full body last', '会议由国家电网有限公司主办。', '国家电网有限公司'],
  ])('%s: highlighted', (_class, text, name) => expect(kinds(text, 'organization')).toContain(name));
  it('a weak name the user watches is still an organization', () =>
    expect(kindOfName('人工智能公司')).toBe('organization'));
});
