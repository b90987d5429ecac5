/**
 * Hand-labelled key names of the university articles (../shared/fixtures/real) and of our own seed-based pages,
 * read from the article text the extractor returns. `a|b` accepts either form of one name (with or without
 * the university in front). Labelled: people named with a given name (surname-only mentions such as
 * "Professor Noll" are not), programs and initiatives, and organizations named in full with two or more
 * words (universities, schools, companies, government bodies). Media named as attendees, buildings and
 * places are not entities. The conference programme pku-ccer (hundreds of names in a timetable, not prose)
 * is left out. real2's university articles and four Chinese news pages are in entity-labels-more.ts, ten more
 * Chinese news pages in entity-labels-zh.ts.
 * Sixteen more check-set pages (and the people of twenty in other languages, scored apart), labelled apart from the
 * rules' work, are in entity-labels-check.ts; sixteen more tuning pages in entity-labels-tuning2.ts.
 */
import { CHECK_ENTITY_LABELS } from './entity-labels-check';
import { MORE_ENTITY_LABELS } from './entity-labels-more';
import { ZH_NEWS_LABELS } from './entity-labels-zh';
import { TUNING2_LABELS } from './entity-labels-tuning2';

export interface EntityLabels {
  person: string[];
  program: string[];
  organization: string[];
}

