// Round 22 (issue #11, session 52): the classes R152-R155 failed once they became the tuning sets (they had checked
// round 21); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';

describe('round 22: openings and dates of Joomla and Sitecore story pages', () => {
  it('Joomla’s article info over the text (詳細內容, 分類：…) is no part of it', () => {
    const html =
      '<title>高醫大與高雄市政府簽署合作備忘錄</title><body><div class="item-page"><h2>高醫大與高雄市政府簽署合作備忘錄</h2>' +
      '<dl class="article-info"><dt>詳細內容</dt><dd>分類：<a href="/news">校園新聞</a></dd><dd>發佈於：2024-03-14</dd>' +
      `<dd>最後更新：2024-03-15</dd></dl><div itemprop="articleBody">${ZH_PARAS}</div></div></body>`;
    expect(clip(html, 'https://www.kmu.edu.tw/index.php/zh-TW/news/kmu-news/1234').textContent).not.toMatch(
      /詳細內容|分類/u,
    );
  });
  it('a day in a month-named address is a segment of its own, not a slug’s count (/2024/june/6-million-…)', () => {
    const html =
      '<title>Scholarship program to bring more women into mining</title><main><article><h1>Scholarship program to bring more women into mining</h1>' +
      '<div class="details"><span>Friday, 14 June 2024</span> <span>By Annabelle Cho</span></div>' +
      `<div class="content">${EN_PARAS}</div></article></main>`;
    const url = 'https://www.uwa.edu.au/news/article/2024/june/6-million-scholarship-program';
    expect(clip(html, url).publishedAt).toBe('2024-06-14');
  });
});

describe('round 22: people in Shanghai’s, Guizhou’s and Shanxi’s college news', () => {
  it('names before watching, a start, a talk’s title and an ordinal; a conductor; section chiefs', () => {
    const text =
      '表演系主任韩冬青观看演出后表示，经典剧目传承有序。运动训练专业学生陈思远起跑后节奏稳定。2022级学生徐梦瑶第五跳跳出13米86。' +
      '疾病预防控制中心副主任王建伟作《慢性病监测》的报告。青年指挥顾鸣担任音乐会指挥。教育局教师工作科科长陆永刚、副科长蒙昌盛出席。';
    expect(peopleIn(text, 'zh')).toEqual(['徐梦瑶', '王建伟', '陆永刚', '陈思远', '韩冬青', '顾鸣', '蒙昌盛'].sort());
  });
  it('guard: a learner, a piece of writing, an exam, graduating, a run of years and a section are no names', () => {
    const text =
      '船长孙国强向学员介绍了航行计划。有4篇学生习作获奖。服务期满的特岗教师报考硕士研究生。她说“毕业后希望回到部落”。学校连续第三年发布该报告。';
    expect(peopleIn(text, 'zh')).toEqual(['孙国强']);
  });
});
