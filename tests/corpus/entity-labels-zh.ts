/**
 * Key people of ten more Chinese news pages of real/ (all in the tuning set: real/ and real2/ hold no other
 * Chinese university article that is prose, and the check set's Chinese pages were already labelled), read from
 * the article text the extractor returns, with the conventions of entity-labels.ts: people named in full, bylines
 * and photo credits included, a surname or title alone (特朗普, 毛主席, 潘老) and a play's characters (宝元, 雨田)
 * not. Foreign names written in Chinese (约翰·米勒-怀特) are people too. People only: these pages were added where
 * the labels were thin (Chinese people), so programs and organizations found on them count neither way.
 */
import type { EntityLabels } from './entity-labels';

export const ZH_PEOPLE_LABELS: Record<string, Partial<EntityLabels>> = {
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
  },
  'zh-news/gne-guancha-2.html': { person: ['魏少军'] },
  'zh-news/gne-guancha-guancha.html': { person: ['王文', '杨敬辉', '张华荣', '江波'] },
  'zh-news/readability-youth.html': { person: ['马素湘', '卢宇', '李博灏', '黄细花', '张近东'] },
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
  },
  'zh-news/ia-news-2022-f51248cc.html': { person: ['沈斌', '盖春来', '谭金霖', '郑传鉴', '方传芸', '李紫贵', '张倩'] },
  'zh-news/ia-henan-daily-college-2022-91bdf33e.html': { person: ['常书香', '马丹阳'] },
  'zh-news/ia-schools-2022-b26fbb82.html': { person: ['葛灵丹', '萧潇', '张妍'] },
  'zh-news/trafilatura-he-xinhuanet-25340717.html': { person: ['王贵鹏', '张晓阳', '王慧杰'] },
  'zh-news/gne-qq-qq.html': { person: ['潘振声', '马莉', '雷锋', '张楠'] },
};
