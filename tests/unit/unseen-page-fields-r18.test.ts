// Fields and the body's edges on the classes of page review R18 found failing on unseen campus sites (issue #11,
// session 35, round 3: §3 B, D, E), each on a small authored snippet named after the class it serves.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';
import { parseByline } from '../../utils/extraction/meta-line';

const credits = (d: { byline: { name: string; role: string | null }[] }) => d.byline.map((b) => `${b.role} ${b.name}`);
const firstLine = (text: string) => text.split('\n')[0];
const lastLine = (text: string) => text.split('\n').pop();
const EN_PARA =
  'The faculty opened a new teaching laboratory on Monday, and staff from several schools said the space would change how first-year students learn.';
const PARAS = `<p>${EN_PARA}</p>`.repeat(4);
const TW_PARA =
  '本校與產業界合作成立智慧製造研究中心，未來將結合教學與研究資源，培育跨領域人才，並協助中小企業導入自動化技術。';

describe('a Taiwan template’s meta list kept at the body’s start (發布單位 / 點閱次數 in a list over the text)', () => {
  const page =
    `<title>本校成立智慧製造研究中心</title><div class="main"><div class="module">` +
    `<h2 class="hdline">本校成立智慧製造研究中心</h2><div class="mpgdetail">` +
    `<ul class="info-list"><li>發布日期：2026-10-05</li><li>發布單位：研究發展處</li><li>點閱次數：<span>2,318</span></li></ul>` +
    `<div class="meditor">${`<p>${TW_PARA}</p>`.repeat(4)}</div>` +
    `<div class="btn"><a href="javascript:window.print();">列印</a> <a href="javascript:history.back();">回上頁</a></div>` +
    `</div></div><div class="module"><h3>最新消息</h3><ul><li><span>2026-10-03</span><a href="/p/1.php">校慶系列活動開跑</a></li>` +
    `<li><span>2026-10-01</span><a href="/p/2.php">新生入學典禮圓滿落幕</a></li></ul></div></div>`;
  const d = clip(page, 'https://www.example.edu.tw/p/406-1000-1234.php');
  it('the list is not the text’s first line; its 發布單位 is the source', () => {
    expect(firstLine(d.textContent)).toBe(TW_PARA);
    expect(d.source).toBe('研究發展處');
    expect(d.views).toBe(2318);
  });
  it('a “最新消息” list of dated links after the print/back links is not the text’s end', () => {
    expect(lastLine(d.textContent)).toBe(TW_PARA);
  });
});

describe('a news release’s tail: the ENDS mark and a press-office contact heading', () => {
  it('ENDS and everything under it leave the text', () => {
    const d = clip(
      `<title>Lab opens</title><h1>Lab opens</h1><p class="date">12 March 2026</p><div class="body">${PARAS}` +
        `<p>ENDS</p><p>For further details contact: Ciara Dunne, Press Office, 01 234 5678</p></div>`,
      'https://www.example.ie/news/lab-opens',
    );
    expect(d.textContent).not.toMatch(/ENDS|Ciara Dunne/);
  });
  it('“For media enquiries, please contact:” over a name, a job and an e-mail address leaves the text', () => {
    const d = clip(
      `<title>Lab opens</title><h1>Lab opens</h1><p class="date">12 March 2026</p><div class="body">${PARAS}` +
        `<p>For media enquiries, please contact:</p><p>Lim Hui Min</p><p>Assistant Director, Office of Corporate Communications</p>` +
        `<p>Email: huimin@example.edu.sg</p></div>`,
      'https://www.example.edu.sg/news/lab-opens',
    );
    expect(d.textContent).not.toMatch(/media enquiries|Lim Hui Min|huimin/);
  });
});

