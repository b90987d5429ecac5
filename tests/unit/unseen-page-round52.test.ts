// Round 52 (issue #11, session 65): the classes R292-R295 failed the first time they were scored (written this
// session, scored before any rule used them); each describe names the page class it serves, and each rule's test
// fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseViews } from '../../utils/extraction/view-counter';
import { clip, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { programsIn } from './entity-kinds';

const NOW = new Date('2026-11-23T00:00:00Z');
const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, NOW, isAcademicHost).isArticle;

/** A paragraph of a Taiwanese department's news, as long as the page's (a lead block is 60 characters or more). */
const TW_PARA =
  '<p>中臺科技大學醫學影像暨放射科學系應屆畢業生參加第二次專門職業及技術人員高等考試醫事放射師考試，通過率達百分之九十一點八，' +
  '遠高於全國平均，系主任表示這是全系師生共同努力的成果。</p>';
/** A Taiwanese college's news item as an old table template prints it: headline, the text, then its fields. */
const TAIWAN_TABLE =
  '<html><head><title>最新消息</title></head><body><table><tr><td><a href="/">首頁</a></td></tr><tr><td ' +
  'class="h3"><h3>醫放系國考再創佳績 應屆畢業生通過率逾九成</h3></td></tr><tr><td class="body">' +
  TW_PARA.repeat(6) +
  '</td></tr><tr><td class="info" align="right">資料來源：醫學影像暨放射科學系\u3000\u3000發佈日期：113-03-14</td></tr>' +
  '</table></body></html>';

describe('round 52: a Taiwanese table template printing its 民國 date in a line after the text (R295)', () => {
  it('the line after the text dates the page for detection in the years of 民國', () => {
    expect(detect(TAIWAN_TABLE, 'https://www.ctust.edu.tw/files/14-1000-45678,r12-1.php')).toBe(true);
  });
});

describe('round 52: a news item printed as a key/value table (新聞來源 | …, 標題 | …; R293, R294)', () => {
  const table = (rows: string) =>
    '<html><head><title>環球科技大學 TransWorld University - 最新消息</title></head><body><div class="path">首頁 / ' +
    `<a href="/news">最新消息</a></div><table class="news_table">${rows}<tr><td colspan="2" class="news_content">` +
    `${ZH_PARAS}</td></tr></table></body></html>`;
  const url = 'https://www.twu.edu.tw/news/news_show.php?nid=3521';
  it('another field’s value (the source office after 新聞來源) is no headline; the heading row above it is', () => {
    const d = clip(
      table(
        '<tr><th colspan="2">環球科大學生以在地食材入菜 勇奪創意料理競賽金牌</th></tr><tr><td>新聞來源</td><td>觀光與餐飲旅館系</td>' +
          '</tr><tr><td>發布日期</td><td>2023-03-15</td></tr>',
      ),
      url,
    );
    expect(d.title).toBe('環球科大學生以在地食材入菜 勇奪創意料理競賽金牌');
    expect(d.source).toBe('觀光與餐飲旅館系');
  });
  it('the value of a 標題 key is the headline, whatever rows follow it', () => {
    const d = clip(
      table(
        '<tr><td>標題</td><td>時尚系學生創意發光 榮獲廣告金犢獎兩項大獎</td></tr><tr><td>發佈日期</td><td>2023/06/02</td></tr>' +
          '<tr><td>資料來源</td><td>時尚造型設計系</td></tr>',
      ),
      url,
    );
    expect(d.title).toBe('時尚系學生創意發光 榮獲廣告金犢獎兩項大獎');
    expect(d.source).toBe('時尚造型設計系');
  });
});

describe('round 52: a 文章信息 sidebar whose keys are <em> elements before their values (R293)', () => {
  const page =
    '<html><head><title>我校获批国家自然科学基金项目6项-天水师范学院</title><meta name="PubDate" content="2023-08-30 09:12">' +
    '</head><body><div class="art"><h1>我校获批国家自然科学基金项目6项</h1><div class="v_news_content">' +
    ZH_PARAS +
    '</div></div><div class="art-right"><div class="info-box"><h3>文章信息</h3><ul><li><em>发布日期</em>2023-08-29</li>' +
    '<li><em>来\u3000\u3000源</em>科技处</li><li><em>作\u3000\u3000者</em>王娟</li><li><em>阅读次数</em><span>1256</span></li>' +
    '</ul></div></div></body></html>';
  const d = clip(page, 'https://www.tsnu.edu.cn/info/1021/20683.htm');
  it('the printed date beats the meta tag’s', () => expect(d.publishedAt).toBe('2023-08-29'));
  it('the source, the writer and the counter are read from the box, the key’s justifying spaces taken out', () => {
    expect(d.source).toBe('科技处');
    expect(d.byline.map((b) => b.name)).toEqual(['王娟']);
    expect(d.views).toBe(1256);
  });
});

describe('round 52: a counter whose label is an eye icon (R294’s Turkmen page)', () => {
  const page = (icon: string) =>
    '<html><head><title>Talyplaryň ylmy-amaly maslahaty geçirildi</title></head><body><article><h1>Talyplaryň ylmy-amaly ' +
    `maslahaty geçirildi</h1><div class="news-meta"><span class="date">13.04.2023</span><span class="views"><i class="${icon}">` +
    `</i> 214</span></div>${EN_PARAS}</article></body></html>`;
  it('an eye icon before a bare number is a view counter', () => {
    expect(clip(page('fa fa-eye'), 'https://magtymguly.edu.tm/news/2271').views).toBe(214);
  });
  it('guard: another icon before a number is no counter', () => {
    expect(clip(page('fa fa-comment'), 'https://magtymguly.edu.tm/news/2271').views).toBeNull();
  });
});

describe('round 52: Kannada and Faroese university news (R293, R292)', () => {
  it('Kannada’s views label (ವೀಕ್ಷಣೆಗಳು: 734)', () => expect(parseViews('ವೀಕ್ಷಣೆಗಳು: 734')).toBe(734));
  it('Faroese credit labels: Tekstur (text) and Mynd (picture)', () => {
    const page =
      '<html><head><title>Setrið fær stuðul úr Horizon Europe</title></head><body><article><h1>Setrið fær stuðul úr Horizon ' +
      `Europe</h1><p>12. mars 2024</p>${EN_PARAS}<p class="byline">Tekstur: Rúna Petersen</p><p>Mynd: Jónleif Joensen</p>` +
      '</article></body></html>';
    const d = clip(page, 'https://www.setur.fo/fo/tidindi/setrid-faer-studul');
    expect(d.byline.map((b) => [b.name, b.role])).toEqual([
      ['Rúna Petersen', 'Author'],
      ['Jónleif Joensen', 'Photo'],
    ]);
  });
});

describe('round 52: a programme after 同時運用 (at the same time, using; R293)', () => {
  it('the verbs are no part of the plan’s name', () => {
    expect(programsIn('讓學生在學期間即能進入業界實習；同時運用高等教育深耕計畫經費充實專業教室設備。', 'zh')).toEqual([
      '高等教育深耕計畫',
    ]);
  });
});
