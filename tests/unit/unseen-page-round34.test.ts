// Round 34 (issue #11, session 58): the classes R208-R211 failed once they became the tuning sets (they had checked
// round 33); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { clip, edges, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';
import { parseDate } from '../../utils/extraction/parse-date';
import { closingFields } from '../../utils/extraction/closing-credits';

const names = (d: { byline: { name: string }[] }) => d.byline.map((b) => b.name);

describe('round 34: a short caption line opening the body (a 博达 page’s lead picture, no alt text)', () => {
  it('the meta line’s credits stop at the body: no names are read from its lists', () => {
    const d = clip(
      '<html><head><title>北京师范大学珠海校区启动“湾区乡村教师领航计划”</title></head><body><div class="article">' +
        '<h2>北京师范大学珠海校区启动“湾区乡村教师领航计划”</h2>' +
        '<div class="info"><span>发布日期：2024-07-08</span> <span>来源：教育学部</span> <span>撰稿：何雨桐</span> <span>摄影：罗嘉伟</span></div>' +
        '<div class="content"><p><img src="/a.jpg" alt=""></p><p><span>启动仪式现场</span></p>' +
        '<p>7月6日上午，来自广东省阳江、茂名、汕尾、揭阳等地的120名乡村中小学骨干教师成为首批学员，将在珠海校区开展为期两周的集中研修。</p>' +
        `${ZH_PARAS}</div></div></body></html>`,
      'https://www.bnuzh.edu.cn/xwzx/xqxw/2024/07/08/a.htm',
    );
    expect(names(d)).toEqual(['何雨桐', '罗嘉伟']);
  });
});

describe('round 34: fields after the body (a details table, a labelled date, two roles on one colon, 報導)', () => {
  it('a details table’s <th> labels and <td> values give counter, source and credits', () => {
    const d = clip(
      '<html><head><title>淡水導覽員培訓計畫結訓 - 真理大學觀光事業學系</title></head><body><div class="main">' +
        `<h2>淡水導覽員培訓計畫結訓</h2><div class="content">${ZH_PARAS}</div>` +
        '<table><tr><th>發佈日期</th><td>2024-10-25</td><th>瀏覽次數</th><td>312</td></tr>' +
        '<tr><th>資料來源</th><td>觀光事業學系</td><th>撰稿／攝影</th><td>吳宜庭／張書豪</td></tr></table></div></body></html>',
      'https://tour.au.edu.tw/p/406-1086-24517,r2103.php',
    );
    expect([d.views, d.source, names(d)]).toEqual([312, '觀光事業學系', ['吳宜庭', '張書豪']]);
  });
  // A 博达 page: the meta tag's day, then the text and what the page prints under it.
  const dated = (meta: string, under: string) =>
    clip(
      `<html><head><title>我校承办辽宁省大众冰雪季启动仪式</title><meta name="publishdate" content="${meta} 09:12"></head><body>` +
        `<div class="art"><h1>我校承办辽宁省大众冰雪季启动仪式</h1><div class="read">${ZH_PARAS.repeat(3)}</div>${under}</div></body></html>`,
      'https://www.syty.edu.cn/2024/1108/c1234a5678/page.htm',
    ).publishedAt?.slice(0, 10);
  it('a labelled date right after the body is the printed one, over a later meta date', () => {
    expect(dated('2024-11-10', '<p>（审核：许立新）</p><p class="arti_update">发布时间：2024-11-08</p>')).toBe(
      '2024-11-08',
    );
  });
  it('guard: a labelled date in a list’s item there does not (a list prints one under every item)', () => {
    expect(dated('2024-11-10', '<ul><li>发布时间：2024-11-08</li></ul>')).toBe('2024-11-10');
  });
  it('guard: an update’s date there does not', () => {
    expect(dated('2024-11-08', '<p class="arti_update">更新时间：2024-11-20</p>')).toBe('2024-11-08');
  });
  it('two roles on one colon credit their names in order; "reports" is no name', () => {
    expect(closingFields('撰稿／攝影：吳宜庭／張書豪')?.byline.map((b) => [b.name, b.role])).toEqual([
      ['吳宜庭', '撰稿'],
      ['張書豪', '攝影'],
    ]);
    expect(closingFields('【記者 張家瑜報導】')?.byline.map((b) => b.name)).toEqual(['張家瑜']);
    expect(closingFields('（记者 张家瑜 报道）')?.byline.map((b) => b.name)).toEqual(['张家瑜']);
  });
  it('guard: one name under two roles stays one credit', () => {
    expect(closingFields('文字/摄影：李明')?.byline.map((b) => b.name)).toEqual(['李明']);
  });
});

