/**
 * Page furniture printed on university articles that have no gold text (issue #11): for each page, short exact
 * strings the page prints outside the article (menus, the meta line, the footer), none of which the article's
 * own text contains. The body must contain none of them. Read off each TUNING page by hand, session 25; the
 * check set's labels are the labeller's (furniture-labels-check.ts), merged here, never edited from this side.
 * Keyed as `CorpusPage.file` is.
 */
import { FURNITURE_CHECK_LABELS } from './furniture-labels-check';

const TUNING_LABELS: Record<string, string[]> = {
  // The ITSC site's menu, meta line and footer (two pages of one template, labelled apart: each its own strings).
  'zh-univ/nju-itsc-news-a.html': [
    '正版软件介绍',
    '校园卡帮助',
    '发布时间：2021-07-16',
    '浏览次数：1590',
    '仙林校区：仙林信息化建设管理服务中心楼',
    '服务时间：每天',
    '常用链接',
    '版权所有',
  ],
  'zh-univ/nju-itsc-news-b.html': [
    '互联网法律法规',
    '网络相关帮助',
    '发布时间：2021-04-09',
    '浏览次数：615',
    '地点：南园学生食堂东面',
    '招聘邮箱',
    '小百合BBS',
    'All Rights Reserved',
  ],
  // The 纪检监察 site: its top bar, menu, meta line and footer around the law's text.
  'zh-univ/sxmu-jijian-1.html': [
    '添加收藏夹',
    '设为首页',
    '警钟长鸣',
    '中纪委监察部',
    '■ 纪检监察',
    '浏览次数: 2168',
    '主办单位：山西医科大学纪检监察室',
    '邮编：030001',
  ],
};

/** Hand labels of furniture, tuning and check pages together. */
export const FURNITURE_LABELS: Record<string, string[]> = { ...TUNING_LABELS, ...FURNITURE_CHECK_LABELS };
