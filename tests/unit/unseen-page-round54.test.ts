// Round 54 (issue #11, session 66): the classes R300-R303 failed once they became the tuning sets (they had checked
// round 53); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseDate } from '../../utils/extraction/parse-date';
import { parseViews } from '../../utils/extraction/view-counter';
import { clip, creditsAfterText, EN_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';

const NOW = new Date('2026-12-08T00:00:00Z');
const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, NOW, isAcademicHost).isArticle;

/** A paragraph of a Taiwanese college's news (60 characters or more, a lead block). */
const TW_PARA =
  '<p>本校執行教育部大學社會責任實踐計畫，於5月18日在臺南市安南區和順里活動中心舉辦春季食農市集暨長者共餐活動，' +
  '由休閒事業管理學系師生與社區居民一同準備在地食材料理，吸引近兩百位居民參與。</p>';
/** Taiwan's ASP.NET college template: <title> is the college's name in both scripts, the logo's alt its Chinese one. */
const twCollege = (titleRow: string) =>
  '<html><head><title>和春技術學院 Fortune Institute of Technology - 最新消息</title></head><body><div id="logo"><a ' +
  'href="/"><img src="/images/logo.png" alt="和春技術學院"></a></div><div class="path">目前位置：<a href="/">首頁</a> ' +
  `&gt; <a href="news.aspx">最新消息</a> &gt; 內容</div><table class="news">${titleRow}<tr><th>公告日期</th><td>` +
  `<span>2020/10/27</span></td></tr><tr><th>點閱次數</th><td><span>276</span></td></tr><tr><td colspan="2">${TW_PARA.repeat(4)}` +
  '</td></tr></table><div id="footer"><p>和春技術學院 Fortune Institute of Technology　831 高雄市大寮區和春路1號</p></div>' +
  '</body></html>';
const HEADLINE = '和春技術學院與大寮區農會攜手 推出紅豆農事體驗遊程';

describe("round 54: a Taiwanese college's table template, titled with the college's name in two scripts (R300, R301)", () => {
  it('the logo’s alt and the same name in Latin letters after it name the site: the headline is the line before the text', () => {
    const row = `<tr><td colspan="2" class="news_title"><span>${HEADLINE}</span></td></tr>`;
    expect(clip(twCollege(row), 'https://www.fotech.edu.tw/news_detail.aspx?nid=2417').title).toBe(HEADLINE);
  });
  it('a key spaced to the column’s width (標 題) is the headline’s key', () => {
    const row = `<tr><th>標\u3000題</th><td><span>${HEADLINE}</span></td></tr>`;
    expect(clip(twCollege(row), 'https://www.fotech.edu.tw/news_detail.aspx?nid=2417').title).toBe(HEADLINE);
  });
  it('a Chinese headline naming “USR” in capitals is no all-capitals release line', () => {
    const headline = '興國管理學院USR團隊走入安南社區 推動食農教育與長者共餐';
    const row = `<tr><td colspan="2" class="news_title"><span>${headline}</span></td></tr>`;
    expect(clip(twCollege(row), 'https://www.hku.edu.tw/news_detail.aspx?nid=2417').title).toBe(headline);
  });
});

describe('round 54: a press release’s dateline under a dek and a caption (R303, TYPO3)', () => {
  it('“NUKUʻALOFA, 4 April 2019 – …” opening the text dates the page for detection', () => {
    const page =
      '<html><head><title>USP Tonga Campus launches Certificate in Tongan Language and Culture: The University of ' +
      'the South Pacific</title></head><body><div class="news-single-item"><h1>USP Tonga Campus launches Certificate ' +
      'in Tongan Language and Culture</h1><h2 class="news-subheader">New programme responds to demand from teachers, ' +
      'public servants and the diaspora</h2><div class="news-single-img"><img src="a.jpg" alt=""><p ' +
      'class="news-single-imgcaption">Guests at the launch at the USP Tonga Campus in ʻAtele. Photo: Sione Latu</p>' +
      '</div><p class="bodytext"><b>NUKUʻALOFA, 4 April 2019</b> – The University of the South Pacific’s Tonga ' +
      'Campus has launched a new Certificate in Tongan Language and Culture, the first programme of its kind to be ' +
      `offered at tertiary level in the Kingdom.</p>${EN_PARAS}</div></body></html>`;
    expect(detect(page, 'https://www.usp.ac.fj/index.php?id=22003&tx_ttnews[tt_news]=3415')).toBe(true);
  });
});

describe('round 54: view counters in Chuvash and in English “Clicks” (R300, R303)', () => {
  it('Пӑхнӑ: 214', () => expect(parseViews('Пӑхнӑ: 214')).toBe(214));
  it('Clicks: 356, with its colon', () => expect(parseViews('Clicks: 356')).toBe(356));
  it('guard: “clicks” in a sentence is no label', () => expect(parseViews('The site had 356 clicks')).toBeNull());
});

describe('round 54: Luxembourgish dates, published and updated over the text (R303)', () => {
  it('Luxembourgish month names', () =>
    expect(parseDate('14. Mäerz 2024', 'Europe/Luxembourg')?.iso).toBe('2024-03-14'));
  it('the line of both dates is no first line of the text', () => {
    const page =
      '<html><head><title>Schnëssen 2.0 – Universitéit Lëtzebuerg</title></head><body><article><h1>Schnëssen 2.0</h1>' +
      '<div class="c-article__content"><p>Publizéiert de 14. Mäerz 2024 Aktualiséiert den 18. Mäerz 2024</p>' +
      `${EN_PARAS}</div></article></body></html>`;
    expect(clip(page, 'https://www.uni.lu/lb/news/schnessen-2-0/').textContent.startsWith('The university')).toBe(true);
  });
});

describe('round 54: credits in Chuvash, Buryat and Hausa, (R300–R302)', () => {
  const credits = creditsAfterText;
  it('Хатӗрлерӗ (prepared by) and Сӑнӳкерчӗксем (photos)', () =>
    expect(credits('Хатӗрлерӗ: Ирина Федорова. Сӑнӳкерчӗксем: Сергей Григорьев.')).toEqual([
      ['Ирина Федорова', 'Author'],
      ['Сергей Григорьев', 'Photo'],
    ]));
  it('Buryat Зураг (picture)', () => expect(credits('Зураг: Сэсэгма Дашиева')).toEqual([['Сэсэгма Дашиева', 'Photo']]));
});

describe('round 54: Brunei’s and Malaysia’s names with a father’s Haji and an honorific (R301)', () => {
  it('Haji or Hj inside the name holds it together; Dr and Hajah before it are no part of it', () => {
    const text =
      'The Deputy Vice-Chancellor, Dr Hajah Norsalimah Haji Ahmad, reminded students of the programme. A team led ' +
      'by Dr Mohammad Abdul Hakim Hj Mohd Yassin won gold, and students Nurul Syafiqah Haji Rosli and Muhammad Aiman ' +
      'Zulkifli won silver.';
    const people = peopleIn(text, 'en');
    for (const n of ['Norsalimah Haji Ahmad', 'Mohammad Abdul Hakim Hj Mohd Yassin', 'Nurul Syafiqah Haji Rosli'])
      expect(people).toContain(n);
    expect(people.filter((p) => /Hajah|^Nurul Syafiqah$/.test(p))).toEqual([]);
  });
});
