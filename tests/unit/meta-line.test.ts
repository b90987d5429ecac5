import { describe, expect, it } from 'vitest';
import { labelledFields } from '../../utils/extraction/labelled-fields';
import { parseByline, parseSource } from '../../utils/extraction/meta-line';
import { parseViews } from '../../utils/extraction/view-counter';

describe('parseViews', () => {
  it.each([
    ['日期：2021-04-08 23:00 浏览次数：9906', 9906],
    ['发布时间：2021-07-16浏览次数：1590', 1590],
    ['2004-12-10 阅读10544次', 10544],
    ['点击数: 1,234', 1234],
    ['来源: | 发布时间: 2018-05-17 | 浏览次数: 2168', 2168],
    ['浏览量：88次', 88],
    ['Views: 1,024', 1024],
    ['3,210 views', 3210],
    ['发布时间：2021-07-16', null],
  ])('%s → %s', (text, n) => expect(parseViews(text)).toBe(n));
});

describe('parseByline', () => {
  it('reads Chinese roles, several names per role', () => {
    expect(parseByline('文字：王海 李明 摄影：张三 编辑：赵四 审核：钱五')).toEqual([
      { name: '王海', role: '文字' },
      { name: '李明', role: '文字' },
      { name: '张三', role: '摄影' },
      { name: '赵四', role: '编辑' },
      { name: '钱五', role: '审核' },
    ]);
  });
  it('reads 文/图 with a slash and 责任编辑', () => {
    expect(parseByline('文/王海 图/李明 责任编辑：周六')).toEqual([
      { name: '王海', role: '文字' },
      { name: '李明', role: '图片' },
      { name: '周六', role: '责任编辑' },
    ]);
  });
  it('reads an English "By" line', () => {
    expect(parseByline('By Jane Doe and John Roe | MIT News')).toEqual([
      { name: 'Jane Doe', role: 'Author' },
      { name: 'John Roe', role: 'Author' },
    ]);
  });
  it('does not read a word inside a sentence as a role', () => {
    expect(parseByline('学校举行了文化节，图书馆开放。')).toEqual([]);
  });
});

describe('parseSource', () => {
  it.each([
    ['来源：党委宣传部 发布时间：2021-01-01', '党委宣传部'],
    ['来源: | 发布时间: 2018-05-17', null],
    ['供稿：电信学部 | 编辑：王海', '电信学部'],
    ['Source: Office of Communications', 'Office of Communications'],
    // News templates print the date, time and share controls after the source, unlabelled (a news page of the tuning set).
    ['来源：中国日报网 2023-11-17 15:13 分享 分享到 分享到微信 关闭', '中国日报网'],
    ['来源：新华网2023年11月17日 打印本页', '新华网'],
    ['来源：21世纪经济报道 分享到', '21世纪经济报道'],
    ['来源：“2030”计划办公室', '“2030”计划办公室'],
  ])('%s → %s', (text, src) => expect(parseSource(text)).toBe(src));
});

describe('labelledFields', () => {
  it('splits at each label', () => {
    expect(labelledFields('日期：2021-04-08 23:00 浏览次数：9906').map((f) => f.label)).toEqual(['日期', '浏览次数']);
  });
});
