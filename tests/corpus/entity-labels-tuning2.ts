/**
 * Session 15: sixteen more TUNING pages (tests/corpus/split.ts), labelled from the article text the extractor returns
 * before the scorer was run on them, with the conventions of entity-labels.ts (English) and entity-labels-zh.ts
 * (Chinese). They widen the tuning data beyond university articles to pages whose names the rules have never seen:
 * English news and opinion (a lawsuit, a basketball game, a research release, a history essay) and twelve Chinese
 * news pages (a gala, a chip launch, a court case, a regulator's case, ministries' joint work, a council opening,
 * a provincial list of firms, a rate decision, a village parking story, an epidemic commentary, a tech brief).
 * People named in full (surname plus title, 王先生, 徐女士, a single name such as Ivana, are not); an organization
 * named in full, or a company by its own name; a named mechanism or system is a program (机制, 系统), a product, a
 * show, a list or a place is not. Forms the text prints for the same name are joined by `|`.
 */
import type { EntityLabels } from './entity-labels';

export const TUNING2_LABELS: Record<string, Partial<EntityLabels>> = {
  // English news pages of real2 (tuning sites).
  'news/traf-aclu-org-grades.html': {
    person: [],
    program: ['Youth Accountability Team|YAT'],
    organization: [
      'ACLU Foundation',
      'National Center for Youth Law',
      'Sheppard, Mullin, Richter, and Hampton|Sheppard, Mullin, Richter and Hampton',
    ],
  },
  // A game report: players named once in full, then by surname; no titles, no speech verbs.
  'news/traf-phillyvoice-com-Sixers.html': {
    person: [
      'Jrue Holiday',
      'Robert Covington',
      'Al Horford',
      'Paul Reed',
      'Kelly Oubre Jr.|Kelly Oubre',
      'Tobias Harris',
      'Nick Nurse',
      'Jaylen Brown',
      'Kristaps Porzingis',
      'Joel Embiid',
      'James Harden',
      'Tyrese Maxey',
      'Nic Batum',
      'Payton Pritchard',
      'Jayson Tatum',
      'Patrick Beverley',
      'Sam Cassell',
    ],
    program: [],
    organization: ['Boston Celtics'],
  },
  'news/traf-wevolver-com-3dprinting.html': {
    person: ['Chinedum Okwudire', 'Deokkyun Yoon', 'Molong Duan', 'Simon Shen'],
    program: [],
    organization: [
      'Smart and Sustainable Automation Research Lab',
      'University of Michigan College of Engineering',
      'University of Michigan',
    ],
  },
  // An essay: historical people, publishers in an image credit, papers and committees.
  'news/traf-villagevoice-com-Party.html': {
    person: [
      'Adolf Hitler',
      'Richard Nixon',
      'Donald Trump',
      'Gerald Ford|Gerry Ford',
      'Rosemary Woods',
      'Tony Schwartz',
      'Jane Mayer',
      'William Dufty',
      'Billie Holliday',
    ],
    program: [],
    organization: [
      'Random House',
      'Simon & Schuster',
      'National Socialist German Workers’ Party',
      'Associated Press',
      'White House',
      'Committee to Boycott Nixon’s Memoirs',
      'Committee to Reelect the President',
      'National Archives',
      'Washington Post',
      'Village Voice',
      'New Yorker',
    ],
  },
  // Chinese news pages of real/ (tuning sites).
  'zh-news/gne-ifeng-ifeng.html': {
    person: ['董又霖', '董力', '邓伦', '王一博', '李现', '成龙'],
    program: [],
    organization: [],
  },
  'zh-news/gne-sina-sina.html': {
    person: ['艾伟', '林江艳'],
    program: [],
    organization: ['华为', '高通', '苹果', '联发科', '紫光', '华为海思|海思', '三星'],
  },
  'zh-news/ia-gov-bayannur-2022-500b350d.html': {
    person: ['习近平'],
    program: [],
    organization: ['政协巴彦淖尔市第五届委员会', '政协巴彦淖尔市第四届委员会', '巴彦淖尔市委'],
  },
  'zh-news/ia-yunnan-daily-2022-9890f458.html': {
    person: ['胡晓蓉', '孙重远'],
    program: [],
    organization: [
      '工信部',
      '昆明风行防水材料有限公司',
      '北新建材（昆明）有限公司',
      '中化云龙有限公司',
      '云南多宝电缆集团股份有限公司',
      '昆明电机厂有限责任公司',
      '云南曲靖呈钢钢铁（集团）有限公司',
      '省工业和信息化厅',
    ],
  },
  'zh-news/magichtml-news.southcn.com.html': {
    person: ['鲍威尔'],
    program: [],
    organization: ['美国联邦储备委员会|美联储', '华尔街日报|《华尔街日报》'],
  },
  // Ministries' joint work: bodies named in full, a named mechanism and a reporting system.
  'zh-news/newspaper4k-chinese_article_002.html': {
    person: [],
    program: ['短缺药品供应保障工作会商联动机制', '全国公立医疗卫生机构短缺药品信息直报系统|短缺药品信息直报系统'],
    organization: [
      '新华社',
      '国家卫生健康委',
      '工业和信息化部',
      '国家药监局',
      '国家医保局',
      '市场监管总局',
      '商务部',
      '国家邮政局',
      '国家中医药局',
    ],
  },
  'zh-news/readability-qq.html': {
    person: ['林靖东'],
    program: [],
    organization: ['谷歌', 'DeepMind', '腾讯公司|腾讯'],
  },
  // A commentary with a photo caption: the patient, the photographer, an academician quoted, the writers.
  'zh-news/trafilatura-xinhuanet-c_1125597921.html': {
    person: ['蔡桃英', '才扬', '钟南山', '罗博', '萧海川'],
    program: [],
    organization: ['中国医学科学院', '武汉血液中心', '汉口医院', '新华社'],
  },
  'zh-news/ia-sohu-2005-33a95b71.html': {
    person: ['肖冰', '裴逸群', '魏喆'],
    program: [],
    organization: [
      '南昌市工商局公平交易局|江西省南昌市工商局公平交易局',
      '南昌工商局|南昌市工商局',
      '宝洁集团|宝洁',
      '武汉市工商局',
      '上海汇达丰律师事务所',
      '江西省工商局|江西工商局',
      '上海市工商局',
      '南昌凯美百货',
    ],
  },
  // A family story: relatives named in full, a lender, a writer, the reporter and the editor.
  'zh-news/ia-sohu-2020-d8d4c4ec.html': {
    person: ['于欢', '苏银霞', '于秀荣', '于西明', '于家乐', '吴学占', '毕飞宇', '彭冲', '刘欢'],
    program: [],
    organization: [
      '山东聊城市中级人民法院|山东省聊城市中级法院|山东省聊市中级法院',
      '山东省高级人民法院|山东高院',
      '最高人民法院司法案例研究所',
      '新京报',
      '源大工贸',
      '正典投资公司',
      '冠县国税局',
    ],
  },
  'zh-news/magichtml-www.163.com.html': {
    person: ['张锦华', '饶静', '栗思', '倪家宁'],
    program: [],
    organization: [
      '上海财经大学城乡发展研究院|上海财经大学',
      '中国农业大学人文与发展学院社会政策与发展研究系|中国农业大学人文与发展学院|中国农业大学',
      '益民村经济合作社',
      '益民村民委员会|浦东新区合庆镇益民村民委员会',
    ],
  },
  // A translated feature: foreign names in Chinese with the original in brackets, a dot written as ? by the page.
  'zh-news/readability-gmw.html': {
    person: [
      '巴兹·奥尔德林|巴兹?奥尔德林|Buzz Aldrin',
      '戴夫·汉森|戴夫?汉森|Dave Hanson',
      '丹尼尔·霍特|Daniel Huot',
      '斯蒂芬妮?席尔霍尔茨|斯蒂芬妮·席尔霍尔茨|Stephanie Schierhol',
      '尼尔·阿姆斯特朗|Neil Armstrong',
      '肖春芳',
    ],
    program: ['天空实验室|skylab'],
    organization: [
      '美国联邦航空管理局|UFAA',
      '纽约州立大学|State University of New York|SUNY',
      '美国宇航局约翰逊航天中心|约翰逊航天中心',
      '美国宇航局|NASA|Nasa',
      '三得利|Suntory',
    ],
  },
};
