/**
 * Key people of ten more Chinese news pages of real/ (all in the tuning set: real/ and real2/ hold no other
 * Chinese university article that is prose, and the check set's Chinese pages were already labelled), read from
 * the article text the extractor returns, with the conventions of entity-labels.ts: people named in full, bylines
 * and photo credits included, a surname or title alone (特朗普, 毛主席, 潘老) and a play's characters (宝元, 雨田)
 * not. Foreign names written in Chinese (约翰·米勒-怀特) are people too. Session 14 labelled their programs and
 * organizations as well, with the same conventions: bodies named in full (a unit inside a university may stand
 * with its university: 清华大学微电子所), companies by their own name (腾讯, 大疆), the paper that printed the
 * article (扬子晚报, 中国日报); programs, initiatives and named schemes (“开学第一课”, “五方联动”专项协作机制), not
 * national policies mentioned in passing (‘一带一路’建设, as the seed article's labels have it), prizes, events,
 * plays or shows (未来科学大奖, 中国艺术节, 《约定无期限》, 《小喇叭》).
 */
import type { EntityLabels } from './entity-labels';

export const ZH_NEWS_LABELS: Record<string, Partial<EntityLabels>> = {
  // A prize announcement: winners, donors in lists joined by 、, earlier winners with years in brackets.
  'zh-news/gne-163-3.html': {
    person: [
      '邵峰',
      '王贻芳',
      '陆锦标',
      '王小云',
      '张磊',
      '沈南鹏',
      '徐小平',
      '马化腾',
      '李彦宏',
      '丁磊',
      '丁健',
      '邓锋',
      '吴亚军',
      '吴鹰',
      '江南春',
      '王强',
      '卢煜明',
      '施一公',
      '李家洋',
      '袁隆平',
      '张启发',
      '薛其坤',
      '潘建伟',
      '马大为',
      '周其林',
      '冯小明',
      '许晨阳',
      '林本坚',
      '姚期智',
      '张蕊',
      '荀建国',
    ],
    program: [],
    organization: [
      '北京生命科学研究所',
      '中科院高能物理研究所|高能物理研究所',
      '美国加州伯克利大学|加州伯克利大学',
      '清华大学',
      '未来论坛',
      '高瓴资本集团',
      '腾讯',
      '山东大学',
      '清华大学高等研究院',
      '中国科协女科技工作者专门委员会',
      '中国女科技工作者协会',
      '中国密码学会',
      '中国数学会',
      '中国科学院',
      '国际密码协会|International Association for Cryptologic Research|IACR',
      '美国标准技术局|NIST',
      '美国国家标准技术研究院',
      '每日经济新闻',
    ],
  },
  'zh-news/gne-guancha-2.html': {
    person: ['魏少军'],
    program: [],
    organization: ['中国半导体行业协会', '清华大学微电子所|微电子所'],
  },
  'zh-news/gne-guancha-guancha.html': {
    person: ['王文', '杨敬辉', '张华荣', '江波'],
    program: ['上市莞企发展投资基金'],
    organization: [
      '观察者网',
      '海新科技',
      '东莞市政府',
      '华坚集团|华坚|华坚鞋业',
      '华勤通讯',
      '东莞市思源职业学校',
      '深圳大疆|大疆',
      '深圳海能达|海能达',
      '深圳证券交易所',
    ],
  },
  'zh-news/readability-youth.html': {
    person: ['马素湘', '卢宇', '李博灏', '黄细花', '张近东'],
    program: [],
    organization: [
      '法国里昂国立应用科学院|里昂国立应用科学院',
      '英国剑桥大学|剑桥大学',
      '英国剑桥大学制造业研究所|剑桥大学制造业研究所',
      '英国剑桥大学制造业研究所创新设计管理中心|创新设计管理中心',
    ],
  },
  'zh-news/newspaper4k-chinese_article_001.html': {
    person: [
      '约翰·米勒-怀特',
      '侯赛因·阿斯卡里',
      '雅思娜·佩拉夫妮',
      '哈立德·泰穆尔·阿克拉姆',
      '翁诗杰',
      '严玉洁',
      '王辉',
    ],
    program: [],
    organization: [
      '中国日报',
      '美中合作基金会',
      '瑞典“一带一路”研究所',
      '克罗地亚地缘经济论坛',
      '巴基斯坦人类命运共同体研究中心',
      '亚太“一带一路”共策会',
    ],
  },
  'zh-news/ia-news-2022-f51248cc.html': {
    person: ['沈斌', '盖春来', '谭金霖', '郑传鉴', '方传芸', '李紫贵', '张倩'],
    program: [],
    organization: ['上海昆剧团', '中国民主同盟', '中国戏曲导演学会', '上海市戏曲学校', '中国戏曲学院', '文化部'],
  },
  'zh-news/ia-henan-daily-college-2022-91bdf33e.html': {
    person: ['常书香', '马丹阳'],
    program: [],
    organization: ['洛阳职业技术学院', '洛阳职业技术学院文化与旅游学院|文化与旅游学院'],
  },
  'zh-news/ia-schools-2022-b26fbb82.html': {
    person: ['葛灵丹', '萧潇', '张妍'],
    program: ['开学第一课|“开学第一课”', '“五方联动”专项协作机制|五方联动', '“零报告”“日报告”制度|“日报告”制度'],
    organization: [
      '南京市疫情防控指挥部学校专项组|疫情防控指挥部学校专项组',
      '无锡市疫情防控指挥部学校防控组',
      '无锡市新冠肺炎疫情联防联控指挥部学校防控组',
    ],
  },
  'zh-news/trafilatura-he-xinhuanet-25340717.html': {
    person: ['王贵鹏', '张晓阳', '王慧杰'],
    program: [],
    organization: [
      '省委宣传部',
      '沧州市委宣传部',
      '河北农业大学|河北农大',
      '沧州市供排水集团有限公司|供排水集团',
      '大浪淀水库管理处',
      '河北大学',
      '保定学院',
      '石家庄学院',
    ],
  },
  'zh-news/gne-qq-qq.html': {
    person: ['潘振声', '马莉', '雷锋', '张楠'],
    program: [],
    organization: [
      '扬子晚报',
      '江苏省文联',
      '中央人民广播电台',
      '上海公安博物院',
      '中国文物局',
      '中国唱片公司',
      '国务院',
      '南艺',
    ],
  },
};