/** Every labelled page; a kind a page's labels leave out is not scored on it (entity-score.ts). */
export const ENTITY_LABELS: Record<string, Partial<EntityLabels>> = {
  'seed:xjtu-webplus-article.html': {
    person: [
      '卢建军',
      '郭东明',
      '舒歌群',
      '马欣',
      '王绚',
      '辛保安',
      '温枢刚',
      '方光华',
      '岳华峰',
      '蒋庄德',
      '田博文',
      '王树国',
      '习近平',
      // The byline's people, as English bylines and photo credits are labelled.
      '王海',
      '李明',
      '张帆',
      '赵强',
    ],
    program: [
      '“6352”工程',
      '“产教融合、协同育人”创新工程',
      '现代产业学院',
      '未来技术学院',
      '全球校友协同创新中心',
      '秦创原创新驱动平台',
      '秦创原平台',
      '西部科技创新港',
    ],
    organization: [
      '西安交通大学',
      '中国科学技术大学',
      '大连理工大学',
      '国家电网有限公司|国家电网',
      '中国华电集团有限公司|中国华电集团',
      '中广核研究院',
      '中国风险投资有限公司',
      '中国科学院',
      '中国工程院',
      '教育部',
      '电信学部',
      '新闻中心',
    ],
  },
  'seed:sample-edu-climate.html': {
    person: ['Maria Chen', 'David Okafor'],
    program: ['Climate Project', 'Undergraduate Research Opportunities Program', 'Energy Systems Lab'],
    organization: [],
  },
  'zh-univ/nju-itsc-news-a.html': {
    person: ['王强', '包海峰'],
    program: ['校级数据中心'],
    organization: [
      '江南大学',
      '南京大学',
      '江南大学信息化建设与管理中心|信息化建设与管理中心',
      '信息化建设管理服务中心|信息化中心',
    ],
  },
  'zh-univ/nju-itsc-news-b.html': {
    person: ['印兴波'],
    program: ['智慧党建管理服务平台|南京大学智慧党建管理服务平台'],
    organization: ['南京大学', '党委组织部', '信息化建设管理服务中心'],
  },
  'zh-univ/sxmu-jijian-1.html': {
    person: [],
    program: [],
    organization: [
      '国家监察委员会|中华人民共和国国家监察委员会',
      '全国人民代表大会',
      '全国人民代表大会常务委员会',
      '中央军事委员会',
    ],
  },
  'zh-univ/bjmu-news-4fa9dfe4.html': {
    person: ['李简'],
    program: [],
    organization: [
      '北京大学第一医院',
      '北大医院',
      '美国临床肿瘤学会',
      '北京大学医学部新闻中心',
      '匹斯堡医学中心',
      '维也纳佛罗依德医学院',
    ],
  },
  'en-univ/rutgers-edu-robot.html': {
    person: [
      'Unnati Chauhan',
      'Josh Leipheimer',
      'Max L. Balter',
      'Alvin I. Chen',
      'Enrique J. Pantin',
      'Kristen S. Labazzo',
      'Martin L. Yarmush',
    ],
    program: [],
    organization: [
      'Rutgers University',
      'Rutgers Robert Wood Johnson Medical School',
      'Icahn School of Medicine',
      'Mount Sinai Hospital',
      'School of Engineering',
      'Department of Biomedical Engineering',
    ],
  },
  'en-univ/ce106-wustl-med-pressrelease-1999.html': {
    person: ['Helen Piwnica-Worms'],
    program: [],
    organization: ['Washington University School of Medicine', 'National Institute of General Medical Sciences'],
  },
  'en-univ/ce722-stanford-report-nie-1999.html': {
    person: [
      'Norman Nie',
      'Victor Fuchs',
      'Stephen Chaffee',
      'Gerhard Casper',
      'Gabriel Almond',
      'Fred Hirsch',
      'Doug Rivers',
      'David Epstein',
      'Shanto Iyengar',
      'David Brady',
      "Sharyn O'Halloran",
      'Ken Prewitt',
    ],
    program: [],
    organization: [
      'Stanford Institute for the Quantitative Study of Society',
      'National Opinion Research Center',
      'George Washington University',
      'University of Chicago',
    ],
  },
  'en-univ/ce768-udel-udaily-housing-2005.html': {
    person: [
      'Martha Bailey',
      'Linda Carey',
      'Janette Humphrey',
      'Ruthie Riale',
      'Jessica Matson',
      'Kirsten Brown',
      'Kathy F. Atkinson',
      'Jolene Moores',
      'Alexis Carroll',
    ],
    program: ['Learning Integrated Freshman Experience', 'Friends Together'],
    organization: ['Housing Assignment Services'],
  },
  'en-univ/ce689-jhu-sais-media-advisory-2005.html': {
    person: [
      'Madeleine Albright',
      'Wener Hoyer',
      'Stefano Silvestri',
      'Nigel Broomfield',
      'Jerzy Buzek',
      'Jan Eliasson',
      'Gro Harlem Brundtland',
      'Erika Mann',
      'Eric Chevallier',
      'Bernard Kouchner',
      'Barabra McDougall',
      'Tara O’Toole',
      'Felisa Neuringer Klubes',
    ],
    program: ['Atlantic Storm'],
    organization: [
      'Center for Transatlantic Relations|SAIS Center for Transatlantic Relations',
      'Center for Biosecurity',
      'World Health Organization',
      'Johns Hopkins University',
      'European Commission',
      'Nitze School of Advanced International Studies|Paul H. Nitze School of Advanced International Studies',
      'University of Pittsburgh Medical Center',
      'SAIS Public Affairs Office|Public Affairs Office',
    ],
  },
  'en-univ/ce70-hbs-wk-gamer-generation-2004.html': {
    person: ['John C. Beck', 'Mitchell Wade', 'Sean Silverthorne', 'Marc Prensky'],
    program: [],
    organization: ['Harvard Business School'],
  },
  'en-univ/ce71-hbs-wk-microsoft-open-source-2005.html': {
    person: ['Pankaj Ghemawat', 'Ramon Casadesus-Masanell', 'Richard Stallman', 'Linus Torvalds', 'Sean Silverthorne'],
    program: [],
    organization: ['Harvard Business School', 'Free Software Foundation'],
  },
  'en-univ/ce269-bc-edu-starledger-cameramouse-2004.html': {
    person: ['Samantha Anastasia', 'Timothy Frederiks', 'Philip DiMattia'],
    program: [],
    organization: ['Boston College', 'Durban Avenue School', 'Hudson Maxim School', 'Campus School'],
  },
  'en-univ/ce117-stanford-report-senate-minutes-2001.html': {
    person: [
      'Brad Osgood',
      'Deborah Stipek',
      'Elizabeth Bernhardt',
      'Hester Gelber',
      'Paul Segall',
      'Russell Berman',
      'Seth Newton',
      'Ted Leland',
      'Susan W. Schofield',
      'Julie Kennedy',
      'Yvonne Yarbro-Bejarano',
      'William Bowen',
      'James Schulman',
      'Rob Polhemus',
      'Randy Livingston',
      'Pat Box',
      'Lynn Hildemann',
      'John Cammidge',
      'Ian Morris',
      'Ian Hodder',
      'Gail Mahood',
      'Doug Osheroff',
      'LaDoris Cordell',
      'Lori White',
      'David Palumbo-Liu',
      'David Abernethy',
      'Debra Satz',
      'Debra Zumwalt',
      'Chris Christofferson',
      'Brad Gregory',
      'Bernie Roth',
      'John Rick',
    ],
    program: ['Interdisciplinary Program in Archaeology', "President's Fund"],
    organization: [
      'Academic Council',
      'Archaeology Center',
      'Committee on Undergraduate Studies',
      'School of Earth Sciences',
      'School of Education',
      'Law School',
      'Humanities and Sciences Curriculum Committee',
      'Faculty Staff Benefits Committee',
      'Committee on Academic Computing and Information Systems',
      'Executive Committee of the Planning and Policy Board',
      'Senate Steering Committee',
    ],
  },
  'en-univ/ce784-utexas-acits-newsletter-virus-2000.html': {
    person: ['G. Morgan Watkins|Morgan Watkins'],
    program: [],
    organization: [
      'CERT Coordination Center',
      'SANS Institute',
      'Network Associates',
      'National Infrastructure Protection Center',
      'Data Fellows',
    ],
  },
  'en-univ/ce177-gmu-techcenter-cohen-remarks-2001.html': {
    person: [
      'William S. Cohen',
      'Bob Bennett',
      'Mike Vatis',
      'Vladimir Karyoshkov',
      'Pierre Marion',
      'John Chambers',
      'Dave McCurdy',
      'Boris Yeltsin',
      'T.S. Eliot',
    ],
    program: [],
    organization: [
      'The Cohen Group|Cohen Group',
      'Senate Armed Services Committee',
      'American Society for Industrial Security',
    ],
  },
  ...MORE_ENTITY_LABELS,
  ...ZH_NEWS_LABELS,
  ...CHECK_ENTITY_LABELS,
  ...TUNING2_LABELS,
};