describe('lines between the headline and the first paragraph that repeat a field or a picture', () => {
  it('a section heading and a date label with no colon (“Published on Wednesday, 4 March 2026”) are not the text', () => {
    const d = clip(
      `<title>Lab opens | News</title><main><div><h2>Lab opens</h2><div class="page"><div>News</div>` +
        `<p class="news_date">Published on Wednesday, 4 March 2026</p>${PARAS}</div></div></main>`,
      'https://www.example.ac.uk/news/lab-opens',
    );
    expect(firstLine(d.textContent)).toBe(EN_PARA);
  });
  it('a subtitle under the weekday’s date line (Drupal: date, then subtitle) is not the text’s first line', () => {
    const d = clip(
      `<title>Lab opens</title><article><h1>Lab opens</h1><div class="page"><div class="date">Wednesday, March 4, 2026</div>` +
        `<div class="subtitle">New space puts first-year students at the centre of hands-on learning</div>${PARAS}</div></article>`,
      'https://www.example.ca/news/lab-opens',
    );
    expect(firstLine(d.textContent)).toBe(EN_PARA);
  });
  it('a row of category chips under the headline is not taken as its subtitle', () => {
    const para = '本学は、新しい教育研究棟の完成を記念して式典を開催しました。学生や教職員など約200名が参加しました。';
    const d = clip(
      `<title>新研究棟が完成</title><div class="news"><p class="date">2026年3月4日</p><h1>新研究棟が完成</h1>` +
        `<div class="cat"><span>お知らせ</span><span>キャンパス</span></div>` +
        `<div class="news-body">${`<p>${para}</p>`.repeat(4)}</div></div>`,
      'https://www.example.ac.jp/news/2026/03/04.html',
    );
    expect(firstLine(d.textContent)).toBe(para);
  });
});

describe('credits: role words inside a value, one person credited twice, a form’s label and value', () => {
  it('作者：记者 王明 通讯员 李华: the role words are the next names’ roles, never names', () => {
    expect(parseByline('作者：记者 王明 通讯员 李华 编辑：赵青').map((b) => `${b.role} ${b.name}`)).toEqual([
      '记者 王明',
      '通讯员 李华',
      '编辑 赵青',
    ]);
  });
  it('the writer of the meta line (作者) and of the closing line (撰稿) are one credit', () => {
    const d = clip(
      `<title>学院举办学术讲坛</title><h1>学院举办学术讲坛</h1><div class="arti_metas">作者：林静 发布时间：2026-10-05</div>` +
        `${ZH_BODY.replace('</div>', '<p>撰稿：林静 摄影：周凯 审核：韩梅</p></div>')}`,
      'https://chem.example.edu.cn/2026/1005/c1234a5678/page.htm',
    );
    expect(d.byline.filter((b) => b.name === '林静')).toHaveLength(1);
    expect(credits(d)).toEqual(expect.arrayContaining(['摄影 周凯', '审核 韩梅']));
  });
  it('a form’s “Author” row (SharePoint’s Title / Author / Published table) is a credit', () => {
    const d = clip(
      `<title>Lab opens</title><table class="ms-formtable"><tr><td><h3>Title</h3></td><td><h1>Lab opens</h1></td></tr>` +
        `<tr><td><h3>Author</h3></td><td>Naledi Berg-Smit</td></tr><tr><td><h3>Published</h3></td><td>04/03/2026</td></tr>` +
        `<tr><td><h3>Body</h3></td><td>${EN_BODY}</td></tr></table>`,
      'https://www.example.ac.za/english/Lists/news/DispForm.aspx?ID=123',
    );
    expect(d.byline.map((b) => b.name)).toContain('Naledi Berg-Smit');
  });
});

describe('detection: a date in a form’s label/value row (SharePoint DispForm: Published | 17/11/2026)', () => {
  it('is dated by its label, as extraction reads it', () => {
    const url = 'https://www.example.ac.za/english/Lists/news/DispForm.aspx?ID=123';
    const html =
      `<!DOCTYPE html><title>Lab opens</title><table class="ms-formtable"><tr><td><h3>Title</h3></td><td><h1>Lab opens</h1></td></tr>` +
      `<tr><td><h3>Author</h3></td><td>Naledi Berg-Smit</td></tr><tr><td><h3>Published</h3></td><td>17/11/2026</td></tr>` +
      `<tr><td><h3>Body</h3></td><td>${PARAS}</td></tr></table>`;
    const d = detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-23'), () => true);
    // Its label reads it first since day-first dates count as dates after a label (session 52).
    expect(d).toEqual({ isArticle: true, reasons: ['labelled date'] });
  });
});