describe('round 34: what closes the text (a republication note over the authors’ bios, a university’s initials)', () => {
  it('"This article is republished from The Conversation …" and "About the authors" are no text', () => {
    expect(
      edges(
        `${EN_PARAS}<p>This article is republished from The Conversation under a Creative Commons license. Read the original article.</p>` +
          '<h2>About the authors</h2><p>Dr Priya Natarajan is a Postdoctoral Research Fellow in the School of Natural Sciences.</p>' +
          '<p>Professor Owen Carr is a wildlife ecologist in the School of Natural Sciences.</p>',
      ),
    ).toMatch(/every stage of it\.$/);
  });
  it('"- FAU -" ends a release, the boilerplate under it going', () => {
    expect(
      edges(
        `${EN_PARAS}<p>- FAU -</p><p>About Florida Atlantic University: Florida Atlantic University, established in 1961, officially opened its doors in 1964. For more information, visit www.fau.edu.</p>`,
      ),
    ).toMatch(/every stage of it\.$/);
  });
  it('guard: a lower-case word between dashes is no end mark', () => {
    expect(
      edges(`${EN_PARAS}<p>– see –</p><p>The lab opens its doors to visitors next week, the director said.</p>`),
    ).toMatch(/the director said\.$/);
  });
});

describe('round 34: a Bengali date (Khulna University’s news page)', () => {
  it('Bengali month names with Bengali digits', () => {
    expect(parseDate('প্রকাশিত: ১২ ফেব্রুয়ারি ২০২৫', 'Asia/Dhaka')?.iso).toBe('2025-02-12');
  });
});

describe('round 34: people (an occupation opening a sentence, places, a captain, Estonian managers)', () => {
  it('an occupation before a name opening a sentence is no part of it', () => {
    expect(
      peopleIn('The water flows through old pipes. Sociologist Renée Dubois, an assistant professor, said so.', 'en'),
    ).toEqual(['Renée Dubois']);
  });
  it('a plateau and reefs are places', () => {
    expect(peopleIn('The team spent two weeks at sea mapping coral mounds on the Blake Plateau.', 'en')).toEqual([]);
    expect(peopleIn('It supports the goals of Mission: Iconic Reefs, a federal and state effort.', 'en')).toEqual([]);
  });
  it('a captain, a head nurse and a master craftsman title a name; 指挥 and 系统 end one', () => {
    expect(peopleIn('船上突遇6级阵风，船长王海鸥指挥驾驶台精准操船。', 'zh')).toEqual(['王海鸥']);
    expect(peopleIn('心蓮病房護理長黃淑芬以第一線的實務案例分享經驗。', 'zh')).toEqual(['黃淑芬']);
    expect(peopleIn('學員在老匠師許金水的示範下，親手體驗砌磚。', 'zh')).toEqual(['許金水']);
    expect(peopleIn('我院教授周子轩系统讲授了空间计量模型。', 'zh')).toEqual(['周子轩']);
  });
  it('thanks and a teaching post are no names', () => {
    expect(peopleIn('她说：「謝謝老師和學長姐一路陪著我們練習。」', 'zh')).toEqual([]);
    expect(peopleIn('1994年，刚取得博士学位的他来到绍兴文理学院任教。', 'zh')).toEqual([]);
  });
  it('an Estonian manager ending a compound titles a name', () => {
    expect(peopleIn('Liikuma Kutsuva Kooli programmijuht Kristjan Tamm ütles, et uuring on oluline.', 'et')).toEqual([
      'Kristjan Tamm',
    ]);
  });
});
